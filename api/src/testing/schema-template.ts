// A schema filled once per run and copied for each use, on either backend: the reference data
// every test world starts from, and the demo world on the embedded PostGIS (one database, so no
// CREATE DATABASE … TEMPLATE there; see demo-template.ts for the server). A copy is a freshly
// migrated schema into which the template's rows are inserted table by table, with triggers and
// foreign-key checks off (the rows are already consistent), and whose sequences then stand where
// the template's stood. Filling is deterministic, so a copy holds what filling afresh would.
import { sql } from 'kysely'
import { createDb, type Db } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { loadReferenceData } from '../seed/reference'
import type { Backend } from './global-setup'
import { withAdmin } from './template-database'
import { freshDb, type TestDb } from './test-db'

/** Marks a template schema whose filling finished (a failed fill leaves it unmarked, to be redone). */
const READY = 'zgm template: ready'
/** Kysely's own tables: a fresh schema has them filled by its migrations already. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock']

/** A fresh schema holding a copy of template `name`, which `fill` fills on first use in the run. */
export async function freshDbFrom(
  backend: Backend,
  name: string,
  fill: (db: Db) => Promise<void>,
): Promise<TestDb> {
  const template = `tpl_${name.replace(/\W/g, '_')}`
  await ensureTemplate(backend, template, fill)
  const t = await freshDb(backend)
  await copyRows(t.db, template, t.schema)
  return t
}

/** A fresh schema with the reference data (boundaries, annex list, holidays) and nothing else. */
export const referenceDb = (backend: Backend) => freshDbFrom(backend, 'reference', loadReferenceData)

async function ensureTemplate(backend: Backend, template: string, fill: (db: Db) => Promise<void>) {
  await withAdmin(backend.url, async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template])
    const ready = await admin.query(
      `select 1 from pg_namespace where nspname = $1 and obj_description(oid, 'pg_namespace') = $2`,
      [template, READY],
    )
    if (ready.rowCount) return
    await admin.query(`drop schema if exists ${template} cascade; create schema ${template}`)
    const db = createDb(backend.url, { schema: template, max: 1 })
    try {
      await migrateToLatest(db, template)
      await fill(db)
    } finally {
      await db.destroy()
    }
    await admin.query(`comment on schema ${template} is '${READY}'`)
  })
}

async function copyRows(db: Db, from: string, to: string): Promise<void> {
  const { rows: columns } = await sql<{ table: string; columns: string[] }>`
    select c.table_name as table, array_agg(c.column_name::text order by c.ordinal_position) as columns
    from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = ${from} and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
      and c.table_name <> all(${MIGRATION_TABLES})
    group by c.table_name`.execute(db)
  // Read from each sequence itself: pg_sequences hides the value of one set with is_called false.
  const { rows: names } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${from} and c.relkind = 'S'`.execute(db)
  const sequences = await Promise.all(
    names.map(async ({ name }) => {
      const { rows } = await sql<{ last: string; called: boolean }>`
        select last_value::text as last, is_called as called from ${sql.id(from, name)}`.execute(db)
      return { name, ...rows[0] }
    }),
  )
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx)
    await sql`truncate ${sql.join(columns.map((c) => sql.id(to, c.table)))}`.execute(trx)
    for (const { table, columns: names } of columns) {
      const list = sql.join(names.map((n) => sql.id(n)))
      await sql`insert into ${sql.id(to, table)} (${list}) overriding system value
        select ${list} from ${sql.id(from, table)}`.execute(trx)
    }
    for (const { name, last, called } of sequences)
      await sql`select setval(format('%I.%I', ${to}::text, ${name}::text)::regclass, ${last}::bigint, ${called})`.execute(
        trx,
      )
  })
}
