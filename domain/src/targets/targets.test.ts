import { describe, expect, it } from 'vitest'
import { parseAnnexCsv, parseAnnexRecord, parseRate, PROVINCE_TARGET_COUNT_2018 } from './annex'
import { buildTargetBook, targetFor, targetYearOf } from './target-book'
import { splitTargetCount } from './split'
import { entryRate, tallyEntry, targetStatus } from './rates'

// The seed's annex (附件), as the CSV would hold it.
const ANNEX_CSV = `city_code,city_name,producing_2017,under_construction_2017,target_count_2018,target_rate_2019,target_rate_2020
330100,杭州市,54,12,24,85%,100%
330200,宁波市,70,7,22,85%,100%
330300,温州市,55,10,17,85%,100%
330400,嘉兴市,3,0,0,85%,100%
330500,湖州市,49,4,12,85%,100%
330600,绍兴市,29,4,13,85%,100%
330700,金华市,49,4,20,85%,100%
330800,衢州市,52,10,16,85%,100%
330900,舟山市,35,4,10,85%,100%
331000,台州市,76,10,24,85%,100%
331100,丽水市,54,27,22,85%,100%`

describe('R2 targets', () => {
  const annex = parseAnnexCsv(ANNEX_CSV)

  it('R2: the annex sums to 526 producing, 92 under construction and 180 mines for 2018', () => {
    expect(annex.reduce((s, r) => s + r.producing2017, 0)).toBe(526)
    expect(annex.reduce((s, r) => s + r.underConstruction2017, 0)).toBe(92)
    expect(annex.reduce((s, r) => s + r.targetCount2018, 0)).toBe(PROVINCE_TARGET_COUNT_2018)
  })

  it('R2: rates are read as 85%, 85 or 0.85', () => {
    expect(parseRate('85%')).toBe(0.85)
    expect(parseRate('85')).toBe(0.85)
    expect(parseRate(0.85)).toBe(0.85)
    expect(() => parseRate('150%')).toThrow(expect.objectContaining({ code: 'R2.invalid_target' }))
    expect(() => parseAnnexRecord({ city_code: '330000' })).toThrow(
      expect.objectContaining({ code: 'R2.invalid_target' }),
    )
  })

  it('R2: the annex CSV is read by one parser that refuses a malformed cell', () => {
    const header = ANNEX_CSV.split('\n')[0]
    expect(parseAnnexCsv(`${header}\r\n330500,湖州市,49,4,12,0.85,1\r\n`)).toEqual([
      {
        cityCode: '330500',
        cityName: '湖州市',
        producing2017: 49,
        underConstruction2017: 4,
        targetCount2018: 12,
        targetRate2019: 0.85,
        targetRate2020: 1,
      },
    ])
    expect(() => parseAnnexCsv(`${header}\n330500,湖州市,x,4,12,0.85,1`)).toThrow(
      expect.objectContaining({
        code: 'R2.invalid_target',
        refusal: { code: 'R2.invalid_target', reason: 'annex', field: 'producing_2017', value: 'x' },
      }),
    )
  })

  it('R2: a date is measured against its own year, and after 2020 against the 2020 goal', () => {
    expect(targetYearOf('2018-06-30')).toBe(2018)
    expect(targetYearOf('2020-12-31')).toBe(2020)
    expect(targetYearOf('2026-11-30')).toBe(2020)
  })

  it('R2: targetFor gives province, city and county targets per year', () => {
    const book = buildTargetBook(annex, [{ countyCode: '330521', year: 2018, kind: 'count', value: 5 }])
    expect(targetFor(book, 'province', '330000', 2018)).toMatchObject({
      kind: 'count',
      value: 180,
      dueOn: '2018-12-31',
    })
    expect(targetFor(book, 'province', '330000', 2019)).toMatchObject({ kind: 'rate', value: 0.85 })
    expect(targetFor(book, 'city', '330100', 2018)).toMatchObject({
      kind: 'count',
      value: 24,
      source: 'annex',
    })
    expect(targetFor(book, 'city', '330500', 2020)).toMatchObject({ kind: 'rate', value: 1 })
    expect(targetFor(book, 'county', '330521', 2018)).toMatchObject({
      kind: 'count',
      value: 5,
      source: 'city_split',
    })
    expect(targetFor(book, 'county', '330521', 2019)).toMatchObject({
      kind: 'rate',
      value: 0.85,
      source: 'inherited_from_city',
    })
    expect(targetFor(book, 'county', '330522', 2018)).toBeNull()
    expect(targetFor(book, 'city', '330100', 2021)).toBeNull()
  })

  it('R2: a city target splits over counties in proportion to 应建 counts and sums exactly', () => {
    const shares = splitTargetCount(24, [
      { countyCode: '330122', mandatory: 10 },
      { countyCode: '330127', mandatory: 7 },
      { countyCode: '330182', mandatory: 7 },
      { countyCode: '330185', mandatory: 5 },
    ])
    // Exact shares 8.276, 5.793, 5.793, 4.138: the two largest remainders get the two spare mines.
    expect(shares).toEqual([
      { countyCode: '330122', target: 8 },
      { countyCode: '330127', target: 6 },
      { countyCode: '330182', target: 6 },
      { countyCode: '330185', target: 4 },
    ])
    expect(shares.reduce((s, c) => s + c.target, 0)).toBe(24)
  })

  it('R2: splitting is exact for awkward totals and refuses when no county has mines', () => {
    const counties = [1, 1, 1].map((m, i) => ({ countyCode: `33110${i + 1}`, mandatory: m }))
    expect(splitTargetCount(2, counties).map((c) => c.target)).toEqual([1, 1, 0])
    expect(splitTargetCount(0, [{ countyCode: '330401', mandatory: 0 }])).toEqual([
      { countyCode: '330401', target: 0 },
    ])
    expect(() => splitTargetCount(3, [{ countyCode: '330401', mandatory: 0 }])).toThrow(
      expect.objectContaining({ code: 'R2.cannot_split' }),
    )
  })

  it('R2: entry rate and status against the target', () => {
    expect(entryRate(17, 20)).toBe(0.85)
    expect(entryRate(0, 0)).toBeNull()
    const rate85 = targetFor(buildTargetBook(annex), 'city', '330100', 2019)
    expect(targetStatus(rate85, { inDirectory: 17, mandatory: 20 })).toMatchObject({
      status: 'met',
      shortfall: 0,
    })
    expect(targetStatus(rate85, { inDirectory: 16, mandatory: 20 })).toMatchObject({
      status: 'behind',
      shortfall: 1,
    })
    const count24 = targetFor(buildTargetBook(annex), 'city', '330100', 2018)
    expect(targetStatus(count24, { inDirectory: 20, mandatory: 60, inDirectoryTotal: 24 })).toMatchObject({
      status: 'met',
    })
    expect(targetStatus(null, { inDirectory: 1, mandatory: 2 })).toMatchObject({
      status: 'no_target',
      rate: 0.5,
    })
  })

  it('R2: tallies roll counties up to cities and the province, counting only 应建 mines in the rate', () => {
    const items = [
      { countyCode: '330521', mandatory: true, inDirectory: true },
      { countyCode: '330521', mandatory: true, inDirectory: false },
      { countyCode: '330522', mandatory: false, inDirectory: true },
      { countyCode: '330102', mandatory: true, inDirectory: true },
    ]
    expect(tallyEntry(items, 'city')).toEqual([
      { code: '330100', mandatory: 1, inDirectory: 1, inDirectoryTotal: 1, rate: 1 },
      { code: '330500', mandatory: 2, inDirectory: 1, inDirectoryTotal: 2, rate: 0.5 },
    ])
    expect(tallyEntry(items, 'province')).toEqual([
      { code: '330000', mandatory: 3, inDirectory: 2, inDirectoryTotal: 3, rate: 2 / 3 },
    ])
  })
})
