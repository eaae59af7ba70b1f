// Tile measurements of `npm run bench`: the tile list, the floor (pgbench -M prepared running the
// API's own tile SQL), cold and cached throughput of the API over HTTP, latency per tile set and
// zoom band, and tile sizes.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { sql } from 'kysely'
import type { Db } from '../../api/src/db/database'
import type { HttpClient } from '../../api/src/testing/http-client'
import { TILE_SETS } from '../../api/src/tiles/tile-layers'
import { lngLatToTile, type TileAddress } from '../../api/src/tiles/tile-math'
import { tileMvtQuery } from '../../api/src/tiles/tile-render.queries'
import { median, percentile, zoomBand } from './results'

const run = promisify(execFile)
export const PGBENCH = '/usr/lib/postgresql/15/bin/pgbench'

export interface BenchTile extends TileAddress {
  set: string
}

export const tilePath = (t: BenchTile) => `/tiles/${t.set}/${t.z}/${t.x}/${t.y}.mvt`

/** The tile sets measured and their zooms (z5–z14 within each set's range). */
export const MEASURED_SETS = ['counties', 'mines', 'public-mines', 'restoration', 'reclamation']

/**
 * For every measured tile set and zoom z5–z14, the `perZoom` tiles holding most mines (the
 * densest, so the slowest and largest). pgbench takes at most 128 scripts: 38 set × zoom pairs.
 */
export async function chooseTiles(db: Db, perZoom: number): Promise<BenchTile[]> {
  const { rows } = await sql<{ lng: number; lat: number }>`
    select st_x(location) as lng, st_y(location) as lat from mine`.execute(db)
  const out: BenchTile[] = []
  for (let z = 5; z <= 14; z++) {
    const perTile = new Map<string, number>()
    for (const { lng, lat } of rows) {
      const key = lngLatToTile(lng, lat, z).map(Math.floor).join('/')
      perTile.set(key, (perTile.get(key) ?? 0) + 1)
    }
    const busiest = [...perTile.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, perZoom)
    for (const id of MEASURED_SETS) {
      const set = TILE_SETS.get(id)!
      if (z < set.minzoom || z > set.maxzoom) continue
      for (const [key] of busiest) {
        const [x, y] = key.split('/').map(Number)
        out.push({ set: id, z, x, y })
      }
    }
  }
  if (out.length > 128) throw new Error(`${out.length} tiles: pgbench takes at most 128 scripts`)
  return out
}

/** A statement with its parameters written in as literals (pgbench scripts take no parameters). */
export function inlineParameters(text: string, parameters: readonly unknown[]): string {
  return text.replace(/\$(\d+)\b/g, (_, n: string) => {
    const v = parameters[Number(n) - 1]
    if (typeof v === 'number' && Number.isFinite(v)) return String(v)
    if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`
    throw new Error(`cannot inline parameter $${n}: ${JSON.stringify(v)}`)
  })
}

/**
 * The floor: pgbench -M prepared, `clients` connections for `seconds`, each transaction one of
 * the tiles' own SQL (as the API runs it for a province-wide viewer), chosen at random.
 */
export async function pgbenchTilesPerSecond(
  db: Db,
  url: string,
  tiles: BenchTile[],
  clients: number,
  seconds: number,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'zgm-bench-'))
  try {
    const files: string[] = []
    tiles.forEach((t, i) => {
      const query = tileMvtQuery(TILE_SETS.get(t.set)!, t)
      if (!query) throw new Error(`${tilePath(t)}: no layer at z${t.z}`)
      const { sql: text, parameters } = query.compile(db)
      const file = join(dir, `tile-${i}.sql`)
      writeFileSync(file, `${inlineParameters(text, parameters).replace(/\s+/g, ' ').trim()};\n`)
      files.push(file)
    })
    const u = new URL(url)
    const args = [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(clients),
      '-j',
      String(Math.min(clients, 2)),
      '-T',
      String(Math.max(1, Math.round(seconds))),
      ...files.flatMap((f) => ['-f', f]),
      '-h',
      u.hostname,
      '-p',
      u.port || '5432',
      '-U',
      decodeURIComponent(u.username || 'postgres'),
      decodeURIComponent(u.pathname.slice(1)),
    ]
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) || process.env.PGPASSWORD }
    const { stdout } = await run(PGBENCH, args, { env, maxBuffer: 1 << 24 })
    const failed = /number of failed transactions: (\d+)/.exec(stdout)
    if (failed && Number(failed[1]) > 0)
      throw new Error(`pgbench: ${failed[1]} failed transactions\n${stdout}`)
    const tps = /tps = ([\d.]+)/.exec(stdout)
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`)
    return Number(tps[1])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface TileClient {
  /** The server's kept-alive connections (the benchmark's load client). */
  http: HttpClient
  /** Headers of a signed-in province-wide user (internal tile sets). */
  staff: Record<string, string>
}

const headersFor = (c: TileClient, t: BenchTile) =>
  TILE_SETS.get(t.set)!.audience === 'internal' ? c.staff : ({} as Record<string, string>)

/** GETs a path (gzip accepted): its status, cache header, time, and its size once decoded. */
async function get(http: HttpClient, path: string, headers: Record<string, string>) {
  const t0 = performance.now()
  const res = await http.get(path, { 'accept-encoding': 'gzip', ...headers })
  const ms = performance.now() - t0
  const cache = res.headers['x-tile-cache']
  const timing = res.headers['server-timing']
  return {
    status: res.status,
    cache: typeof cache === 'string' ? cache : null,
    ms,
    /** A miss's server-side parts (Server-Timing: render, pack, store), in ms. */
    parts: Object.fromEntries(
      [...String(timing ?? '').matchAll(/(\w+);dur=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]),
    ),
    size: () => (res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body).length,
  }
}

/** Runs `jobs` with `clients` workers; resolves when all are done. */
async function inParallel<T>(items: readonly T[], clients: number, fn: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) await fn(items[next++])
    }),
  )
}

function expect(path: string, r: { status: number; cache: string | null }, cache: 'hit' | 'miss') {
  if (r.status !== 200 && r.status !== 204) throw new Error(`${path}: status ${r.status}`)
  if (r.cache !== cache) throw new Error(`${path}: expected a cache ${cache}, got ${r.cache}`)
}

/**
 * Uncached throughput: the cache emptied, every tile asked once by `clients` workers, again
 * until `seconds` of asking have passed (the emptying is not counted); and how many were asked.
 */
export async function apiColdTiles(
  c: TileClient,
  tiles: BenchTile[],
  clients: number,
  seconds: number,
  emptyCache: () => Promise<void>,
): Promise<{ perSecond: number; tiles: number }> {
  let busy = 0
  let n = 0
  while (busy < seconds * 1000) {
    await emptyCache()
    const t0 = performance.now()
    await inParallel(tiles, clients, async (t) => {
      expect(tilePath(t), await get(c.http, tilePath(t), headersFor(c, t)), 'miss')
    })
    busy += performance.now() - t0
    n += tiles.length
  }
  return { perSecond: n / (busy / 1000), tiles: n }
}

/**
 * Uncached latency, one request at a time (`passes` times over the list, the cache emptied
 * before each): the worst p95 over tile set × zoom band, and the largest tile in kB.
 */
export async function apiTileLatency(
  c: TileClient,
  tiles: BenchTile[],
  passes: number,
  emptyCache: () => Promise<void>,
) {
  const groups = new Map<string, number[]>()
  const parts = new Map<string, Record<string, number>[]>()
  let maxBytes = 0
  for (let p = 0; p < passes; p++) {
    await emptyCache()
    for (const t of tiles) {
      const r = await get(c.http, tilePath(t), headersFor(c, t))
      expect(tilePath(t), r, 'miss')
      const key = `${t.set} ${zoomBand(t.z)}`
      groups.set(key, [...(groups.get(key) ?? []), r.ms])
      parts.set(key, [...(parts.get(key) ?? []), r.parts])
      maxBytes = Math.max(maxBytes, r.size())
    }
  }
  const p95 = [...groups.entries()].map(([key, xs]) => ({ key, p95: percentile(xs, 0.95) }))
  const worst = p95.reduce((m, g) => (g.p95 > m.p95 ? g : m))
  // The worst band's medians of the server's own parts, and of the whole request.
  const ofWorst = parts.get(worst.key)!
  // (No store where the server answered before storing: its in-process LRU in front.)
  const worstParts = Object.fromEntries(
    ['render', 'pack', 'store']
      .filter((name) => ofWorst.some((x) => x[name] !== undefined))
      .map((name) => [name, median(ofWorst.map((x) => x[name] ?? NaN))]),
  )
  const worstMedian = median(groups.get(worst.key)!)
  return {
    p95MsMax: worst.p95,
    worstGroup: worst.key,
    worstParts: { ...worstParts, request: worstMedian },
    maxKb: maxBytes / 1024,
    groups: p95,
  }
}

/** Requests per second of `clients` workers asking `paths` round robin for `seconds`. */
async function throughput(
  http: HttpClient,
  requests: {
    path: string
    headers: Record<string, string>
    check: (r: Awaited<ReturnType<typeof get>>) => void
  }[],
  clients: number,
  seconds: number,
): Promise<number> {
  let n = 0
  const t0 = performance.now()
  const deadline = t0 + seconds * 1000
  await Promise.all(
    Array.from({ length: clients }, async (_, k) => {
      for (let i = k; performance.now() < deadline; i += clients) {
        const q = requests[i % requests.length]
        q.check(await get(http, q.path, q.headers))
        n++
      }
    }),
  )
  return n / ((performance.now() - t0) / 1000)
}

/**
 * Cached tiles/s and trivial-route/s (a 404 under /api: routing only, no database), measured
 * alternately in `rounds` halves each so that a change in the machine's load hits both.
 */
export async function apiWarmAndTrivial(
  c: TileClient,
  tiles: BenchTile[],
  clients: number,
  seconds: number,
  rounds = 2,
) {
  const cached = tiles.map((t) => ({
    path: tilePath(t),
    headers: headersFor(c, t),
    check: (r: { status: number; cache: string | null }) => expect(tilePath(t), r, 'hit'),
  }))
  const trivial = [
    {
      path: '/api/bench-nothing-here',
      headers: {},
      check: (r: { status: number }) => {
        if (r.status !== 404) throw new Error(`trivial route: status ${r.status}`)
      },
    },
  ]
  let warm = 0
  let empty = 0
  for (let i = 0; i < rounds; i++) {
    warm += await throughput(c.http, cached, clients, seconds / rounds)
    empty += await throughput(c.http, trivial, clients, seconds / rounds)
  }
  return { warm: warm / rounds, trivial: empty / rounds }
}
