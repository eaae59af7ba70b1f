import type { VectorTileFeature } from '@mapbox/vector-tile'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noteSkip } from '../testing/skips'
import { referenceDb } from '../testing/schema-template'
import { backends, freshDb, type TestDb } from '../testing/test-db'
import { signedArea } from './mvt-encode'
import { adminMercatorColumn, TILE_SETS } from './tile-layers'
import { lngLatToTile } from './tile-math'
import { detectTileEncoder, renderTile } from './tile-render.queries'
import { decodeTile, tileTestDb } from './tiles.test-support'

// Tiles where the two paths must agree: boundaries at each simplification level (geom_low,
// geom_mid, full geom), mine points, footprints, restoration/reclamation and public mines.
const CASES: [set: string, z: number, x: number, y: number][] = [
  ['counties', 5, 26, 13],
  ['counties', 7, 106, 52],
  ['counties', 7, 106, 53],
  ['counties', 9, 427, 210],
  ['counties', 12, 3415, 1709],
  ['cities', 6, 53, 26],
  ['province', 4, 13, 6],
  ['mines', 7, 106, 52],
  ['public-mines', 6, 53, 26],
]

interface Shape {
  type: number
  properties: Record<string, unknown>
  /** Net area in tile units² (holes subtracted); 0 for points. */
  area: number
  bbox: number[]
  points: number[][]
}

function shapes(bytes: Uint8Array): Map<string, Map<number, Shape>> {
  const tile = decodeTile(bytes)
  const out = new Map<string, Map<number, Shape>>()
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features = new Map<number, Shape>()
    for (let i = 0; i < layer.length; i++) {
      const f: VectorTileFeature = layer.feature(i)
      const rings = f.loadGeometry().map((r) => r.map((p) => [p.x, p.y]))
      features.set(f.id!, {
        type: f.type,
        properties: { ...f.properties },
        area: f.type === 3 ? rings.reduce((sum, r) => sum + signedArea(r.slice(0, -1)), 0) : 0,
        bbox: f.bbox(),
        points: f.type === 1 ? rings.flat() : [],
      })
    }
    out.set(name, features)
  }
  return out
}

/** Asserts the same layers, feature ids, types and properties; geometry within a pixel or two. */
function expectSameFeatures(label: string, postgis: Uint8Array, js: Uint8Array) {
  const a = shapes(postgis)
  const b = shapes(js)
  expect([...b.keys()].sort(), `${label} layers`).toEqual([...a.keys()].sort())
  for (const [layer, features] of a) {
    const other = b.get(layer)!
    expect([...other.keys()].sort(), `${label} ${layer} ids`).toEqual([...features.keys()].sort())
    for (const [id, f] of features) {
      const g = other.get(id)!
      const where = `${label} ${layer} #${id}`
      expect(g.type, where).toBe(f.type)
      expect(g.properties, where).toEqual(f.properties)
      // 16 tile units = one pixel of a 256 px tile; measured: bbox within 12 units, area within
      // 0.2% (features over 16 px²) or 212 units² (slivers at the tile edge)
      g.bbox.forEach((v, i) => expect(Math.abs(v - f.bbox[i]), `${where} bbox`).toBeLessThanOrEqual(16))
      expect(Math.abs(g.area - f.area), `${where} area`).toBeLessThanOrEqual(
        Math.max(0.005 * f.area, 16 * 16),
      )
      g.points.forEach((p, i) =>
        expect(
          Math.hypot(p[0] - f.points[i][0], p[1] - f.points[i][1]),
          `${where} point`,
        ).toBeLessThanOrEqual(1),
      )
    }
  }
}

const serverBackends = backends.filter((b) => b.name === 'server')
if (serverBackends.length === 0)
  noteSkip('ST_AsMVT vs JS encoder agreement', 'needs the server PostGIS (TEST_DATABASE_URL)')

describe.each(backends)('tile encoder detection ($name PostGIS)', (backend) => {
  let test: TestDb

  beforeAll(async () => {
    test = await freshDb(backend)
  })
  afterAll(() => test?.drop())

  it('asks the database once whether it has ST_AsMVT (the PGlite PostGIS is built without protobuf)', async () => {
    const encoder = await detectTileEncoder(test.db)
    expect(encoder).toBe(backend.name === 'server' ? 'postgis' : 'js')
    expect(detectTileEncoder(test.db)).toBe(detectTileEncoder(test.db))
  })
})

describe.each(serverBackends)('tile encoders agree ($name PostGIS)', (backend) => {
  let test: TestDb

  beforeAll(async () => {
    test = await tileTestDb(backend)
  })
  afterAll(() => test?.drop())

  it('ST_AsMVT and the JS encoder give the same features', async () => {
    const { rows: areas } = await sql<{ kind: string; lng: number; lat: number }>`
      select distinct on (kind) kind, st_x(st_centroid(geom)) as lng, st_y(st_centroid(geom)) as lat
      from mine_area where deleted_at is null order by kind, id`.execute(test.db)
    const cases = [...CASES]
    for (const { kind, lng, lat } of areas) {
      const set = kind === 'footprint' ? 'mines' : kind
      for (const z of [12, 15]) {
        const [x, y] = lngLatToTile(lng, lat, z).map(Math.floor)
        cases.push([set, z, x, y])
      }
    }
    let compared = 0
    for (const [set, z, x, y] of cases) {
      const t = { z, x, y }
      const postgis = await renderTile(test.db, TILE_SETS.get(set)!, t, 'postgis')
      const js = await renderTile(test.db, TILE_SETS.get(set)!, t, 'js')
      expect(postgis.length, `${set} ${z}/${x}/${y} is not empty`).toBeGreaterThan(0)
      expectSameFeatures(`${set} ${z}/${x}/${y}`, postgis, js)
      compared += [...shapes(postgis).values()].reduce((n, l) => n + l.size, 0)
    }
    expect(compared).toBeGreaterThan(300)
  })
})

// The z5–7 copies (migration 2026-12-01T0211) simplify at half a pixel and drop what collapses
// (islands of about a pixel): no unit may vanish, no part of 2 × 2 px or more, and the area may move
// by no more than the outline's length × half a pixel (each line moves by less than that; the
// archipelago city 舟山 loses 3–5% of its area at z5 in islands of about a pixel).
describe.each(backends)('boundary copies per zoom ($name PostGIS)', (backend) => {
  let test: TestDb

  beforeAll(async () => {
    test = await referenceDb(backend)
  })
  afterAll(() => test?.drop())

  it('keeps every unit at z5, z6 and z7, valid, every part of 2 × 2 px, its area within its outline × half a pixel', async () => {
    for (const [z, source] of [
      [5, 'geom_low'],
      [6, 'geom_low'],
      [7, 'geom_mid'],
    ] as const) {
      const pixel = (2 * 20037508.342789244) / 2 ** z / 512
      const { rows } = await sql<{
        code: string
        valid: boolean
        area: number
        was: number
        outline: number
        lost: number
      }>`
        select code, st_isvalid(c) as valid, st_area(c) as area, st_area(s) as was, st_perimeter(s) as outline,
          (select count(*) from st_dump(s) d
            where st_area(d.geom) >= ${4 * pixel * pixel} and not st_dwithin(c, st_pointonsurface(d.geom), ${pixel}))::int as lost
        from (select code, ${sql.ref(adminMercatorColumn(z))} as c, st_transform(${sql.ref(source)}, 3857) as s
          from admin_unit) u`.execute(test.db)
      expect(rows.length, `z${z}`).toBeGreaterThan(100)
      for (const r of rows) {
        const where = `z${z} ${r.code}`
        expect(r.valid, where).toBe(true)
        expect(r.area, where).toBeGreaterThan(0)
        expect(Math.abs(r.area - r.was), `${where}: area moved`).toBeLessThanOrEqual((r.outline * pixel) / 2)
        expect(r.lost, `${where}: parts of 2 × 2 px lost`).toBe(0)
      }
    }
  })
})
