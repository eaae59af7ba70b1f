/**
 * Tile benchmark: `npx tsx scripts/bench-tiles.ts` (bounded: ~500 requests per backend, loopback only).
 *
 * On the embedded PostGIS (always) and on the server named by DATABASE_URL (in a throwaway
 * database), with demo data (api/src/seed/demo.ts) or, failing that, fixture mines, it prints
 * the sizes of the county tiles covering Zhejiang at z5/z7/z9, then for two kinds of tile the
 * median cost, measured in one run and interleaved per sample, of
 *   (1) the PostGIS query behind the tile (through pg, as the app runs it),
 *   (2) an uncached tile request, (3) a cached one, (4) a 304 revalidation,
 *   (5) a trivial response (a 404 route, no database),
 * both in process (app.request) and over HTTP on 127.0.0.1, with the ratios
 * uncached/query and cached/empty. TILES_ENCODER=js|postgis forces the encoding path.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { PROVINCE_CODE } from '@zgm/domain'
import { sql } from 'kysely'
import { createApp } from '../api/src/app'
import { hashPassword } from '../api/src/auth/password'
import { readConfig, type Config } from '../api/src/config'
import { createDb, describeDatabase, type Db } from '../api/src/db/database'
import { startEmbeddedPostgis } from '../api/src/db/embedded'
import { migrateToLatest } from '../api/src/db/migrate'
import { loadReferenceData } from '../api/src/seed/reference'
import { createScratchDatabase } from '../api/src/testing/scratch-database'
import { insertTileFixtures } from '../api/src/tiles/tile-fixtures'
import { TILE_SETS, ZHEJIANG_BOUNDS } from '../api/src/tiles/tile-layers'
import { lngLatToTile, tileRangeOf, tilesIn, type TileAddress } from '../api/src/tiles/tile-math'
import {
  detectTileEncoder,
  queryTileFeatures,
  queryTileMvt,
  renderTile,
  type TileEncoder,
} from '../api/src/tiles/tile-render.queries'

const WARMUP = 4
const SAMPLES = 30
const GZIP = { 'Accept-Encoding': 'gzip' }

/** Internal tile sets (mines) need a staff session: sign in as a throwaway leader. */
async function staffSession(db: Db, app: ReturnType<typeof createApp>): Promise<string> {
  const password = 'bench-password-1'
  await db
    .insertInto('app_user')
    .values({
      username: 'bench.leader',
      display_name: 'bench',
      password_hash: await hashPassword(password),
      role: 'leader',
      region_code: PROVINCE_CODE,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute()
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'bench.leader', password }),
  })
  if (res.status !== 200) throw new Error(`bench login failed: ${res.status}`)
  return (res.headers.get('set-cookie') ?? '').split(';')[0]
}

type Fetcher = (path: string, headers?: Record<string, string>) => Promise<Response> | Response
interface Kind {
  label: string
  set: string
  tiles: TileAddress[]
}

async function main() {
  const config = readConfig()
  const embedded = await startEmbeddedPostgis()
  try {
    await benchBackend(config, 'embedded', embedded.url)
  } finally {
    await embedded.stop()
  }
  if (!config.databaseUrl) {
    console.log('\n(server PostGIS skipped: set DATABASE_URL=postgres://… to include it)')
    return
  }
  const scratch = await createScratchDatabase(config.databaseUrl, 'zgm_bench_tiles')
  try {
    await benchBackend(config, 'server', scratch.url)
  } finally {
    await scratch.drop()
  }
}

async function benchBackend(config: Readonly<Config>, backend: 'embedded' | 'server', url: string) {
  const forced = config.tilesEncoder
  const db = createDb(url, { max: backend === 'embedded' ? 1 : 4 })
  try {
    const t0 = performance.now()
    await migrateToLatest(db)
    await loadReferenceData(db)
    const data = await seedMines(db)
    const encoder = forced === 'auto' ? await detectTileEncoder(db) : forced
    const info = await describeDatabase(db, url)
    console.log(
      `\n== ${backend} PostgreSQL ${info.server}, PostGIS ${info.postgis}; encoder ${encoder}; ${data}; ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    )
    await printCountySizes(db, encoder)

    const app = createApp({ config, db, backend, databaseUrl: url, demo: true })
    const cookie = await staffSession(db, app)
    const kinds = await tileKinds(db, encoder)
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      for (const kind of kinds) {
        const inProcess = await measure(db, encoder, kind, (path, headers) =>
          app.request(path, { headers: { ...headers, Cookie: cookie } }),
        )
        const http = await measure(db, encoder, kind, (path, headers) =>
          fetch(`${origin}${path}`, { headers: { ...headers, Cookie: cookie } }),
        )
        printKind(kind, inProcess, http)
      }
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  } finally {
    await db.destroy()
  }
}

async function seedMines(db: Db): Promise<string> {
  const demo = await import('../api/src/seed/demo').catch(() => null)
  if (demo?.seedDemo) {
    const { counts } = await demo.seedDemo(db, { seed: 'bench-tiles' })
    return `demo data: ${counts.mine} mines, ${counts.mine_area} areas`
  }
  await insertTileFixtures(db, { perCounty: 7 })
  const { n } = await db
    .selectFrom('mine')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow()
  return `fixture data (no api/src/seed/demo.ts): ${n} mines`
}

/** Two kinds of tile: boundary polygons (the non-empty county tiles at z7) and dense mine points (the z8 tiles with most mines). */
async function tileKinds(db: Db, encoder: TileEncoder): Promise<Kind[]> {
  const { rows } = await sql<{
    lng: number
    lat: number
  }>`select st_x(location) as lng, st_y(location) as lat from mine`.execute(db)
  const perTile = new Map<string, number>()
  for (const { lng, lat } of rows) {
    const key = lngLatToTile(lng, lat, 8).map(Math.floor).join('/')
    perTile.set(key, (perTile.get(key) ?? 0) + 1)
  }
  const busiest = [...perTile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)
  const counties: TileAddress[] = []
  for (const t of tilesIn(tileRangeOf(ZHEJIANG_BOUNDS, 7))) {
    if ((await renderTile(db, TILE_SETS.get('counties')!, t, encoder)).length) counties.push(t)
  }
  return [
    {
      label: `county tiles z7 (the ${counties.length} non-empty ones over Zhejiang)`,
      set: 'counties',
      tiles: counties,
    },
    {
      label: `mine tiles z8 (the ${busiest.length} busiest, ${busiest.map((b) => b[1]).join('/')} mines)`,
      set: 'mines',
      tiles: busiest.map(([key]) => {
        const [x, y] = key.split('/').map(Number)
        return { z: 8, x, y }
      }),
    },
  ]
}

interface Samples {
  query: number[]
  uncached: number[]
  cached: number[]
  revalidate: number[]
  empty: number[]
}

async function measure(db: Db, encoder: TileEncoder, kind: Kind, request: Fetcher): Promise<Samples> {
  const set = TILE_SETS.get(kind.set)!
  const s: Samples = { query: [], uncached: [], cached: [], revalidate: [], empty: [] }
  const timed = async (into: number[], i: number, fn: () => Promise<unknown>) => {
    const t0 = performance.now()
    const out = await fn()
    if (i >= WARMUP) into.push(performance.now() - t0)
    return out
  }
  const fetchAll = async (path: string, headers?: Record<string, string>) => {
    const res = await request(path, headers)
    await res.arrayBuffer()
    return res
  }
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const t = kind.tiles[i % kind.tiles.length]
    const path = `/tiles/${set.id}/${t.z}/${t.x}/${t.y}.mvt`
    await timed(s.query, i, () =>
      encoder === 'postgis' ? queryTileMvt(db, set, t) : queryTileFeatures(db, set, t),
    )
    await db
      .deleteFrom('tile_cache')
      .where('layer', '=', set.id)
      .where('z', '=', t.z)
      .where('x', '=', t.x)
      .where('y', '=', t.y)
      .execute()
    const miss = (await timed(s.uncached, i, () => fetchAll(path, GZIP))) as Response
    if (miss.headers.get('x-tile-cache') !== 'miss') throw new Error(`${path}: expected a cache miss`)
    const hit = (await timed(s.cached, i, () => fetchAll(path, GZIP))) as Response
    if (hit.headers.get('x-tile-cache') !== 'hit') throw new Error(`${path}: expected a cache hit`)
    const etag = hit.headers.get('etag')!
    const notModified = (await timed(s.revalidate, i, () =>
      fetchAll(path, { ...GZIP, 'If-None-Match': etag }),
    )) as Response
    if (notModified.status !== 304) throw new Error(`${path}: expected 304, got ${notModified.status}`)
    await timed(s.empty, i, () => fetchAll('/bench/nothing-here'))
  }
  return s
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`).padStart(10)
const ratio = (x: number) => `${x.toFixed(2)}×`.padStart(10)

function printKind(kind: Kind, a: Samples, b: Samples) {
  const rows: [string, (s: Samples) => string][] = [
    ['(1) PostGIS query behind the tile', (s) => ms(median(s.query))],
    ['(2) uncached tile request', (s) => ms(median(s.uncached))],
    ['(3) cached tile request', (s) => ms(median(s.cached))],
    ['(4) 304 revalidation', (s) => ms(median(s.revalidate))],
    ['(5) trivial response (404 route)', (s) => ms(median(s.empty))],
    ['uncached / query', (s) => ratio(median(s.uncached) / median(s.query))],
    ['cached / trivial', (s) => ratio(median(s.cached) / median(s.empty))],
  ]
  console.log(`\n${kind.label}, medians of ${SAMPLES}`)
  console.log(`${''.padEnd(36)}${'in-process'.padStart(12)}${'HTTP 127.0.0.1'.padStart(16)}`)
  for (const [label, f] of rows) console.log(`  ${label.padEnd(34)}${f(a).padStart(12)}${f(b).padStart(16)}`)
}

/** Sizes of the county tiles that cover the province (item 5 of the brief: none over ~500 kB). */
async function printCountySizes(db: Db, encoder: TileEncoder) {
  const set = TILE_SETS.get('counties')!
  for (const z of [5, 7, 9]) {
    const sizes: { raw: number; gz: number }[] = []
    for (const t of tilesIn(tileRangeOf(ZHEJIANG_BOUNDS, z))) {
      const bytes = await renderTile(db, set, t, encoder)
      if (bytes.length) sizes.push({ raw: bytes.length, gz: gzipSync(bytes).length })
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`
    const max = sizes.reduce((m, s) => (s.raw > m.raw ? s : m), { raw: 0, gz: 0 })
    const total = sizes.reduce((n, s) => n + s.raw, 0)
    console.log(
      `county tiles z${z}: ${sizes.length} non-empty, largest ${kb(max.raw)} (gzip ${kb(max.gz)}), all together ${kb(total)}`,
    )
  }
}

await main()
