// A bounded load on a running server: `connections` clients, each asking without pause for
// `seconds`, on a mix of vector tiles, statistics, lists and writes (new restoration areas).
// Counts every status, keeps the ids of acknowledged writes (to count them in the database
// afterwards) and the latency of each kind. Used by the load test (short) and scripts/load.ts.
import { gunzipSync } from 'node:zlib'
import { lngLatToTile } from '../tiles/tile-math'
import { httpClient, type HttpAnswer } from './http-client'
import { httpSignIn } from './server-process'

export type LoadKind = 'tile' | 'stats' | 'list' | 'write'

export interface LoadResult {
  seconds: number
  connections: number
  requests: number
  byStatus: Record<number, number>
  byKind: Record<LoadKind, { n: number; p50: number; p95: number; max: number }>
  /** Every request of the mix together. */
  all: { n: number; p50: number; p95: number; max: number }
  /** Ids of the areas the server acknowledged with 201. */
  writtenIds: number[]
  errors: string[]
}

const DEMO_PASSWORD = 'demo1234'

/** Every area the load writes is named with this prefix and a number. */
export const LOAD_AREA_PREFIX = '负载测试'

/** The mix: what each of 20 consecutive requests of a client is. */
const MIX: LoadKind[] = [
  'tile',
  'tile',
  'tile',
  'tile',
  'tile',
  'tile',
  'tile',
  'stats',
  'stats',
  'stats',
  'list',
  'list',
  'list',
  'list',
  'list',
  'write',
  'tile',
  'tile',
  'stats',
  'list',
]

export async function runLoad(base: string, { connections = 32, seconds = 10 } = {}): Promise<LoadResult> {
  const planner = await httpSignIn(base, 'planner.changxing', DEMO_PASSWORD)
  const leader = await httpSignIn(base, 'leader', DEMO_PASSWORD)
  const province = await httpSignIn(base, 'province', DEMO_PASSWORD)
  const mines = (await (
    await fetch(`${base}/api/mines?county=330522&pageSize=20`, { headers: planner })
  ).json()) as { items: { id: number; lng: number; lat: number }[] }
  if (!mines.items?.length) throw new Error('no 长兴 mines to write to (demo data missing?)')

  const tiles: string[] = []
  for (const [set, zs] of [
    ['counties', [5, 6, 7, 8]],
    ['public-mines', [6, 7, 8, 9]],
    ['mines', [8, 9, 10]],
    ['restoration', [10, 11]],
  ] as const) {
    for (const z of zs) {
      for (const m of mines.items.slice(0, 6)) {
        const [x, y] = lngLatToTile(m.lng, m.lat, z).map(Math.floor)
        tiles.push(`/tiles/${set}/${z}/${x}/${y}.mvt`)
      }
    }
  }
  const lists = [
    '/api/mines?page=1&pageSize=50',
    '/api/mines?page=3&pageSize=50&sort=county',
    '/api/public/directory?pageSize=50',
    '/api/alerts',
  ]
  const stats = [
    '/api/stats?asOf=2020-12-31',
    '/api/stats?asOf=2019-12-31&level=county',
    '/api/public/stats?level=county',
    '/api/public/stats?asOf=2019-06-30',
  ]

  const byStatus: Record<number, number> = {}
  const latencies: Record<LoadKind, number[]> = { tile: [], stats: [], list: [], write: [] }
  const writtenIds: number[] = []
  const errors: string[] = []
  const deadline = performance.now() + seconds * 1000

  // Bodies come gzipped where the server compresses (as a browser asks) and are not decoded, except
  // a write's answer, whose id is kept.
  const http = httpClient(base, connections)
  const one = async (kind: LoadKind, n: number) => {
    let res: HttpAnswer
    const t0 = performance.now()
    if (kind === 'write') {
      const m = mines.items[n % mines.items.length]
      const d = 0.0003
      const ring = [
        [m.lng - d, m.lat - d],
        [m.lng + d, m.lat - d],
        [m.lng + d, m.lat + d],
        [m.lng - d, m.lat + d],
        [m.lng - d, m.lat - d],
      ]
      res = await http.request(
        'POST',
        `/api/mines/${m.id}/areas`,
        { ...planner, 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        JSON.stringify({
          kind: 'restoration',
          name: `${LOAD_AREA_PREFIX} ${n}`,
          geometry: { type: 'Polygon', coordinates: [ring] },
        }),
      )
      if (res.status === 201) {
        const text = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body
        const body = JSON.parse(text.toString('utf8')) as { id?: number }
        if (body.id) writtenIds.push(body.id)
      }
    } else {
      const path =
        kind === 'tile'
          ? tiles[n % tiles.length]
          : kind === 'list'
            ? lists[n % lists.length]
            : stats[n % stats.length]
      const headers = kind === 'list' ? province : leader
      res = await http.get(path, { ...headers, 'accept-encoding': 'gzip' })
    }
    latencies[kind].push(performance.now() - t0)
    byStatus[res.status] = (byStatus[res.status] ?? 0) + 1
    if (res.status >= 400 && res.status !== 404 && errors.length < 20) errors.push(`${kind} ${res.status}`)
  }

  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let n = client; performance.now() < deadline; n += connections) {
        await one(MIX[n % MIX.length], n).catch((e: Error) => {
          byStatus[0] = (byStatus[0] ?? 0) + 1
          if (errors.length < 20) errors.push(`network: ${e.message}`)
        })
      }
    }),
  ).finally(() => http.close())
  const summary = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0)
    return { n: s.length, p50: at(0.5), p95: at(0.95), max: Math.round(s.at(-1) ?? 0) }
  }
  return {
    seconds,
    connections,
    requests: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    all: summary(Object.values(latencies).flat()),
    byKind: {
      tile: summary(latencies.tile),
      stats: summary(latencies.stats),
      list: summary(latencies.list),
      write: summary(latencies.write),
    },
    writtenIds,
    errors,
  }
}
