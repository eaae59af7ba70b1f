import { sql, type RawBuilder, type Transaction } from 'kysely'
import { hashPassword } from '../auth/password'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import { demoAuditRows } from './demo-audit'
import { DEMO_PASSWORD } from './demo-accounts'
import { DEFAULT_SEED, generateDemo } from './demo/index'
import { GEOMETRY_COLUMNS, TABLE_ORDER, type DemoData, type DemoTables } from './demo/types'
import { seedDemoNotifications } from '../inbox/demo-notifications'

export { DEFAULT_SEED, generateDemo } from './demo/index'

/**
 * Rows per INSERT statement; each statement sends its rows as one JSON parameter. Every table of
 * the demo fits in one (the largest, the audit log, ≈ 12,700 rows), so the statement-level
 * triggers that keep the snapshot spans and thinned cells run once per table: with 500 rows a
 * statement each of the 16 batches of events rebuilt the spans of the 180–500 mines it touched
 * (seed 14.2 → 7.0 s on the server, 21.2 → 11.3 s embedded).
 */
const BATCH = 20_000

export interface SeedDemoOptions {
  seed?: string
  /** The day the demo lives in (YYYY-MM-DD); default: today in Zhejiang. */
  today?: string
  log?: (line: string) => void
}

export interface SeedDemoResult {
  seed: string
  counts: Record<string, number>
  generateMs: number
  insertMs: number
}

type Tx = Transaction<DB>

function geometryExpression(column: string, shape: 'point' | 'multipolygon'): RawBuilder<unknown> {
  const geom = sql`st_setsrid(st_geomfromgeojson(j.v ->> ${column}), 4326)`
  return shape === 'point' ? geom : sql`st_multi(${geom})`
}

/**
 * Inserts plain rows (snake_case keys, explicit ids) `BATCH` at a time: the rows travel as one
 * jsonb parameter and `jsonb_populate_record` types every column from the table itself; geometry
 * columns come from GeoJSON.
 */
async function insertRows(
  tx: Tx,
  table: keyof DemoTables | 'audit_log',
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return
  const geometry = (table !== 'audit_log' && GEOMETRY_COLUMNS[table]) || {}
  const columns = Object.keys(rows[0]!)
  const values = columns.map((c) => (geometry[c] ? geometryExpression(c, geometry[c]) : sql.ref(`r.${c}`)))
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = JSON.stringify(rows.slice(i, i + BATCH))
    await sql`
      insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
      select ${sql.join(values)}
      from jsonb_array_elements(${chunk}::jsonb) as j(v)
      cross join lateral jsonb_populate_record(null::${sql.table(table)}, j.v - ${Object.keys(geometry)}::text[]) as r`.execute(
      tx,
    )
  }
}

/** After inserting explicit ids, serial sequences continue after the largest one. */
async function resetSequence(tx: Tx, table: string): Promise<void> {
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select coalesce(max(id), 0) + 1 from ${sql.table(table)}), false)`.execute(
    tx,
  )
}

async function refuseUnlessEmpty(tx: Tx): Promise<void> {
  for (const table of ['organization', 'app_user', 'licence', 'mine'] as const) {
    const row = await tx
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
    if (row.n > 0)
      throw new Error(
        `seedDemo needs a database without demo or real data, but table ${table} has ${row.n} rows`,
      )
  }
}

/** The seeded history's audit chain starts at the genesis hash: the log must be empty. */
async function refuseUnlessNoAudit(tx: Tx): Promise<void> {
  const row = await tx.selectFrom('audit_log').select('id').limit(1).executeTakeFirst()
  if (row) throw new Error('seedDemo needs an empty audit log: the seeded history starts the hash chain')
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Generates the demo data for `seed` and `today` and inserts it in one transaction: organisations,
 * demo accounts, the mines with licences and areas, the history from 2018 to the day before today and
 * everything it refers to, county targets, the history's audit entries (R8, hash-chained), and an
 * `app_setting` row `demo`. Needs the reference data (admin_unit, target)
 * loaded and no mines, licences, organisations or users yet.
 */
export async function seedDemo(
  db: Db,
  { seed = DEFAULT_SEED, today, log = () => {} }: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const t0 = performance.now()
  const data: DemoData = generateDemo(seed, { today })
  const audit = demoAuditRows(data.tables)
  const generateMs = performance.now() - t0
  const hashes = await Promise.all(data.tables.app_user.map(() => hashPassword(DEMO_PASSWORD)))
  const t1 = performance.now()
  await db.transaction().execute(async (tx) => {
    await refuseUnlessEmpty(tx)
    await refuseUnlessNoAudit(tx)
    for (const table of TABLE_ORDER) {
      const rows: readonly object[] =
        table === 'app_user'
          ? data.tables.app_user.map((u, i) => ({ ...u, password_hash: hashes[i] }))
          : data.tables[table]
      await insertRows(tx, table, rows)
      if (rows[0] && 'id' in rows[0]) await resetSequence(tx, table)
    }
    await insertRows(tx, 'audit_log', audit)
    await resetSequence(tx, 'audit_log')
    // Areas measured in SQL on ::geography as every edit is (the generator's planar estimate
    // differed by ~0.1 %, so the first edit of an unchanged polygon moved its area).
    await sql`update mine_area set area_m2 = round(st_area(geom::geography)::numeric, 1) where is_demo`.execute(
      tx,
    )
    await seedDemoNotifications(tx, data.today)
    await tx
      .insertInto('app_setting')
      .values({
        key: 'demo',
        value: JSON.stringify({ seed, today: data.today, generatedAt: data.generatedAt }),
      })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value') }))
      .execute()
  })
  const insertMs = performance.now() - t1
  const counts: Record<string, number> = {
    ...Object.fromEntries(TABLE_ORDER.map((t) => [t, data.tables[t].length])),
    audit_log: audit.length,
  }
  log(
    `seeding demo data (today ${data.today}): ${counts.mine} mines, ${counts.mine_event} events, ` +
      `${counts.mine_area} areas, ${counts.directory_entry} directory entries, ${audit.length} audit entries … ` +
      `${seconds(generateMs + insertMs)} ` +
      `(generated in ${seconds(generateMs)}, inserted in ${seconds(insertMs)})`,
  )
  return { seed, counts, generateMs, insertMs }
}

/** Seeds the demo data only when there are no mines yet (first start); returns null otherwise. */
export async function seedDemoIfEmpty(
  db: Db,
  log: (line: string) => void = console.log,
  today?: string,
): Promise<SeedDemoResult | null> {
  const row = await db
    .selectFrom('mine')
    .select(sql<boolean>`true`.as('any'))
    .limit(1)
    .executeTakeFirst()
  if (row) return null
  return seedDemo(db, { log, today })
}
