import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectConforms } from '../testing/conforms'
import { backends } from '../testing/test-db'
import { countRows, openWorld } from '../testing/world'
import { CitySplit } from './targets.schemas'

type Opened = Awaited<ReturnType<typeof openWorld>>
const HUZHOU = '330500'

describe.each(backends)('R2 cities split their targets to counties ($name PostGIS)', (backend) => {
  let o: Opened
  const read = async (year: number) =>
    expectConforms(
      CitySplit,
      await (await o.c.as('city').get(`/api/targets/${year}/cities/${HUZHOU}`)).json(),
    )
  const split = (
    who: 'city' | 'county' | 'province',
    year: number,
    shares: { countyCode: string; value: number }[],
  ) => o.c.as(who).request('PUT', `/api/targets/${year}/cities/${HUZHOU}`, { shares })
  const errorOf = async (res: Response) =>
    ((await res.json()) as { error: { code: string; params: object } }).error
  const targetRows = () =>
    o.w.db.selectFrom('target').selectAll().orderBy('year').orderBy('region_code').execute()

  beforeAll(async () => {
    o = await openWorld(backend)
  })
  afterAll(() => o?.t.drop())

  it('R2: the city bureau splits its 2019 rate over all its counties, and the county figures use them', async () => {
    const before = await read(2019)
    expect(before.cityTarget).toMatchObject({ kind: 'rate', value: 0.85, source: 'annex' })
    expect(before.counties.every((c) => c.target?.source === 'inherited_from_city')).toBe(true)
    const shares = before.counties.map((c) => ({
      countyCode: c.code,
      value: c.code === '330522' ? 0.95 : 0.9,
    }))
    const res = await split('city', 2019, shares)
    expect(res.status).toBe(200)
    const after = expectConforms(CitySplit, await res.json())
    expect(after.counties.find((c) => c.code === '330522')).toMatchObject({
      target: { kind: 'rate', value: 0.95, source: 'city_split' },
      setBy: 'city',
    })
    const stats = (await (
      await o.c.as('leader').get('/api/stats?level=county&asOf=2019-12-31&region=330522')
    ).json()) as {
      rows: { target: { value: number; source: string } }[]
    }
    expect(stats.rows[0].target).toMatchObject({ value: 0.95, source: 'city_split' })
    const audit = await o.w.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toEqual({ action: 'target.split', object_id: `2019:${HUZHOU}` })
  })

  it("R2: only the city's own bureau may split, and only its own city", async () => {
    const { counties } = await read(2019)
    const shares = counties.map((c) => ({ countyCode: c.code, value: 1 }))
    expect((await split('county', 2019, shares)).status).toBe(403)
    expect((await split('province', 2019, shares)).status).toBe(403)
    const other = await o.c.as('city').request('PUT', '/api/targets/2019/cities/330100', { shares })
    expect(other.status).toBe(403)
    expect((await errorOf(other)).code).toBe('forbidden')
  })

  it('R2: a 2018 count split summing below the city target, or leaving out a county, is refused and nothing changes', async () => {
    const { cityTarget, counties } = await read(2018)
    expect(cityTarget?.kind).toBe('count')
    const even = (total: number) =>
      counties.map((c, i) => ({
        countyCode: c.code,
        value: Math.floor(total / counties.length) + (i < total % counties.length ? 1 : 0),
      }))
    const [rowsBefore, countsBefore] = [await targetRows(), await countRows(o.w.db)]
    const short = await split('city', 2018, even(cityTarget!.value - 1))
    expect(short.status).toBe(422)
    expect(await errorOf(short)).toMatchObject({
      code: 'R2.split_mismatch',
      params: { reason: 'count_below', cityTarget: cityTarget!.value, sum: cityTarget!.value - 1 },
    })
    const missing = await split('city', 2018, even(cityTarget!.value).slice(1))
    expect(await errorOf(missing)).toMatchObject({
      code: 'R2.split_mismatch',
      params: { reason: 'counties', missing: [counties[0].code] },
    })
    expect(await targetRows()).toEqual(rowsBefore)
    expect(await countRows(o.w.db)).toEqual(countsBefore)
    // At or above the city's count is accepted (a city may ask more of its counties).
    expect((await split('city', 2018, even(cityTarget!.value + 2))).status).toBe(200)
  })

  it("R7: a closed year's targets cannot be split again", async () => {
    expect((await o.c.as('province').post('/api/assessments/2019/close', {})).status).toBe(200)
    const { counties } = await read(2019)
    const res = await split(
      'city',
      2019,
      counties.map((c) => ({ countyCode: c.code, value: 1 })),
    )
    expect(res.status).toBe(422)
    expect((await errorOf(res)).code).toBe('R7.year_closed')
    expect((await read(2019)).closed).toBe(true)
  })
})
