// §3 目标任务 + §5.2 分解任务指标: which target applies to a province, city or county in a year.
import type { IsoDate } from '../dates'
import { RuleError } from '../errors'
import {
  PROVINCE_TARGET_COUNT_2018,
  PROVINCE_TARGET_RATE_2019,
  PROVINCE_TARGET_RATE_2020,
  type AnnexRow,
} from './annex'
import { cityCodeOf, PROVINCE_CODE, type RegionLevel } from '../regions/region-codes'

/** The action's last target year (§3(二)1(3): 100% by end 2020). */
export const LAST_TARGET_YEAR = 2020

/** The year whose target a date is measured against: its own, or 2020 for any later date. */
export function targetYearOf(asOf: IsoDate): number {
  return Math.min(Number(asOf.slice(0, 4)), LAST_TARGET_YEAR)
}

/** A count of mines in the directory, or a share of 应建 mines, due at the end of `year`. */
export type Target =
  | { kind: 'count'; value: number; year: number; dueOn: IsoDate; source: TargetSource }
  | { kind: 'rate'; value: number; year: number; dueOn: IsoDate; source: TargetSource }

/** Where a target came from: the seed, the annex, a city's split, or inherited from the city. */
export type TargetSource = 'seed' | 'annex' | 'city_split' | 'inherited_from_city'

/** A county target a city has set (§5.2). */
export interface CountyTarget {
  countyCode: string
  year: number
  kind: 'count' | 'rate'
  value: number
}

export interface TargetBook {
  annex: readonly AnnexRow[]
  countyTargets: readonly CountyTarget[]
}

export function buildTargetBook(
  annex: readonly AnnexRow[],
  countyTargets: readonly CountyTarget[] = [],
): TargetBook {
  for (const t of countyTargets) {
    const invalid =
      t.kind === 'rate' ? !(t.value >= 0 && t.value <= 1) : !(Number.isInteger(t.value) && t.value >= 0)
    if (invalid) {
      throw new RuleError({
        code: 'R2.invalid_target',
        reason: 'county',
        countyCode: t.countyCode,
        year: t.year,
        kind: t.kind,
        value: t.value,
      })
    }
  }
  return { annex, countyTargets }
}

const endOf = (year: number): IsoDate => `${year}-12-31`

function target(kind: 'count' | 'rate', value: number, year: number, source: TargetSource): Target {
  return { kind, value, year, dueOn: endOf(year), source }
}

function annexTarget(row: AnnexRow, year: number): Target | null {
  if (year === 2018) return target('count', row.targetCount2018, year, 'annex')
  if (year === 2019) return target('rate', row.targetRate2019, year, 'annex')
  if (year === 2020) return target('rate', row.targetRate2020, year, 'annex')
  return null
}

/** The target due at the end of `year` for a region; null when none was set. */
interface BookIndex {
  annex: Map<string, AnnexRow>
  county: Map<string, CountyTarget>
}
// Lookups by code, built once per book: every county of a national table asks (2,900 × a scan was 0.1–0.4 s).
const bookIndexes = new WeakMap<TargetBook, BookIndex>()

function indexOf(book: TargetBook): BookIndex {
  let index = bookIndexes.get(book)
  if (!index) {
    index = { annex: new Map(), county: new Map() }
    // The first row of a code wins, as a search from the start would find it.
    for (const row of book.annex) if (!index.annex.has(row.cityCode)) index.annex.set(row.cityCode, row)
    for (const t of book.countyTargets) {
      const key = `${t.countyCode}/${t.year}`
      if (!index.county.has(key)) index.county.set(key, t)
    }
    bookIndexes.set(book, index)
  }
  return index
}

export function targetFor(book: TargetBook, level: RegionLevel, code: string, year: number): Target | null {
  if (level === 'province') {
    if (code !== PROVINCE_CODE) return null
    if (year === 2018) return target('count', PROVINCE_TARGET_COUNT_2018, year, 'seed')
    if (year === 2019) return target('rate', PROVINCE_TARGET_RATE_2019, year, 'seed')
    if (year === 2020) return target('rate', PROVINCE_TARGET_RATE_2020, year, 'seed')
    return null
  }
  const index = indexOf(book)
  if (level === 'city') {
    const row = index.annex.get(code)
    return row ? annexTarget(row, year) : null
  }
  const own = index.county.get(`${code}/${year}`)
  if (own) return target(own.kind, own.value, year, 'city_split')
  // A rate applies "in every city" (§3); a county without its own rate inherits its city's.
  const row = index.annex.get(cityCodeOf(code))
  const cityTarget = row ? annexTarget(row, year) : null
  return cityTarget?.kind === 'rate' ? { ...cityTarget, source: 'inherited_from_city' } : null
}
