import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryAsOf } from '../testing/independent-count'
import { backends, type TestDb } from '../testing/test-db'
import { openDemoWorld } from '../testing/world'
import { knownAtEndOf } from './stats.queries'
import { regionStats } from './stats.service'

describe.each(backends)('R2 statistics from the demo history on $name PostGIS', (backend) => {
  let t: TestDb
  beforeAll(async () => {
    ;({ t } = await openDemoWorld(backend))
  })
  afterAll(() => t.drop())

  it.each(['2018-12-31', '2019-12-31', '2020-12-31'])(
    'R2: city rates as of %s equal an independent SQL count',
    async (asOf) => {
      const [stats, independent] = await Promise.all([
        regionStats(t.db, { asOf, level: 'city' }),
        entryAsOf(t.db, asOf),
      ])
      expect(
        stats.rows.map((r) => ({
          city: r.code,
          mandatory: r.mandatory,
          inDirectory: r.inDirectory,
          all: r.inDirectoryTotal,
        })),
      ).toEqual(
        independent.map((r) => ({
          city: r.city,
          mandatory: r.mandatory,
          inDirectory: r.entered_mandatory,
          all: r.in_directory,
        })),
      )
    },
  )

  it.each(['2018-06-30', '2019-12-31', '2020-12-31'])(
    'R3: the pipeline as of %s equals an independent count of states',
    async (asOf) => {
      const { rows } = await sql<{ state: string; n: number }>`
      select green_to as state, count(*)::int as n from (
        select distinct on (mine_id) mine_id, green_to from mine_event
        where occurred_on <= ${asOf}::date and green_to is not null
        order by mine_id, occurred_on desc, id desc) last
      group by green_to`.execute(t.db)
      const province = (await regionStats(t.db, { asOf, level: 'province' })).rows[0]
      const nonZero = Object.fromEntries(Object.entries(province.pipeline).filter(([, n]) => n > 0))
      expect(nonZero).toEqual(Object.fromEntries(rows.map((r) => [r.state, r.n])))
    },
  )

  it('R2: the province met the 2018 count, most cities 85 % in 2019, and ≈ 100 % in 2020', async () => {
    const p2018 = (await regionStats(t.db, { asOf: '2018-12-31', level: 'province' })).rows[0]
    expect(p2018.target).toMatchObject({ kind: 'count', value: 180 })
    expect(p2018.inDirectoryTotal).toBeGreaterThanOrEqual(171)
    const cities2019 = (await regionStats(t.db, { asOf: '2019-12-31', level: 'city' })).rows
    expect(cities2019.every((r) => r.target?.kind === 'rate' && r.target.value === 0.85)).toBe(true)
    const behind = cities2019.filter((r) => r.status === 'behind').map((r) => r.name)
    expect(behind.length).toBeGreaterThanOrEqual(1)
    expect(behind.length).toBeLessThanOrEqual(3)
    const p2020 = (await regionStats(t.db, { asOf: '2020-12-31', level: 'province' })).rows[0]
    expect(p2020.rate).toBeGreaterThanOrEqual(0.97)
  })

  it('R2: counties sum to their city and carry the targets cities set', async () => {
    const [cities, counties] = await Promise.all([
      regionStats(t.db, { asOf: '2019-12-31', level: 'city' }),
      regionStats(t.db, { asOf: '2019-12-31', level: 'county' }),
    ])
    expect(counties.rows).toHaveLength(89)
    for (const city of cities.rows) {
      const mine = counties.rows.filter((c) => c.parentCode === city.code)
      expect(mine.reduce((n, c) => n + c.mandatory, 0)).toBe(city.mandatory)
      expect(mine.reduce((n, c) => n + c.inDirectory, 0)).toBe(city.inDirectory)
      const pipeline = mine.reduce((n, c) => n + Object.values(c.pipeline).reduce((a, b) => a + b, 0), 0)
      expect(pipeline).toBe(Object.values(city.pipeline).reduce((a, b) => a + b, 0))
    }
    expect(counties.rows.some((c) => c.target?.source === 'city_split')).toBe(true)
  })

  it('R1: the scope policy is a parameter; ALT-3Y counts fewer mines as 应建', async () => {
    const [zj, alt] = await Promise.all([
      regionStats(t.db, { asOf: '2019-12-31', level: 'province' }),
      regionStats(t.db, { asOf: '2019-12-31', level: 'province', policyId: 'ALT-3Y' }),
    ])
    expect(alt.policyId).toBe('ALT-3Y')
    expect(alt.rows[0].mandatory).toBeLessThan(zj.rows[0].mandatory)
  })

  it('R3.3/R4: overdue and coming-due counts come from the history', async () => {
    const rows = (await regionStats(t.db, { asOf: '2019-06-30', level: 'province' })).rows
    expect(rows[0].overdue + rows[0].comingDue).toBeGreaterThan(0)
  })
  it('R7: two clocks: end-2020 figures as known at the end of 2019 are the end-2019 figures (each demo event is recorded on its date)', async () => {
    const [then, knownThen, now] = await Promise.all([
      regionStats(t.db, { asOf: '2019-12-31', level: 'city' }),
      regionStats(t.db, { asOf: '2020-12-31', level: 'city', knownAt: knownAtEndOf('2019-12-31') }),
      regionStats(t.db, { asOf: '2020-12-31', level: 'city' }),
    ])
    const figures = (r: typeof then) =>
      r.rows.map((row) => ({ code: row.code, all: row.inDirectoryTotal, pipeline: row.pipeline }))
    expect(figures(knownThen)).toEqual(figures(then))
    expect(figures(now)).not.toEqual(figures(then))
    expect(knownThen.knownAt).toBe('2019-12-31T23:59:59.999+08:00')
  })

  it('R7: as known before anything was recorded, every mine is in the state its history starts from', async () => {
    const { rows } = await regionStats(t.db, {
      asOf: '2020-12-31',
      level: 'province',
      knownAt: knownAtEndOf('2017-06-30'),
    })
    expect(rows[0].inDirectoryTotal).toBe(0)
    expect(rows[0].pipeline.building).toBe(Object.values(rows[0].pipeline).reduce((a, b) => a + b, 0))
  })
})
