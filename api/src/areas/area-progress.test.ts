// GET /api/areas/progress against the real app and a real PostGIS: as of a date from the version
// history, checked against the mine pages and straight SQL, and only over mines the user may see.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app'
import type { Db } from '../db/database'
import { DEMO_PASSWORD } from '../seed/demo-accounts'
import { squareRing } from '../testing/shapes'
import { referenceDb } from '../testing/schema-template'
import { backends, type TestDb } from '../testing/test-db'
import { buildWorld, openDemoWorld, signIn, type Client, type World } from '../testing/world'

interface Figures {
  areas: number
  completedAreas: number
  hectares: number
  completedHectares: number
}
interface County {
  code: string
  name: string
  restoration: Figures
  reclamation: Figures
}
interface Progress {
  region: string
  asOf: string
  counties: County[]
  total: { restoration: Figures; reclamation: Figures }
}

const square = (lng: number, lat: number, d = 0.001) => ({
  type: 'Polygon',
  coordinates: [squareRing([lng, lat], d)],
})

/** An area with a history written straight into the tables (stamps in Zhejiang time). */
async function areaWithHistory(
  db: Db,
  mineId: number,
  kind: 'restoration' | 'reclamation',
  areaM2: number,
  history: { at: string; change: 'create' | 'update' | 'delete'; progress: string }[],
) {
  const last = history.at(-1)!
  const geom = JSON.stringify({ type: 'MultiPolygon', coordinates: [square(119.9, 30.55).coordinates] })
  const { rows } = await sql<{ id: number }>`
    insert into mine_area (mine_id, kind, name, geom, area_m2, progress, version, created_at, updated_at, deleted_at)
    values (${mineId}, ${kind}, 'history', st_geomfromgeojson(${geom}), ${areaM2}, ${last.progress}, ${history.length},
      ${history[0]!.at}::timestamptz, ${last.at}::timestamptz,
      ${last.change === 'delete' ? last.at : null}::timestamptz)
    returning id`.execute(db)
  const id = rows[0]!.id
  for (const [i, v] of history.entries()) {
    const attrs = { kind, progress: v.progress, areaM2, ...(v.change === 'delete' ? { deleted: true } : {}) }
    await sql`
      insert into mine_area_version (area_id, version, change, geom, attrs, changed_at)
      select id, ${i + 1}, ${v.change}, geom, ${JSON.stringify(attrs)}::jsonb, ${v.at}::timestamptz
      from mine_area where id = ${id}`.execute(db)
  }
}

describe.each(backends)('area progress per county ($name PostGIS)', (backend) => {
  let t: TestDb
  let w: World
  let as: Record<string, Awaited<ReturnType<typeof signIn>>>
  const progress = async (who: string, query: string) => {
    const res = await as[who]!.get(`/api/areas/progress?${query}`)
    return { status: res.status, body: (await res.json()) as Progress & { error?: { code: string } } }
  }
  const county = (p: Progress, code: string) => p.counties.find((c) => c.code === code)

  beforeAll(async () => {
    t = await referenceDb(backend)
    w = await buildWorld(t)
    as = {}
    for (const who of ['planner', 'county', 'othercounty', 'city', 'province', 'enterprise'])
      as[who] = await signIn(w.app, who)
    // 长兴 (330522): drawn through the API today inside the mine's footprint — one planned, one completed, one deleted.
    const draw = async (kind: string, lng: number) => {
      const res = await as.planner!.post(`/api/mines/${w.mineId}/areas`, {
        kind,
        name: `${kind} ${lng}`,
        geometry: square(lng, 30.998),
      })
      expect(res.status).toBe(201)
      return ((await res.json()) as { id: number }).id
    }
    await draw('restoration', 119.898)
    const done = await draw('reclamation', 119.899)
    const put = await as.planner!.request('PUT', `/api/areas/${done}`, { version: 1, progress: 'completed' })
    expect(put.status).toBe(200)
    const gone = await draw('restoration', 119.9)
    const del = await as.planner!.request('DELETE', `/api/areas/${gone}?version=1`)
    expect(del.status).toBe(204)
    // 德清 (330521): a history over 2019–2021.
    await areaWithHistory(t.db, w.otherMineId, 'restoration', 20_000, [
      { at: '2019-03-01T10:00:00+08:00', change: 'create', progress: 'planned' },
      { at: '2020-05-01T10:00:00+08:00', change: 'update', progress: 'completed' },
    ])
    await areaWithHistory(t.db, w.otherMineId, 'reclamation', 5_000, [
      { at: '2019-06-01T10:00:00+08:00', change: 'create', progress: 'in_progress' },
      { at: '2020-02-01T10:00:00+08:00', change: 'delete', progress: 'in_progress' },
    ])
    // 00:30 on New Year's Day in Zhejiang is still 2020-12-31 in UTC: it belongs to 2021.
    await areaWithHistory(t.db, w.otherMineId, 'reclamation', 8_000, [
      { at: '2021-01-01T00:30:00+08:00', change: 'create', progress: 'completed' },
    ])
  }, 120_000)
  afterAll(() => t.drop())

  it('as of today equals the sums over each mine’s page and a direct count of the live areas', async () => {
    const { status, body } = await progress('province', 'region=330500')
    expect(status).toBe(200)
    expect(body.counties.map((c) => c.code)).toEqual(['330521', '330522'])
    for (const mineId of [w.mineId, w.otherMineId]) {
      const mine = (await (await as.province!.get(`/api/mines/${mineId}`)).json()) as {
        countyCode: string
        areas: { kind: string; progress: string; count: number; areaM2: number }[]
      }
      const c = county(body, mine.countyCode)!
      for (const kind of ['restoration', 'reclamation'] as const) {
        const rows = mine.areas.filter((a) => a.kind === kind)
        const done = rows.filter((a) => a.progress === 'completed')
        const sum = (xs: typeof rows, f: (a: (typeof rows)[number]) => number) =>
          xs.reduce((s, a) => s + f(a), 0)
        expect(c[kind].areas).toBe(sum(rows, (a) => Number(a.count)))
        expect(c[kind].completedAreas).toBe(sum(done, (a) => Number(a.count)))
        expect(c[kind].hectares).toBeCloseTo(sum(rows, (a) => Number(a.areaM2)) / 10_000, 6)
        expect(c[kind].completedHectares).toBeCloseTo(sum(done, (a) => Number(a.areaM2)) / 10_000, 6)
      }
    }
    const { rows } = await sql<{ kind: string; n: number; m2: number }>`
      select kind, count(*)::int as n, sum(area_m2)::float8 as m2 from mine_area
      where deleted_at is null and kind <> 'footprint' group by kind order by kind`.execute(t.db)
    const direct = Object.fromEntries(rows.map((r) => [r.kind, r]))
    expect(body.total.reclamation.areas).toBe(direct.reclamation!.n)
    expect(body.total.restoration.areas).toBe(direct.restoration!.n)
    expect(body.total.restoration.hectares).toBeCloseTo(direct.restoration!.m2 / 10_000, 6)
    // The deleted one is gone, the completed one counts; 长兴 has one of each kind live.
    expect(county(body, '330522')).toMatchObject({
      restoration: { areas: 1, completedAreas: 0 },
      reclamation: { areas: 1, completedAreas: 1 },
    })
  })

  it('reads each area as its history stood on the date (Zhejiang dates)', async () => {
    const at = async (asOf: string) =>
      county((await progress('province', `region=330521&asOf=${asOf}`)).body, '330521')
    expect(await at('2019-01-01')).toMatchObject({
      restoration: { areas: 0, completedAreas: 0, hectares: 0 },
      reclamation: { areas: 0 },
    })
    expect(await at('2019-12-31')).toMatchObject({
      restoration: { areas: 1, completedAreas: 0, hectares: 2 },
      reclamation: { areas: 1, completedAreas: 0, hectares: 0.5 },
    })
    expect(await at('2020-12-31')).toMatchObject({
      restoration: { areas: 1, completedAreas: 1, completedHectares: 2 },
      reclamation: { areas: 0, hectares: 0 },
    })
    expect(await at('2021-01-01')).toMatchObject({
      reclamation: { areas: 1, completedAreas: 1, hectares: 0.8, completedHectares: 0.8 },
    })
  })

  it('answers only for the mines the user may see', async () => {
    const codes = async (who: string, region: string) =>
      (await progress(who, `region=${region}`)).body.counties.map((c) => c.code)
    expect(await codes('county', '330500')).toEqual(['330522'])
    expect(await codes('othercounty', '330500')).toEqual(['330521'])
    expect(await codes('county', '330521')).toEqual([])
    expect(await codes('city', '330500')).toEqual(['330521', '330522'])
    expect(await codes('enterprise', '330000')).toEqual(['330522'])
    const own = (await progress('county', 'region=330500')).body
    expect(own.total.restoration).toEqual(county(own, '330522')!.restoration)
  })

  it('refuses a malformed or unknown region, and the public', async () => {
    expect((await progress('city', 'region=huzhou')).body.error?.code).toBe('invalid_input')
    expect((await progress('city', 'region=330500&asOf=31.12.2020')).status).toBe(400)
    const unknown = await progress('city', 'region=339999')
    expect(unknown.status).toBe(400)
    expect(unknown.body.error?.code).toBe('unknown_region')
    expect((await progress('city', '')).status).toBe(400)
    expect((await w.app.request('/api/areas/progress?region=330500')).status).toBe(401)
  })
})

describe.each(backends)('area progress on the demo data ($name PostGIS)', (backend) => {
  let t: TestDb
  let app: App
  let huzhou: Client

  beforeAll(async () => {
    ;({ t, app } = await openDemoWorld(backend))
    huzhou = await signIn(app, 'city.huzhou', DEMO_PASSWORD)
  }, 300_000)
  afterAll(() => t.drop())

  it('gives Huzhou today what its mines’ pages add up to, and less completed at the end of 2018', async () => {
    const get = async (path: string) => (await huzhou.get(path)).json()
    const today = (await get('/api/areas/progress?region=330500')) as Progress
    const withMines = await sql<{ code: string }>`
      select distinct county_code as code from mine where county_code like '3305%' order by 1`.execute(t.db)
    expect(today.counties.map((c) => c.code)).toEqual(withMines.rows.map((r) => r.code))
    const { rows } = await sql<{ kind: string; m2: number; done_m2: number; n: number }>`
      select a.kind, sum(a.area_m2)::float8 as m2, count(*)::int as n,
        coalesce(sum(a.area_m2) filter (where a.progress = 'completed'), 0)::float8 as done_m2
      from mine_area a join mine m on m.id = a.mine_id
      where a.deleted_at is null and a.kind <> 'footprint' and m.county_code like '3305%'
      group by a.kind`.execute(t.db)
    for (const r of rows) {
      const total = today.total[r.kind as 'restoration' | 'reclamation']
      expect(total.areas).toBe(r.n)
      expect(total.hectares).toBeCloseTo(r.m2 / 10_000, 4)
      expect(total.completedHectares).toBeCloseTo(r.done_m2 / 10_000, 4)
    }
    const then = (await get('/api/areas/progress?region=330500&asOf=2018-12-31')) as Progress
    expect(then.total.restoration.completedHectares).toBeLessThan(today.total.restoration.completedHectares)
    expect(then.total.restoration.areas).toBeLessThanOrEqual(today.total.restoration.areas)
  })
})
