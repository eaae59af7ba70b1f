import { describe, expect, it } from 'vitest'
import type { StatsRow } from '../api/schemas'
import { classify, classifyRows, median, resolveTargetRate } from './classing'

const row = (patch: Partial<StatsRow>): StatsRow => ({
  code: '330522',
  name: '长兴县',
  nameEn: 'Changxing',
  level: 'county',
  parentCode: '330500',
  mandatory: 20,
  inDirectory: 17,
  rate: 0.85,
  target: { year: 2019, kind: 'rate', value: 0.85, dueOn: '2019-12-31', source: 'annex' },
  inDirectoryTotal: 17,
  shortfall: 0,
  status: 'met',
  ...patch,
})

describe('classify (rate against the target rate)', () => {
  it('puts a county that meets its target in "met", even with rounding noise', () => {
    expect(classify(17 / 20, 0.85, 20)).toBe('met')
    expect(classify(1, 0.85, 20)).toBe('met')
  })

  it('grades shortfalls at 10 and 25 percentage points', () => {
    expect(classify(0.75, 0.85, 20)).toBe('within10')
    expect(classify(0.7499, 0.85, 20)).toBe('within25')
    expect(classify(0.6, 0.85, 20)).toBe('within25')
    expect(classify(0.59, 0.85, 20)).toBe('below')
    expect(classify(null, 1, 5)).toBe('below')
  })

  it('separates counties without 应建 mines and years without a target', () => {
    expect(classify(null, 0.85, 0)).toBe('noMandatory')
    expect(classify(0.5, null, 10)).toBe('noTarget')
  })
})

describe('resolveTargetRate', () => {
  it('uses a rate target as it is', () => {
    expect(resolveTargetRate(row({}))).toEqual({ rate: 0.85, implied: false })
  })

  it("turns the city's 2018 count target into a rate over the city's 应建 mines", () => {
    const county = row({ target: null, rate: 0.2 })
    const city = row({
      code: '330500',
      level: 'city',
      parentCode: '330000',
      mandatory: 48,
      target: { year: 2018, kind: 'count', value: 12, dueOn: '2018-12-31', source: 'annex' as const },
    })
    expect(resolveTargetRate(county, city)).toEqual({ rate: 0.25, implied: true })
    expect(classifyRows([county], [city]).get('330522')?.cls).toBe('within10')
  })

  it("grades a county's own 2018 count target by the count: met when enough mines are listed", () => {
    const target = { year: 2018, kind: 'count' as const, value: 5, dueOn: '2018-12-31', source: 'annex' as const }
    const behind = row({ mandatory: 22, inDirectory: 2, inDirectoryTotal: 2, rate: 2 / 22, target })
    expect(classifyRows([behind]).get('330522')).toMatchObject({ cls: 'within25', implied: true })
    expect(classifyRows([behind]).get('330522')!.targetRate).toBeCloseTo(5 / 22)
    // Five listed, one of them not 应建: the count is met although the 应建 rate is 4/22.
    const met = row({ mandatory: 22, inDirectory: 4, inDirectoryTotal: 5, rate: 4 / 22, target })
    expect(classifyRows([met]).get('330522')!.cls).toBe('met')
  })

  it('has no target when neither the county nor its city has one', () => {
    expect(resolveTargetRate(row({ target: null }))).toEqual({ rate: null, implied: false })
  })
})

describe('median', () => {
  it('ignores missing values and averages the middle pair', () => {
    expect(median([0.5, null, 0.9, 0.7])).toBeCloseTo(0.7)
    expect(median([0.2, 0.4, 0.6, 0.8])).toBeCloseTo(0.5)
    expect(median([])).toBeNull()
  })
})
