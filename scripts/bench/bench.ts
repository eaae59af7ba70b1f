// `npm run bench [-- --quick]`: the national-scale benchmark of issue 15. Builds (once, cached by
// a marker row) a synthetic dataset in its own database on the PostgreSQL server
// (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/zgm_bench; `--quick` uses
// <name>_quick, the one-province copy for the browser <name>_province), starts the real server
// as a child on it, measures every figure in one run on the same data over HTTP on loopback,
// writes bench-results.json at the repository root and prints a table. See docs/performance.md.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDb, type Db } from '../../api/src/db/database'
import { invalidateAllTiles } from '../../api/src/tiles/tile-cache.queries'
import { httpClient } from '../../api/src/testing/http-client'
import { LOAD_AREA_PREFIX, runLoad } from '../../api/src/testing/load'
import { httpSignIn, startServerProcess, type ServerProcess } from '../../api/src/testing/server-process'
import { buildWebIfStale, ROOT } from '../web-build'
import { cpuPerItem, cpuSample } from './cpu'
import { ensureDataset, type DatasetSize } from './dataset'
import { checkResults, formatTable, median, ratio, round, RESULT_NAMES, type BenchResults } from './results'
import {
  apiColdTiles,
  apiTileLatency,
  apiWarmAndTrivial,
  chooseTiles,
  MEASURED_SETS,
  pgbenchTilesPerSecond,
} from './tiles'
import { initialJsGzKb, mapPaint } from './web'

const quick = process.argv.includes('--quick')
const DEMO_PASSWORD = 'demo1234'

const PLAN = quick
  ? {
      size: { cells: 2, copies: 2 },
      tilesPerZoom: 2,
      clients: 4,
      tileS: 3,
      rounds: 1,
      passes: 1,
      statsRuns: 3,
      mixedS: 5,
      paintRuns: 1,
    }
  : {
      size: { cells: 33, copies: 3 },
      tilesPerZoom: 3,
      clients: 4,
      tileS: 10,
      rounds: 2,
      passes: 10,
      statsRuns: 3,
      mixedS: 30,
      paintRuns: 2,
    }

const started = performance.now()
const log = (line: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

function databaseUrl(base: string, suffix: string): string {
  const u = new URL(base)
  u.pathname = `/${decodeURIComponent(u.pathname.slice(1))}${suffix}`
  return u.toString()
}

/** Deletes the restoration areas a mixed load wrote (and their versions), by their name, and their tiles. */
async function removeLoadWrites(db: Db) {
  await db.transaction().execute(async (tx) => {
    const written = tx.selectFrom('mine_area').select('id').where('name', 'like', `${LOAD_AREA_PREFIX} %`)
    await tx.deleteFrom('mine_area_version').where('area_id', 'in', written).execute()
    await tx.deleteFrom('mine_area').where('name', 'like', `${LOAD_AREA_PREFIX} %`).execute()
    await invalidateAllTiles(tx, ['restoration'])
  })
}

async function main() {
  const baseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/zgm_bench'
  const size: DatasetSize = PLAN.size
  log(`${quick ? 'quick' : 'full'} run; datasets on ${new URL(baseUrl).host}`)
  const province = await ensureDataset(databaseUrl(baseUrl, '_province'), { cells: 1, copies: 1 }, log)
  const national = await ensureDataset(
    quick ? databaseUrl(baseUrl, '_quick') : baseUrl,
    size,
    log,
    province.url,
  )
  log(
    `dataset ${national.built ? `built in ${national.buildS.toFixed(0)} s` : 'reused'}: ${national.mines} mines, ` +
      `${national.areas} restoration/reclamation areas, ${national.counties} counties`,
  )
  buildWebIfStale(log)

  const figures: Partial<BenchResults> = {}
  const details: string[] = []
  let server: ServerProcess | undefined = await startServerProcess({
    DATABASE_URL: national.url,
    DEMO: 'true',
  })
  const db = createDb(national.url, { max: 1 })
  const http = httpClient(server.url, PLAN.clients)
  try {
    const base = server.url
    log(`server ready at ${base}`)
    const leader = await httpSignIn(base, 'leader', DEMO_PASSWORD)
    const staff = { cookie: leader.cookie }
    const client = { http, staff }
    const tiles = await chooseTiles(db, PLAN.tilesPerZoom)
    // Both levels: the shared table (and, through the invalidation's notification, the server's
    // in-process LRU). A request that is not a read returns only after the server has applied the
    // notifications committed before it (syncAfterWrites), so the POST (answered 404) waits for it.
    const emptyCache = async () => {
      await invalidateAllTiles(db, MEASURED_SETS)
      await fetch(`${base}/api/bench-cache-emptied`, { method: 'POST' }).then((r) => r.arrayBuffer())
    }
    log(`${tiles.length} tiles (5 tile sets × z5–z14, the ${PLAN.tilesPerZoom} densest per zoom); warming up`)
    await apiColdTiles(client, tiles, PLAN.clients, 0.001, emptyCache)

    const floor: number[] = []
    const cold: number[] = []
    const cpu: { pgbench: number; api: ReturnType<typeof cpuPerItem> }[] = []
    const pid = server.child.pid!
    for (let i = 0; i < PLAN.rounds; i++) {
      const before = cpuSample(pid)
      floor.push(await pgbenchTilesPerSecond(db, national.url, tiles, PLAN.clients, PLAN.tileS))
      const between = cpuSample(pid)
      const api = await apiColdTiles(client, tiles, PLAN.clients, PLAN.tileS, emptyCache)
      const after = cpuSample(pid)
      cold.push(api.perSecond)
      if (before && between && after) {
        const floorTiles = (floor[i] * (between.at - before.at)) / 1000
        cpu.push({
          pgbench: cpuPerItem(before, between, floorTiles).machine,
          api: cpuPerItem(between, after, api.tiles),
        })
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b) / xs.length
    figures.tile_cold_ratio = ratio(mean(cold), mean(floor))
    details.push(
      `cold tiles: API ${mean(cold).toFixed(0)}/s, pgbench -M prepared ${mean(floor).toFixed(0)}/s (${PLAN.clients} connections each)`,
    )
    log(details.at(-1)!)
    if (cpu.length) {
      const ms = (f: (c: (typeof cpu)[number]) => number) => mean(cpu.map(f)).toFixed(2)
      details.push(
        `CPU per uncached tile (ms, /proc): API path: server ${ms((c) => c.api.server)}, PostgreSQL ${ms((c) => c.api.postgres)}, ` +
          `load client ${ms((c) => c.api.client)}, whole machine ${ms((c) => c.api.machine)}; pgbench: whole machine ${ms((c) => c.pgbench)}`,
      )
      log(details.at(-1)!)
    }

    const latency = await apiTileLatency(client, tiles, PLAN.passes, emptyCache)
    figures.tile_p95_ms_max = latency.p95MsMax
    figures.tile_max_kb = latency.maxKb
    details.push(
      `uncached p95 per set × band (ms): ${latency.groups.map((g) => `${g.key} ${g.p95.toFixed(1)}`).join(', ')}; worst ${latency.worstGroup}`,
    )
    log(details.at(-1)!)
    details.push(
      `worst band's medians (ms, Server-Timing): ${Object.entries(latency.worstParts)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}`,
    )
    log(details.at(-1)!)

    const warm = await apiWarmAndTrivial(client, tiles, PLAN.clients, PLAN.tileS)
    figures.tile_warm_ratio = ratio(warm.warm, warm.trivial)
    details.push(`cached tiles ${warm.warm.toFixed(0)}/s, trivial route ${warm.trivial.toFixed(0)}/s`)
    log(details.at(-1)!)

    const statsPath = '/api/stats?level=county&asOf=2020-12-31'
    const statsMs: number[] = []
    for (let i = 0; i <= PLAN.statsRuns; i++) {
      const t0 = performance.now()
      const res = await fetch(`${base}${statsPath}`, { headers: staff })
      const body = (await res.json()) as { rows?: unknown[] }
      if (res.status !== 200)
        throw new Error(`${statsPath}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
      if (i > 0) statsMs.push(performance.now() - t0) // the first run warms up
    }
    figures.stats_ms = median(statsMs)
    details.push(`${statsPath}: median ${figures.stats_ms.toFixed(0)} ms of ${statsMs.length}`)
    log(details.at(-1)!)

    // Every run writes to the same few mines: their restoration tiles would grow denser run after
    // run (4,625 areas stacked on 6 mines after 8 runs; mixed p95 81 → 129 ms), so each run
    // removes what a run wrote, before and after it.
    await removeLoadWrites(db)
    const load = await runLoad(base, { connections: 32, seconds: PLAN.mixedS }).finally(() =>
      removeLoadWrites(db),
    )
    // Refusals under overload (503: no database connection within 5 s, 408) are part of the figure, not a crash.
    const failed = Object.entries(load.byStatus).filter(
      ([status]) => Number(status) === 0 || Number(status) >= 500,
    )
    if (failed.length)
      log(
        `mixed load: some requests failed: ${JSON.stringify(load.byStatus)}; ${load.errors.slice(0, 5).join('; ')}`,
      )
    figures.mixed_rps = load.requests / PLAN.mixedS
    figures.mixed_p95_ms = load.all.p95
    details.push(
      `mixed load (32 connections, ${PLAN.mixedS} s): ${load.requests} requests, statuses ${JSON.stringify(load.byStatus)}; p95 by kind ` +
        Object.entries(load.byKind)
          .map(([k, s]) => `${k} ${s.p95} ms`)
          .join(', '),
    )
    log(details.at(-1)!)
  } finally {
    http.close()
    await db.destroy()
    await server.kill()
    server = undefined
  }

  // The browser at provincial scale: the one-province dataset.
  server = await startServerProcess({ DATABASE_URL: province.url, DEMO: 'true' })
  try {
    const paint = await mapPaint(server.url, PLAN.paintRuns)
    figures.first_paint_ms = paint.firstPaintMs
    figures.map_paint_ms = paint.mapPaintMs
    figures.idle_ms = paint.idleMs
    log(
      `map (/, one province): first paint ${paint.firstPaintMs} ms, MapLibre's ${paint.mapPaintMs} ms, idle ${paint.idleMs} ms (median of ${PLAN.paintRuns})`,
    )
  } finally {
    await server.kill()
  }
  figures.public_js_gz_kb = initialJsGzKb('public-route')
  figures.app_js_gz_kb = initialJsGzKb('home-route')

  const results = checkResults(Object.fromEntries(RESULT_NAMES.map((n) => [n, round(figures[n] ?? NaN)])))
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${formatTable(results)}\n`)
  for (const line of details) console.log(`  ${line}`)
  log(`bench-results.json written (${quick ? 'quick' : 'full'} run)`)
}

await main()
