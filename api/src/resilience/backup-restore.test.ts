// scripts/backup.sh, as docs/operations.md tells an operator to use it: a pg_dump of a server
// database restored into a new one, and the embedded data directory archived and restored,
// each giving back the same rows and the same audit head.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { appendAudit, auditHead, verifyAuditChain } from '../audit/audit.queries'
import { readConfig } from '../config'
import type { Db } from '../db/database'
import { openDatabase } from '../server'
import { createScratchDatabase } from '../testing/scratch-database'
import { noteSkip } from '../testing/skips'

const root = new URL('../../..', import.meta.url).pathname
const backup = (...args: string[]) => promisify(execFile)('bash', [join(root, 'scripts/backup.sh'), ...args])
const serverUrl = process.env.TEST_DATABASE_URL
const pgDumpMissing = existsSync('/usr/bin/pg_dump')
  ? null
  : 'pg_dump not found (Debian postgresql-client-15)'
if (!serverUrl) noteSkip('backup and restore of a server database', 'it needs TEST_DATABASE_URL')
else if (pgDumpMissing) noteSkip('backup and restore of a server database', pgDumpMissing)

/** What must survive: row counts of the main tables and the audit head. */
async function fingerprint(db: Db) {
  const { rows } = await sql<{
    regions: number
    mines: number
    migrations: number
    users: number
    audit: number
  }>`
    select (select count(*)::int from admin_unit) as regions, (select count(*)::int from mine) as mines, (select count(*)::int from kysely_migration) as migrations,
      (select count(*)::int from app_user) as users, (select count(*)::int from audit_log) as audit`.execute(
    db,
  )
  return { ...rows[0], head: await auditHead(db), chain: await verifyAuditChain(db) }
}

const someAudit = (db: Db, n: number) =>
  db.transaction().execute(async (tx) => {
    for (let i = 0; i < n; i++) {
      await appendAudit(tx, {
        actorUserId: null,
        actorRole: 'system',
        action: `backup-${i}`,
        objectType: 'x',
        objectId: i,
      })
    }
  })

describe('scripts/backup.sh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zgm-backup-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.skipIf(!serverUrl || pgDumpMissing)(
    'dumps a server database and restores it into a new one',
    async () => {
      const from = await createScratchDatabase(serverUrl!, 'zgm_bak_from')
      const to = await createScratchDatabase(serverUrl!, 'zgm_bak_to')
      try {
        const source = await openDatabase(readConfig({ DATABASE_URL: from.url, DEMO: 'false' }), () => {})
        await someAudit(source.db, 5)
        const before = await fingerprint(source.db)
        await source.close()
        const dump = join(dir, 'zgm.dump')
        expect((await backup('dump', from.url, dump)).stdout).toMatch(/dumped \d+ tables/)
        await backup('restore', dump, to.url)
        const restored = await openDatabase(readConfig({ DATABASE_URL: to.url, DEMO: 'false' }), () => {})
        const after = await fingerprint(restored.db)
        await restored.close()
        expect(after).toEqual(before)
        expect(after.chain).toEqual({ ok: true, entries: 5 })
        expect(after.regions).toBeGreaterThan(89)
      } finally {
        await from.drop()
        await to.drop()
      }
    },
    120_000,
  )

  it('archives the embedded data directory (refused while in use) and restores it', async () => {
    const dataDir = join(dir, 'data')
    const embedded = await openDatabase(readConfig({ DATA_DIR: dataDir, DEMO: 'false' }), () => {})
    const archive = join(dir, 'embedded.tar.gz')
    try {
      await someAudit(embedded.db, 3)
      await expect(backup('embedded-backup', dataDir, archive)).rejects.toThrow(
        /in use: stop the server first/,
      )
    } finally {
      await embedded.close()
    }
    // After a clean stop, as docs/operations.md tells the operator.
    expect((await backup('embedded-backup', dataDir, archive)).stdout).toMatch(/archived/)
    const restoredDir = join(dir, 'restored')
    await backup('embedded-restore', archive, restoredDir)
    await expect(backup('embedded-restore', archive, restoredDir)).rejects.toThrow(/exists/)
    const [original, restored] = [dataDir, restoredDir]
    const prints = []
    for (const d of [original, restored]) {
      const database = await openDatabase(readConfig({ DATA_DIR: d, DEMO: 'false' }), () => {})
      prints.push(await fingerprint(database.db))
      await database.close()
    }
    expect(prints[1]).toEqual(prints[0])
    expect(prints[1].chain).toEqual({ ok: true, entries: 3 })
  }, 180_000)
})
