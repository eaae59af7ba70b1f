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
