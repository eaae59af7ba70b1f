import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, type TestDb } from '../testing/test-db'
import { THIN_CELLS, TILE_SETS } from './tile-layers'
import { BUFFER, EXTENT, lngLatToTile, tileBoundsLngLat, type TileAddress } from './tile-math'
import { detectTileEncoder, renderTile, type TileEncoder } from './tile-render.queries'
import { featuresOf, tileTestDb } from './tiles.test-support'

// Point layers at z5–7 keep one feature per 4 × 4 px cell with a `count` of the mines it stands for.
describe.each(backends)('thinned low-zoom points ($name PostGIS)', (backend) => {
  let test: TestDb
  let encoders: TileEncoder[]
  // Hangzhou: two fixture mines moved 20 m apart, one cell at z5–7, two features from z8.
  const HERE = [120.15, 30.28] as const

  beforeAll(async () => {
    test = await tileTestDb(backend)
    encoders = (await detectTileEncoder(test.db)) === 'postgis' ? ['postgis', 'js'] : ['js']
    await sql`update mine set location = st_setsrid(st_makepoint(${HERE[0]} + (id % 2) * 0.0002, ${HERE[1]}), 4326)
      where id in (select id from mine order by id limit 2)`.execute(test.db)
  })
  afterAll(() => test?.drop())

  const tileAt = (z: number): TileAddress => {
    const [x, y] = lngLatToTile(HERE[0], HERE[1], z).map(Math.floor)
    return { z, x, y }
  }
  /** The mines a tile can draw (its square plus the buffer). */
  const minesIn = async (t: TileAddress) => {
    const [w, s, e, n] = tileBoundsLngLat(t, BUFFER / EXTENT)
    const { rows } = await sql<{ id: number }>`
      select id from mine where location && st_makeenvelope(${w}, ${s}, ${e}, ${n}, 4326) order by id`.execute(
      test.db,
    )
    return rows.map((r) => r.id)
  }

  it('keeps a count: the features of a z5–7 tile stand for every mine in it, the lowest id per cell', async () => {
    const [first, second] = (await minesIn(tileAt(14))).slice(0, 2)
    for (const encoder of encoders) {
      for (const z of [5, 6, 7]) {
        const t = tileAt(z)
        const features = featuresOf(await renderTile(test.db, TILE_SETS.get('mines')!, t, encoder), 'mines')
        const inside = await minesIn(t)
        const where = `${encoder} z${z}`
        expect(features.length, where).toBeLessThan(inside.length)
        const counts = features.map((f) => f.properties.count as number)
        expect(Math.min(...counts), where).toBeGreaterThanOrEqual(1)
        expect(
          counts.reduce((a, b) => a + b, 0),
          where,
        ).toBe(inside.length)
        const shared = features.find((f) => f.id === first)!
        expect(shared.properties.count, where).toBeGreaterThanOrEqual(2)
        expect(
          features.some((f) => f.id === second),
          where,
        ).toBe(false)
        const cell = EXTENT / THIN_CELLS
        const cells = features
          .map((f) => f.loadGeometry()[0][0])
          .map((p) => `${Math.floor(p.x / cell)}/${Math.floor(p.y / cell)}`)
        expect(new Set(cells).size, `${where}: one feature per cell`).toBe(features.length)
      }
      const z8 = featuresOf(await renderTile(test.db, TILE_SETS.get('mines')!, tileAt(8), encoder), 'mines')
      expect(z8.map((f) => f.id).sort((a, b) => Number(a) - Number(b))).toEqual(
        expect.arrayContaining([first, second]),
      )
      expect(z8.every((f) => !('count' in f.properties))).toBe(true)
    }
  })
})
