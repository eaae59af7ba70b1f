// The field app's area packs and "near me" against a real PostGIS: a county user gets its own
// county's mines with their polygons and a measured tile size, nothing of another county, and
// the nearest mines in geodesic order; the domain's near-me maths agrees with turf.
import * as turf from '@turf/turf'
import { bearingDeg, distanceM, fieldTilePlan, type LngLat } from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends } from '../testing/test-db'
import { MINE_AT, OTHER_MINE_AT, openWorld } from '../testing/world'

type Opened = Awaited<ReturnType<typeof openWorld>>

interface Pack {
  kind: string
  name: string
  bbox: [number, number, number, number] | null
  mines: {
    id: number
    at: LngLat
    bbox: [number, number, number, number]
    footprint: number[][][][] | null
    licence: number[][][][] | null
    tasks: unknown[]
  }[]
  estimate: { tileCount: number; avgTileBytes: number; sampledTiles: number; tileBytes: number }
}

describe.each(backends)('field area packs ($name PostGIS)', (backend) => {
  let o: Opened
  beforeAll(async () => {
    o = await openWorld(backend, { evaluatorAssigned: true })
  }, 120_000)
  afterAll(() => o?.t.drop())

  const pack = async (who: 'county' | 'province' | 'evaluator', query: string) => {
    const res = await o.c.as(who).get(`/api/field/areas/pack?${query}`)
    expect(res.status, await res.clone().text()).toBe(200)
    return (await res.json()) as Pack
  }

  it("gives a county its county's mines with footprint, licence polygon and a measured tile size", async () => {
    const p = await pack('county', 'regionCode=330522')
    expect(p).toMatchObject({ kind: 'county', name: '长兴县' })
    expect(p.mines.map((m) => m.id)).toEqual([o.w.mineId])
    const [m] = p.mines
    expect(m.at).toEqual(MINE_AT)
    expect(m.footprint?.[0][0].length).toBeGreaterThanOrEqual(4)
    expect(m.bbox[0]).toBeLessThanOrEqual(119.8975)
    expect(m.bbox[2]).toBeGreaterThanOrEqual(119.9025)
    // The server counts the same plan the browser will fetch.
    expect(p.estimate.tileCount).toBe(fieldTilePlan({ bbox: p.bbox!, mineBoxes: [m.bbox] }).length)
    expect(p.estimate.sampledTiles).toBeGreaterThan(0)
    expect(p.estimate.avgTileBytes).toBeGreaterThan(0)
    expect(p.estimate.tileBytes).toBe(p.estimate.tileCount * p.estimate.avgTileBytes)
  })

  it("gives a county nothing of another county's mines", async () => {
    const p = await pack('county', 'regionCode=330521')
    expect(p.name).toBe('德清县')
    expect(p.mines).toEqual([])
  })

  it("packs an evaluator's assignments around the assigned mine", async () => {
    // The assignment is open while the mine waits for the verification (R3.3).
    await o.w.db
      .updateTable('mine')
      .set({ green_state: 'evaluator_assigned' })
      .where('id', '=', o.w.mineId)
      .execute()
    const p = await pack('evaluator', 'scope=assignments')
    expect(p.kind).toBe('assignments')
    expect(p.mines.map((m) => m.id)).toEqual([o.w.mineId])
    expect(p.bbox![0]).toBeLessThan(MINE_AT[0])
    expect(p.bbox![3]).toBeGreaterThan(MINE_AT[1])
  })

  it.each([
    ['regionCode=339999', 'unknown_region'],
    ['regionCode=330500', 'unknown_region'],
    ['regionCode=330522&scope=assignments', 'invalid_input'],
    ['', 'invalid_input'],
  ])('refuses %s with a clear 400', async (query, code) => {
    const res = await o.c.as('county').get(`/api/field/areas/pack?${query}`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { code: string } }
    expect(body.error.code).toBe(code)
  })

  it('lists the nearest mines first, only those the caller may see', async () => {
    const near = async (who: 'county' | 'province') => {
      const res = await o.c
        .as(who)
        .get(`/api/field/near?lng=${OTHER_MINE_AT[0]}&lat=${OTHER_MINE_AT[1]}&limit=5`)
      expect(res.status).toBe(200)
      return ((await res.json()) as { mines: { id: number }[] }).mines.map((m) => m.id)
    }
    expect(await near('province')).toEqual([o.w.otherMineId, o.w.mineId])
    expect(await near('county')).toEqual([o.w.mineId])
  })

  it('refuses a position outside China', async () => {
    const res = await o.c.as('county').get('/api/field/near?lng=0&lat=51.5')
    expect(res.status).toBe(400)
  })

  it('needs a session', async () => {
    expect((await o.c.anonymous.get('/api/field/near?lng=119.9&lat=31')).status).toBe(401)
  })
})

describe('near-me maths against turf', () => {
  it('agrees on distance (≤ 1 mm) and bearing (≤ 1e-9°) over Zhejiang', () => {
    let seed = 7
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 200; i++) {
      const a: LngLat = [118 + 5 * rnd(), 27 + 4 * rnd()]
      const b: LngLat = [118 + 5 * rnd(), 27 + 4 * rnd()]
      expect(Math.abs(distanceM(a, b) - turf.distance(a, b, { units: 'meters' }))).toBeLessThan(0.001)
      const t = (turf.bearing(a, b) + 360) % 360
      expect(Math.abs(bearingDeg(a, b) - t)).toBeLessThan(1e-9)
    }
  })
})
