import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, freshDb, type TestDb } from '../testing/test-db'
import { migrateToLatest } from './migrate'

describe.each(backends)('migrations on $name PostGIS', (backend) => {
  let t: TestDb
  beforeAll(async () => {
    t = await freshDb(backend)
  })
  afterAll(() => t.drop())

  it('creates every table in its own schema and is idempotent', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_schema = ${t.schema}`.execute(t.db)
    expect(rows[0].n).toBeGreaterThanOrEqual(32)
    expect(await migrateToLatest(t.db, t.schema)).toEqual([])
  })

  it('keeps the tile cache out of the WAL (unlogged)', async () => {
    const { rows } = await sql<{ p: string }>`
      select c.relpersistence as p from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${t.schema} and c.relname = 'tile_cache'`.execute(t.db)
    expect(rows).toEqual([{ p: 'u' }])
  })

  it('puts a GiST index on every geometry column', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select c.table_name, c.column_name from information_schema.columns c
      where c.table_schema = ${t.schema} and c.udt_name = 'geometry'
        and not exists (
          select 1 from pg_indexes i
          where i.schemaname = c.table_schema and i.tablename = c.table_name
            and replace(i.indexdef, '"', '') ilike '%using gist (' || c.column_name || ')%')`.execute(t.db)
    expect(rows).toEqual([])
  })

  it('refuses UPDATE and DELETE on the audit log', async () => {
    await sql`insert into audit_log (actor_role, action, object_type, object_id, prev_hash, hash)
      values ('system', 'test', 'x', '1', ${'0'.repeat(64)}, ${'a'.repeat(64)})`.execute(t.db)
    await expect(sql`update audit_log set action = 'forged'`.execute(t.db)).rejects.toThrow(/append-only/)
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/)
  })
})
