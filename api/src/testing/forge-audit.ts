// What an attacker with owner or superuser rights can do to the audit trail (F4): switch the
// trigger off, rewrite an entry and recompute every hash after it, so the chain verifies again.
import { sql } from 'kysely'
import { GENESIS_HASH, storedEntryHash } from '../audit/audit.queries'
import type { Db } from '../db/database'

export async function rewriteAuditHistory(db: Db, id: number, after: unknown): Promise<void> {
  await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db)
  try {
    await sql`update audit_log set after = ${JSON.stringify(after)}::jsonb where id = ${id}`.execute(db)
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute()
    let prev = GENESIS_HASH
    for (const row of rows) {
      const hash = storedEntryHash(prev, row)
      await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`.execute(db)
      prev = hash
    }
  } finally {
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db)
  }
}
