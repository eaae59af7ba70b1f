import { describe, expect, it } from 'vitest'
import type { RuleError } from '../errors'
import { checkCountySplit, type CountySplitShare } from './split'

const HUZHOU = ['330502', '330503', '330521', '330522', '330523']
const shares = (...values: number[]): CountySplitShare[] =>
  values.map((value, i) => ({ countyCode: HUZHOU[i], value }))
const check = (cityTarget: { kind: 'count' | 'rate'; value: number } | null, s: CountySplitShare[]) =>
  checkCountySplit({ cityCode: '330500', year: 2019, cityTarget, countyCodes: HUZHOU, shares: s })
const refusal = (f: () => void): Record<string, unknown> => {
  try {
    f()
  } catch (e) {
    return { ...(e as RuleError).refusal }
  }
  throw new Error('not refused')
}

describe('R2 a city splits its target over its counties (§5.2 分解任务指标)', () => {
  it('R2: a count split must sum to at least the city target, in whole mines', () => {
    const count = { kind: 'count', value: 12 } as const
    expect(() => check(count, shares(2, 2, 3, 3, 2))).not.toThrow()
    expect(() => check(count, shares(3, 3, 3, 3, 3))).not.toThrow()
    expect(refusal(() => check(count, shares(2, 2, 3, 3, 1)))).toEqual({
      code: 'R2.split_mismatch',
      reason: 'count_below',
      year: 2019,
      cityTarget: 12,
      sum: 11,
    })
    expect(refusal(() => check(count, shares(2, 2, 3, 3.5, 2))).reason).toBe('not_whole')
    expect(refusal(() => check(count, shares(2, 2, 3, -3, 10))).reason).toBe('not_whole')
  })

  it('R2: a rate split gives no county less than the city rate, and stays within 0..1', () => {
    const rate = { kind: 'rate', value: 0.85 } as const
    expect(() => check(rate, shares(0.85, 0.9, 0.85, 1, 0.85))).not.toThrow()
    expect(refusal(() => check(rate, shares(0.85, 0.84, 0.85, 1, 0.85)))).toEqual({
      code: 'R2.split_mismatch',
      reason: 'rate_below',
      year: 2019,
      cityRate: 0.85,
      countyCode: '330503',
      value: 0.84,
    })
    expect(refusal(() => check(rate, shares(0.85, 1.2, 0.85, 1, 0.85))).reason).toBe('rate_range')
  })

  it('R2: every county of the city, once, and no other region', () => {
    const rate = { kind: 'rate', value: 0.85 } as const
    const fourOnly = shares(0.9, 0.9, 0.9, 0.9)
    expect(refusal(() => check(rate, fourOnly))).toEqual({
      code: 'R2.split_mismatch',
      reason: 'counties',
      cityCode: '330500',
      missing: ['330523'],
      unknown: [],
    })
    const foreign = [...fourOnly, { countyCode: '330102', value: 0.9 }]
    expect(refusal(() => check(rate, foreign))).toMatchObject({ missing: ['330523'], unknown: ['330102'] })
    const twice = [...shares(0.9, 0.9, 0.9, 0.9, 0.9), { countyCode: '330522', value: 0.9 }]
    expect(refusal(() => check(rate, twice))).toMatchObject({ missing: [], unknown: ['330522'] })
  })

  it('R2: a year without a city target cannot be split', () => {
    expect(refusal(() => check(null, shares(1, 1, 1, 1, 1)))).toEqual({
      code: 'R2.split_mismatch',
      reason: 'no_city_target',
      cityCode: '330500',
      year: 2019,
    })
  })
})
