import { sql } from 'kysely'
import type { Db } from '../db/database'

/** Tables that change on reads and sign-ins by design: sessions, the login throttle and the tile cache. */
const CHANGING_ON_READ = new Set([
  'user_session',
  'login_attempt',
  'tile_cache',
  'kysely_migration',
  'kysely_migration_lock',
])

/**
 * Row count and an order-independent md5 of every row of every table in the current schema, so
 * that "nothing changed" is a comparison of two maps.
 */
export async function fingerprint(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db)
  const out: Record<string, { rows: number; md5: string }> = {}
  for (const { name } of tables.filter((t) => !CHANGING_ON_READ.has(t.name))) {
    const { rows } = await sql<{ rows: number; md5: string | null }>`
      select count(*)::int as rows, md5(string_agg(h, '' order by h)) as md5
      from (select md5(t::text) as h from ${sql.table(name)} t) s`.execute(db)
    out[name] = { rows: rows[0].rows, md5: rows[0].md5 ?? '' }
  }
  return out
}
