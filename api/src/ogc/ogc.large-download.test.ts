// A large selection downloaded from the real server (its own process, PostgreSQL server):
// Shapefile, GeoPackage and FlatGeobuf (and GeoJSON, streamed from the start, for comparison) of
// FEATURES polygons of VERTICES vertices each stream with the server's memory bounded (sampled from
// /proc while the download runs), and ogrinfo reads back every feature with its Chinese name.
// The server runs with its JS heap capped at HEAP_MIB: holding the selection whole (by default
// 5,000 × 257 ≈ 1.3 M coordinate pairs as JS arrays, well over 100 MiB) would crowd it; pages of
// 500 do not. The default keeps CI short (the four formats at 30,000 features took ≈ 6 minutes);
// ZGM_LARGE_DOWNLOAD_FEATURES=30000 runs the full size.
import { execFile } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../db/database'
import { createScratchDatabase } from '../testing/scratch-database'
import { httpSignIn, startServerProcess, type ServerProcess } from '../testing/server-process'
import { noteSkip } from '../testing/skips'

const run = promisify(execFile)
const OGRINFO = '/usr/bin/ogrinfo'
const serverUrl = process.env.TEST_DATABASE_URL
if (!serverUrl) noteSkip('the large streamed downloads', 'they need a PostgreSQL server (TEST_DATABASE_URL)')
else if (!existsSync(OGRINFO))
  noteSkip('the large streamed downloads', `${OGRINFO} is absent (Debian package gdal-bin)`)

const FEATURES = Number(process.env.ZGM_LARGE_DOWNLOAD_FEATURES ?? 5_000)
/** Segments per quarter circle: 64 gives 257 vertices a polygon. */
const QUARTER_SEGMENTS = 64
const VERTICES = 4 * QUARTER_SEGMENTS + 1
/** The zip holds 16 bytes a vertex in the .shp; deflate gains at most about four times on it. */
const MIN_FILE_MIB = (FEATURES * VERTICES * 16) / 4 / 2 ** 20
/** The server's V8 old-space limit, MiB. */
const HEAP_MIB = 192
/**
 * How much the server's resident memory may grow during one download, MiB: measured growth with the
 * heap capped was 2–60 MiB at 30,000 polygons and 34–88 MiB (gpkg highest) at 5,000 on a loaded
 * machine (docs/performance.md).
 */
const GROWTH_LIMIT_MIB = 120

describe.skipIf(!serverUrl || !existsSync(OGRINFO))('large downloads stream with bounded memory', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>, server: ServerProcess
  let headers: Record<string, string>
  const dir = mkdtempSync(join(tmpdir(), 'zgm-large-'))
  const figures: string[] = []

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!, 'zgm_large')
    server = await startServerProcess({
      DATABASE_URL: scratch.url,
      DEMO: 'true',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_MIB}`,
    })
    const db = createDb(scratch.url, { max: 1 })
    try {
      // Circles of VERTICES vertices on a grid around a demo mine in 长兴县, each named in Chinese.
      await sql`
        insert into mine_area (mine_id, kind, name, geom, area_m2)
        select m.id, 'restoration', '长兴合成复绿区' || g.i, s.geom, st_area(s.geom::geography)
        from (select id from mine where county_code = '330522' order by id limit 1) m,
          generate_series(1, ${FEATURES}) g(i),
          lateral (select st_multi(st_buffer(st_setsrid(st_point(119.5 + (g.i % 200) * 0.002,
            30.8 + (g.i / 200) * 0.002), 4326), 0.0008, ${sql.lit(QUARTER_SEGMENTS)}))::geometry(MultiPolygon, 4326) as geom) s`.execute(
        db,
      )
    } finally {
      await db.destroy()
    }
    headers = await httpSignIn(server.url, 'province', 'demo1234')
  }, 300_000)
  afterAll(async () => {
    await server?.kill()
    await scratch?.drop()
    rmSync(dir, { recursive: true, force: true })
    console.log(
      `\nformat | features | file MiB | server RSS before → peak MiB (heap capped at ${HEAP_MIB} MiB)\n${figures.join('\n')}`,
    )
  })

  it.each(['shp', 'gpkg', 'fgb', 'geojson'] as const)(
    `f=%s of ${FEATURES} polygons: server memory bounded, ogrinfo reads every feature`,
    async (f) => {
      const path = join(dir, `areas.${f === 'shp' ? 'zip' : f}`)
      const before = server.rssMiB()
      let peak = before
      const sampler = setInterval(() => (peak = Math.max(peak, server.rssMiB())), 25)
      try {
        const res = await fetch(`${server.url}/ogc/collections/restoration-areas/items?f=${f}`, { headers })
        expect(res.status).toBe(200)
        await pipeline(Readable.fromWeb(res.body as never), createWriteStream(path))
      } finally {
        clearInterval(sampler)
      }
      const fileMiB = statSync(path).size / 1024 / 1024
      const { stdout } = await run(
        OGRINFO,
        ['-ro', '-al', '-geom=NO', f === 'shp' ? `/vsizip/${path}` : path],
        { maxBuffer: 512 * 1024 * 1024, timeout: 120_000 },
      )
      const read = stdout.match(/^OGRFeature\(/gm)?.length ?? 0
      figures.push(
        `| ${f} | ${read} | ${fileMiB.toFixed(1)} | ${before.toFixed(0)} → ${peak.toFixed(0)} (+${(peak - before).toFixed(0)}) |`,
      )
      // The demo's own restoration areas come on top of the synthetic ones.
      expect(read).toBeGreaterThanOrEqual(FEATURES)
      expect(stdout).toContain(`长兴合成复绿区${FEATURES}`)
      expect(fileMiB).toBeGreaterThan(MIN_FILE_MIB)
      expect(peak - before).toBeLessThan(GROWTH_LIMIT_MIB)
    },
    300_000,
  )
})
