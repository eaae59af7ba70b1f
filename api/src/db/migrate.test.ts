import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScratchDatabase } from '../testing/scratch-database'
import { noteSkip } from '../testing/skips'
import { backends, freshDb, type TestDb } from '../testing/test-db'
import { createDb } from './database'
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
    // thin_cell.merc is read only with its cell, by the cell's key (migration 2026-12-01T0401).
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select c.table_name, c.column_name from information_schema.columns c
      where c.table_schema = ${t.schema} and c.udt_name = 'geometry'
        and (c.table_name, c.column_name) <> ('thin_cell', 'merc')
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

describe('migrations of the public schema', () => {
  const server = backends.find((b) => b.name === 'server')
  if (!server)
    noteSkip('the public-schema migration test', 'it needs a PostgreSQL server (TEST_DATABASE_URL)')
  it.runIf(server)(
    "keep their own bookkeeping when another schema of the database has some (the server's own start)",
    async () => {
      const scratch = await createScratchDatabase(server!.url, 'zgm_migrate')
      const other = createDb(scratch.url, { schema: 'other', max: 1 })
      const pub = createDb(scratch.url, { max: 1 })
      try {
        await sql`create schema other`.execute(other)
        const all = await migrateToLatest(other, 'other')
        const applied = await migrateToLatest(pub)
        expect(applied).toEqual(all)
        const { rows } = await sql<{
          n: number
        }>`select count(*)::int as n from public.kysely_migration`.execute(pub)
        expect(rows[0].n).toBe(applied.length)
      } finally {
        await other.destroy()
        await pub.destroy()
        await scratch.drop()
      }
    },
    120_000,
  )
})
