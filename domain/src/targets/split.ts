// §5.2 分解任务指标: a city splits its count target over its counties.
import { RuleError } from '../errors'

export interface CountyWeight {
  countyCode: string
  /** Number of 应建 mines in the county (the weight). */
  mandatory: number
}

export interface CountyShare {
  countyCode: string
  target: number
}

/**
 * Splits `total` over counties in proportion to their 应建 counts by the largest-remainder method;
 * the shares sum exactly to `total`. Ties go to the larger county, then to the lower code.
 */
export function splitTargetCount(total: number, counties: readonly CountyWeight[]): CountyShare[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new RuleError({ code: 'R2.invalid_target', reason: 'not_whole', total })
  }
  const weightSum = counties.reduce((sum, c) => sum + c.mandatory, 0)
  if (counties.some((c) => !Number.isInteger(c.mandatory) || c.mandatory < 0)) {
    throw new RuleError({ code: 'R2.cannot_split', reason: 'weights' })
  }
  if (total > 0 && weightSum === 0) {
    throw new RuleError({ code: 'R2.cannot_split', reason: 'nothing_in_scope', total })
  }
  const rows = counties.map((c) => {
    const exact = weightSum === 0 ? 0 : (total * c.mandatory) / weightSum
    return { ...c, floor: Math.floor(exact), remainder: exact - Math.floor(exact) }
  })
  let left = total - rows.reduce((sum, r) => sum + r.floor, 0)
  const order = [...rows].sort(
    (a, b) =>
      b.remainder - a.remainder || b.mandatory - a.mandatory || a.countyCode.localeCompare(b.countyCode),
  )
  const extra = new Set<string>()
  for (const r of order) {
    if (left <= 0) break
    extra.add(r.countyCode)
    left -= 1
  }
  return rows.map((r) => ({ countyCode: r.countyCode, target: r.floor + (extra.has(r.countyCode) ? 1 : 0) }))
}

/** A county's share of its city's target as a city sets it: a count of mines or a rate 0..1. */
export interface CountySplitShare {
  countyCode: string
  value: number
}

/**
 * §5.2 分解任务指标: checks a city's split of its target over its counties. Every county of the
 * city gets a share and no other region does; a count target is split into whole counts summing
 * to at least the city's count; a rate target into rates 0..1, none below the city's rate (so
 * counties meeting theirs make the city meet its own). A city may ask more of its counties, as
 * Huzhou, the demonstration zone, does; never less.
 */
export function checkCountySplit(split: {
  cityCode: string
  year: number
  cityTarget: { kind: 'count' | 'rate'; value: number } | null
  countyCodes: readonly string[]
  shares: readonly CountySplitShare[]
}): void {
  const { cityCode, year, cityTarget, countyCodes, shares } = split
  if (!cityTarget)
    throw new RuleError({ code: 'R2.split_mismatch', reason: 'no_city_target', cityCode, year })
  const named = shares.map((s) => s.countyCode)
  const missing = countyCodes.filter((c) => !named.includes(c))
  const unknown = named.filter((c, i) => !countyCodes.includes(c) || named.indexOf(c) !== i)
  if (missing.length || unknown.length) {
    throw new RuleError({ code: 'R2.split_mismatch', reason: 'counties', cityCode, missing, unknown })
  }
  if (cityTarget.kind === 'count') {
    const bad = shares.find((s) => !Number.isInteger(s.value) || s.value < 0)
    if (bad) throw new RuleError({ code: 'R2.split_mismatch', reason: 'not_whole', ...bad })
    const sum = shares.reduce((total, s) => total + s.value, 0)
    if (sum < cityTarget.value) {
      throw new RuleError({
        code: 'R2.split_mismatch',
        reason: 'count_below',
        year,
        cityTarget: cityTarget.value,
        sum,
      })
    }
    return
  }
  const outside = shares.find((s) => !(s.value >= 0 && s.value <= 1))
  if (outside) throw new RuleError({ code: 'R2.split_mismatch', reason: 'rate_range', ...outside })
  const below = shares.find((s) => s.value < cityTarget.value)
  if (below) {
    throw new RuleError({
      code: 'R2.split_mismatch',
      reason: 'rate_below',
      year,
      cityRate: cityTarget.value,
      ...below,
    })
  }
}
