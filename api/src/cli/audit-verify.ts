// `npm run audit:verify [-- --head <id>:<hash> …]`: recomputes the audit hash chain and names the
// first broken entry; each --head (as published by GET /api/public/audit-head) must still be in it.
import { parseArgs } from 'node:util'
import { readConfig } from '../config'
import { verifyAuditChain, type PublishedHead } from '../audit/audit.queries'
import { openDatabase } from '../server'

const { values } = parseArgs({ options: { head: { type: 'string', multiple: true } } })
const heads: PublishedHead[] = (values.head ?? []).map((arg) => {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(arg)
  if (!m)
    throw new Error(
      `--head must be <id>:<64 hex digits> as published at /api/public/audit-head, got "${arg}"`,
    )
  return { id: Number(m[1]), hash: m[2] }
})

const database = await openDatabase(readConfig(), () => {})
try {
  const verdict = await verifyAuditChain(database.db, heads)
  if (verdict.ok) {
    const against = heads.length ? `, matches ${heads.length} published head(s)` : ''
    console.log(`audit chain intact: ${verdict.entries} entries${against}`)
  } else {
    console.error(
      `audit chain BROKEN at entry ${verdict.brokenId}: ${verdict.reason} (${verdict.entries} entries read)`,
    )
    process.exitCode = 1
  }
} finally {
  await database.close()
}
