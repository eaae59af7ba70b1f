// The benchmark's synthetic dataset, built on demand in its own database and reused while its
// marker row (generator version and size) is there. The demo data (one province: 89 counties,
// ~720 mines with their history) is seeded once and then replicated with set-based SQL:
// `cells` copies of Zhejiang's counties on a grid across China (synthetic codes 33cc01…33cc89
// under one synthetic city 33cc00 per cell; cell 0 is Zhejiang itself), and in every cell
// `copies` copies of every mine and everything hanging off it (licence and its terms and events,
// areas, events, self-assessments, rectification orders, directory entries), moved with
// ST_Translate. Ids of copy r are the original's + r × ID_STRIDE.
import pg from 'pg'
import { sql } from 'kysely'
import { createDb, type Conn, type Db } from '../../api/src/db/database'
import { migrateToLatest } from '../../api/src/db/migrate'
import { loadReferenceData } from '../../api/src/seed/reference'
import { seedDemo } from '../../api/src/seed/demo'

/** Bump when the generator changes: a dataset with another version is rebuilt. */
export const GENERATOR_VERSION = 1

/** The demo's history is generated for this day, so that every build is the same. */
const DEMO_TODAY = '2026-11-30'

/** Ids of replica r are the original's + r × ID_STRIDE (the demo has < 100,000 rows per table). */
const ID_STRIDE = 1_000_000

/** Grid step between cells, degrees (Zhejiang spans 118.0–123.0°E, 27.0–31.2°N). */
const CELL_DX = 5.2
const CELL_DY = 4.4
/** Offset between copies of a mine inside one cell, degrees. */
const COPY_DX = 0.021
const COPY_DY = 0.017

/** Mine-scoped tables, in foreign-key order (those that exist are copied). */
const REPLICATED = [
  'licence',
  'licence_term',
  'licence_event',
  'mine',
  'mine_area',
  'mine_event',
  'mine_equipment_event',
  'self_assessment',
  'rectification_order',
  'directory_entry',
] as const

export interface DatasetSize {
  /** Grid cells, each a copy of the 89 counties (cell 0 is Zhejiang). */
  cells: number
  /** Copies of every mine in each cell. */
  copies: number
}

export interface DatasetInfo extends DatasetSize {
  url: string
  built: boolean
  buildS: number
  mines: number
  areas: number
  counties: number
}

/** Cell i on a grid of 11 columns west and 3 rows south of Zhejiang (cell 0: Zhejiang itself). */
export function cellOffset(i: number): [dx: number, dy: number] {
  const col = i % 11
  const row = Math.floor(i / 11)
  return [-col * CELL_DX, -row * CELL_DY]
}

/** Ensures the dataset exists in the database at `url` (created if missing), and describes it. */
export async function ensureDataset(
  url: string,
  size: DatasetSize,
  log: (line: string) => void,
  /** A database holding the one-province dataset ({cells: 1, copies: 1}) to start from (skips the demo seed). */
  template?: string,
): Promise<DatasetInfo> {
  if (size.cells < 1 || size.cells > 88 || size.copies < 1 || size.cells * size.copies > 2000)
    throw new Error(`dataset size out of range: ${JSON.stringify(size)}`)
  const t0 = performance.now()
  let built = false
  if (!(await markerMatches(url, size))) {
    const from = template && (await markerMatches(template, { cells: 1, copies: 1 })) ? template : undefined
    await recreateDatabase(url, from)
    const db = createDb(url, { max: 2 })
    try {
      await build(db, size, log, !!from)
    } finally {
      await db.destroy()
    }
    built = true
  }
  const db = createDb(url, { max: 1 })
  try {
    const { rows } = await sql<{ mines: number; areas: number; counties: number }>`
      select (select count(*)::int from mine) as mines,
        (select count(*)::int from mine_area where kind <> 'footprint') as areas,
        (select count(*)::int from admin_unit where level = 'county') as counties`.execute(db)
    return { url, built, buildS: (performance.now() - t0) / 1000, ...size, ...rows[0] }
  } finally {
    await db.destroy()
  }
}

async function markerMatches(url: string, size: DatasetSize): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
  } catch (err) {
    if ((err as { code?: string }).code === '3D000') return false // no such database
    throw err
  }
  try {
    const { rows } = await client.query<{ version: number; cells: number; copies: number }>(
      `select version, cells, copies from bench_dataset`,
    )
    const m = rows[0]
    return !!m && m.version === GENERATOR_VERSION && m.cells === size.cells && m.copies === size.copies
  } catch (err) {
    if ((err as { code?: string }).code === '42P01') return false // no marker table
    throw err
  } finally {
    await client.end()
  }
}

/** Drops and creates the database named in `url`, through the server's `postgres` database. */
async function recreateDatabase(url: string, template?: string) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`BENCH_DATABASE_URL: unusable database name "${name}"`)
  if (['postgres', 'template0', 'template1'].includes(name))
    throw new Error(`BENCH_DATABASE_URL must name a database of its own, not "${name}"`)
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`drop database if exists ${name} with (force)`)
    const from = template ? decodeURIComponent(new URL(template).pathname.slice(1)) : null
    if (from && !/^[a-z_][a-z0-9_]*$/.test(from)) throw new Error(`unusable template database name "${from}"`)
    await client.query(`create database ${name}${from ? ` template ${from}` : ''}`)
  } finally {
    await client.end()
  }
}

async function build(db: Db, size: DatasetSize, log: (line: string) => void, fromTemplate: boolean) {
  const step = async (label: string, fn: () => Promise<unknown>) => {
    const t = performance.now()
    await fn()
    log(`  ${label} … ${((performance.now() - t) / 1000).toFixed(1)} s`)
  }
  log(
    `building the bench dataset: ${size.cells} cell(s) × 89 counties, ${size.copies} copy(ies) of each mine per cell`,
  )
  await step('migrations', () => migrateToLatest(db))
  if (fromTemplate) {
    await sql`drop table bench_dataset, bench_replica, bench_code_map`.execute(db)
    log('  copied the one-province dataset')
  } else {
    await step('reference data (89 counties)', () => loadReferenceData(db))
    await step('demo data (one province)', () => seedDemo(db, { seed: 'bench', today: DEMO_TODAY }))
  }
  await sql`set synchronous_commit = off`.execute(db)

  // Which replica goes where: r = cell × copies + copy (r = 0 is the original).
  const replicas: string[] = []
  for (let cell = 0; cell < size.cells; cell++) {
    const [cx, cy] = cellOffset(cell)
    for (let copy = 0; copy < size.copies; copy++) {
      const r = cell * size.copies + copy
      if (r === 0) continue
      replicas.push(`(${r}, ${cell}, ${cx + copy * COPY_DX}, ${cy + copy * COPY_DY})`)
    }
  }
  await sql`create table bench_replica (r int primary key, cell int not null, dx float8 not null, dy float8 not null)`.execute(
    db,
  )
  if (replicas.length) await sql.raw(`insert into bench_replica values ${replicas.join(', ')}`).execute(db)

  // County codes per cell: 33cc01…33cc89 (cc = 11 + cell) under the cell's city 33cc00; cell 0 keeps its own.
  const cells = sql`select cell, ${-CELL_DX}::float8 * (cell % 11) as dx, ${-CELL_DY}::float8 * (cell / 11) as dy
    from generate_series(1, ${size.cells - 1}) cell`
  await step(`${size.cells - 1} synthetic cities and ${(size.cells - 1) * 89} counties`, async () => {
    await sql`create table bench_code_map (cell int, old_code char(6), new_code char(6), primary key (cell, old_code))`.execute(
      db,
    )
    await sql`insert into bench_code_map select 0, code, code from admin_unit where level = 'county'`.execute(
      db,
    )
    await sql`
      insert into bench_code_map
      select c.cell, u.code, '33' || lpad((11 + c.cell)::text, 2, '0') || lpad(u.n::text, 2, '0')
      from generate_series(1, ${size.cells - 1}) c(cell)
      cross join (select code, row_number() over (order by code) as n from admin_unit where level = 'county') u`.execute(
      db,
    )
    await sql`
      insert into admin_unit (code, level, parent_code, name, name_en, valid_from, area_km2, geom, geom_low, geom_mid, label_point)
      select '33' || lpad((11 + c.cell)::text, 2, '0') || '00', 'city', p.code,
        '合成市' || c.cell, 'Synthetic city ' || c.cell, p.valid_from, p.area_km2,
        st_translate(p.geom, c.dx, c.dy), st_translate(p.geom_low, c.dx, c.dy),
        st_translate(p.geom_mid, c.dx, c.dy), st_translate(p.label_point, c.dx, c.dy)
      from admin_unit p, (${cells}) c
      where p.level = 'province'`.execute(db)
    await sql`
      insert into admin_unit (code, level, parent_code, name, name_en, valid_from, area_km2, geom, geom_low, geom_mid, label_point)
      select m.new_code, 'county', left(m.new_code, 4) || '00', u.name || '·' || m.cell, u.name_en || ' ' || m.cell,
        u.valid_from, u.area_km2, st_translate(u.geom, c.dx, c.dy), st_translate(u.geom_low, c.dx, c.dy),
        st_translate(u.geom_mid, c.dx, c.dy), st_translate(u.label_point, c.dx, c.dy)
      from bench_code_map m
      join admin_unit u on u.code = m.old_code
      join (${cells}) c on c.cell = m.cell`.execute(db)
  })

  if (replicas.length) {
    const present = new Set(
      (
        await sql<{
          t: string
        }>`select table_name as t from information_schema.tables where table_schema = 'public'`.execute(db)
      ).rows.map((r) => r.t),
    )
    const tables = REPLICATED.filter((t) => present.has(t))
    // The snapshot-span triggers would rebuild every copied mine once per table: they are
    // deferred for this one transaction and the spans rebuilt once at its end (migration T1151),
    // as are the thinned tile cells' (migration 2026-12-01T0201).
    await db.transaction().execute(async (tx) => {
      await sql`set local zgm.defer_spans = on`.execute(tx)
      for (const table of tables) {
        await step(`${table} × ${replicas.length + 1}`, () => replicateTable(tx, table, tables))
      }
      await step('statistics spans (mines and counties)', () =>
        sql`select rebuild_mine_snapshot_spans(null)`.execute(tx),
      )
      await step('thinned tile cells (z5–7)', () => sql`select rebuild_thin_cells()`.execute(tx))
    })
  }
  await step('vacuum analyze', () => sql`vacuum analyze`.execute(db))
  await sql`create table bench_dataset (version int not null, cells int not null, copies int not null, built_at timestamptz not null default now())`.execute(
    db,
  )
  await sql`insert into bench_dataset (version, cells, copies) values (${GENERATOR_VERSION}, ${size.cells}, ${size.copies})`.execute(
    db,
  )
}

interface ColumnInfo {
  name: string
  type: string
  ref: string | null
  uniqueText: boolean
  generated: boolean
}

/** One INSERT … SELECT for all replicas of a table: ids offset, geometry moved, county codes mapped. */
async function replicateTable(db: Conn, table: string, replicated: readonly string[]) {
  const { rows: columns } = await sql<ColumnInfo>`
    select a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
      (select cl.relname from pg_constraint c join pg_class cl on cl.oid = c.confrelid
        where c.conrelid = a.attrelid and c.contype = 'f' and c.conkey = array[a.attnum]::int2[] limit 1) as ref,
      exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisunique and i.indnkeyatts = 1
        and i.indkey[0] = a.attnum and i.indpred is null and not i.indisprimary) and a.atttypid = 'text'::regtype as "uniqueText",
      (a.attgenerated <> '' or a.attidentity = 'a') as generated
    from pg_attribute a
    where a.attrelid = ${table}::regclass and a.attnum > 0 and not a.attisdropped
    order by a.attnum`.execute(db)
  const used = columns.filter((c) => !c.generated)
  const expr = (c: ColumnInfo) => {
    const col = `t.${c.name}`
    if (c.name === 'id' || (c.ref && replicated.includes(c.ref))) return `${col} + r.r * ${ID_STRIDE}`
    if (c.ref === 'admin_unit')
      return `coalesce((select m.new_code from bench_code_map m where m.cell = r.cell and m.old_code = ${col}), ${col})`
    if (c.type.startsWith('geometry')) return `st_translate(${col}, r.dx, r.dy)`
    if (c.uniqueText) return `${col} || '·' || r.r`
    return col
  }
  const original = used.find((c) => c.name === 'id') ?? used.find((c) => c.ref && replicated.includes(c.ref))
  if (!original) throw new Error(`bench dataset: ${table} has no id to offset`)
  await sql
    .raw(
      `insert into ${table} (${used.map((c) => c.name).join(', ')})
       select ${used.map(expr).join(', ')} from ${table} t cross join bench_replica r
       where t.${original.name} < ${ID_STRIDE}`,
    )
    .execute(db)
  if (used.some((c) => c.name === 'id'))
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
      db,
    )
}
