import { assignDirectly } from '../testing/evaluation'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends } from '../testing/test-db'
import { MINE_AT, OTHER_MINE_AT, openWorld, type Who } from '../testing/world'
import { lngLatToTile, tileBoundsLngLat } from './tile-math'
import { featuresOf } from './tiles.test-support'

const tileAt = (lng: number, lat: number, z: number) => lngLatToTile(lng, lat, z).map(Math.floor)

type Opened = Awaited<ReturnType<typeof openWorld>>

async function tileOf(o: Opened, who: Who | 'anonymous', path: string) {
  const client = who === 'anonymous' ? o.c.anonymous : o.c.as(who)
  const res = await client.request('GET', path)
  const bytes = res.status === 200 ? new Uint8Array(await res.arrayBuffer()) : new Uint8Array()
  return { status: res.status, cache: res.headers.get('x-tile-cache'), bytes }
}

const idsIn = (bytes: Uint8Array, layer: string, key = 'id') =>
  featuresOf(bytes, layer)
    .map((f) => Number(f.properties[key]))
    .sort((a, b) => a - b)

describe.each(backends)('internal tiles follow the API’s region and ownership ($name PostGIS)', (backend) => {
  let o: Opened
  const areaTile = (at: [number, number]) => {
    const [x, y] = tileAt(at[0], at[1], 12)
    return `/tiles/restoration/12/${x}/${y}.mvt`
  }

  beforeAll(async () => {
    o = await openWorld(backend, { evaluatorAssigned: true })
    // A restoration polygon on each mine (its footprint's shape), drawn from z10.
    await sql`insert into mine_area (mine_id, kind, name, geom, area_m2, target_land_class)
      select mine_id, 'restoration', 'r', geom, area_m2, '0301' from mine_area where kind = 'footprint'`.execute(
      o.w.db,
    )
  })
  afterAll(() => o?.t.drop())

  it('gives each role exactly the mines the mine list gives it, in the z0 mines tile', async () => {
    const { mineId, otherMineId } = o.w
    const expected: Record<Who, number[]> = {
      leader: [mineId, otherMineId],
      province: [mineId, otherMineId],
      city: [mineId, otherMineId],
      county: [mineId],
      countyOther: [otherMineId],
      planner: [mineId],
      plannerOther: [otherMineId],
      enterprise: [mineId],
      enterpriseOther: [otherMineId],
      evaluator: [mineId],
      evaluatorOther: [],
    }
    for (const [who, ids] of Object.entries(expected) as [Who, number[]][]) {
      const tile = await tileOf(o, who, '/tiles/mines/0/0/0.mvt')
      expect([who, idsIn(tile.bytes, 'mines')]).toEqual([who, ids.sort((a, b) => a - b)])
      const list = (await (await o.c.as(who).get('/api/mines?pageSize=100')).json()) as {
        items: { id: number }[]
      }
      expect([who, list.items.map((m) => m.id).sort((a, b) => a - b)]).toEqual([who, ids])
    }
    expect((await tileOf(o, 'anonymous', '/tiles/mines/0/0/0.mvt')).status).toBe(401)
  })

  it('draws restoration polygons of other counties for nobody there, and footprints likewise', async () => {
    const own = areaTile(MINE_AT)
    const other = areaTile(OTHER_MINE_AT)
    expect(idsIn((await tileOf(o, 'county', own)).bytes, 'restoration', 'mine_id')).toEqual([o.w.mineId])
    expect((await tileOf(o, 'county', other)).status).toBe(204)
    expect(idsIn((await tileOf(o, 'countyOther', other)).bytes, 'restoration', 'mine_id')).toEqual([
      o.w.otherMineId,
    ])
    const [x, y] = tileAt(OTHER_MINE_AT[0], OTHER_MINE_AT[1], 12)
    expect((await tileOf(o, 'planner', `/tiles/mines/12/${x}/${y}.mvt`)).status).toBe(204)
    expect(
      idsIn((await tileOf(o, 'leader', `/tiles/mines/12/${x}/${y}.mvt`)).bytes, 'footprints', 'mine_id'),
    ).toEqual([o.w.otherMineId])
  })

  it('never serves one scope’s cached tile to another', async () => {
    const [x, y] = tileAt(MINE_AT[0], MINE_AT[1], 5)
    expect(tileAt(OTHER_MINE_AT[0], OTHER_MINE_AT[1], 5)).toEqual([x, y])
    const path = `/tiles/mines/5/${x}/${y}.mvt`
    const first = await tileOf(o, 'county', path)
    expect(first.cache).toBe('miss')
    const other = await tileOf(o, 'countyOther', path)
    expect(other.cache).toBe('miss')
    expect(idsIn(other.bytes, 'mines')).toEqual([o.w.otherMineId])
    const again = await tileOf(o, 'county', path)
    expect(again.cache).toBe('hit')
    expect(idsIn(again.bytes, 'mines')).toEqual([o.w.mineId])
    // Two planners of the same county share one copy.
    expect((await tileOf(o, 'planner', path)).cache).toBe('hit')
  })

  it('rounds public positions to 4 decimals, as the public API does', async () => {
    await sql`update mine set location = st_setsrid(st_makepoint(119.912345, 31.012345), 4326) where id = ${o.w.mineId}`.execute(
      o.w.db,
    )
    await o.w.db
      .insertInto('directory_entry')
      .values({ mine_id: o.w.mineId, entered_on: '2019-06-30' })
      .execute()
    const z = 16
    const [x, y] = tileAt(119.9123, 31.0123, z)
    const tile = await tileOf(o, 'anonymous', `/tiles/public-mines/${z}/${x}/${y}.mvt`)
    const [f] = featuresOf(tile.bytes, 'public_mines')
    const [[p]] = f.loadGeometry()
    const [w, s, e, n] = tileBoundsLngLat({ z, x, y })
    const lng = w + ((e - w) * p.x) / f.extent
    // y in tile units runs south in Web Mercator; a linear read is within a tile unit here.
    const lat = n - ((n - s) * p.y) / f.extent
    expect(Math.abs(lng - 119.9123)).toBeLessThan(0.000005)
    expect(Math.abs(lat - 31.0123)).toBeLessThan(0.000005)
  })

  it('shows a newly assigned agency’s evaluators the mine at once (their cached tiles are dropped)', async () => {
    const path = areaTile(MINE_AT)
    expect((await tileOf(o, 'evaluatorOther', path)).status).toBe(204)
    expect((await tileOf(o, 'evaluatorOther', path)).cache).toBe('hit')
    const submit = await o.c.as('enterprise').post(`/api/mines/${o.w.mineId}/events/submit_self_assessment`, {
      recipients: ['county_land', 'county_environment'],
    })
    expect(submit.status).toBe(200)
    const assign = await assignDirectly(o.c.as('county'), o.c.as('province'), o.w.mineId, o.w.otherAgencyId)
    expect(assign.status).toBe(200)
    const after = await tileOf(o, 'evaluatorOther', path)
    expect(after.cache).toBe('miss')
    expect(idsIn(after.bytes, 'restoration', 'mine_id')).toEqual([o.w.mineId])
  })
})
