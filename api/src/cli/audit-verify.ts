// `npm run audit:verify`: recomputes the audit hash chain and names the first broken entry.
import { readConfig } from '../config'
import { verifyAuditChain } from '../audit/audit.queries'
import { openDatabase } from '../server'

const database = await openDatabase(readConfig(), () => {})
try {
  const verdict = await verifyAuditChain(database.db)
  if (verdict.ok) {
    console.log(`audit chain intact: ${verdict.entries} entries`)
  } else {
    console.error(
      `audit chain BROKEN at entry ${verdict.brokenId}: ${verdict.reason} (${verdict.entries} entries read)`,
    )
    process.exitCode = 1
  }
} finally {
  await database.close()
}
