// Choropleth classes: a county's entry rate against the rate its year's target asks for.
import type { StatsRow } from '../api/schemas'
import type { MessageKey } from '../i18n/dict'

export const RATE_CLASSES = ['met', 'within10', 'within25', 'below', 'noTarget', 'noMandatory'] as const
export type RateClass = (typeof RATE_CLASSES)[number]

type Rgb = [r: number, g: number, b: number]

/** Green for met, through amber, to red for far behind; greys for "not applicable". */
export const RATE_CLASS_COLORS: Readonly<Record<RateClass, Rgb>> = {
  met: [26, 152, 80],
  within10: [145, 207, 96],
  within25: [253, 174, 97],
  below: [215, 48, 39],
  noTarget: [176, 190, 204],
  noMandatory: [236, 236, 236],
}

export const RATE_CLASS_LABELS: Readonly<Record<RateClass, MessageKey>> = {
  met: 'clsMet',
  within10: 'clsWithin10',
  within25: 'clsWithin25',
  below: 'clsBelow',
  noTarget: 'clsNoTarget',
  noMandatory: 'clsNoMandatory',
}

export const rgbCss = ([r, g, b]: Rgb, alpha = 1) =>
  alpha === 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`

/** Rounding noise (17/20 vs 0.85) must not push a county out of "met". */
const EPSILON = 1e-9

/**
 * The class of a rate against a target rate, in percentage points short:
 * met (≥ target), within 10, within 25, below; no target; no 应建 mines at all.
 */
export function classify(rate: number | null, targetRate: number | null, mandatory: number): RateClass {
  if (!(mandatory > 0)) return 'noMandatory'
  if (targetRate === null) return 'noTarget'
  const short = targetRate - (rate ?? 0)
  if (short <= EPSILON) return 'met'
  if (short <= 0.1 + EPSILON) return 'within10'
  if (short <= 0.25 + EPSILON) return 'within25'
  return 'below'
}

export interface ResolvedTarget {
  rate: number | null
  /** True when a count target (2018) was turned into a rate over the region's 应建 mines. */
  implied: boolean
}

/**
 * The rate a row's target asks for. A rate target is used as is; a count target (2018, set for
 * cities) becomes count ÷ 应建 of the region that holds it — the county's own, else its city's.
 */
export function resolveTargetRate(row: StatsRow, parent?: StatsRow): ResolvedTarget {
  if (row.target?.kind === 'rate') return { rate: row.target.value, implied: false }
  const holder = row.target?.kind === 'count' ? row : parent?.target?.kind === 'count' ? parent : undefined
  if (holder?.target && holder.mandatory > 0) {
    return { rate: Math.min(1, holder.target.value / holder.mandatory), implied: true }
  }
  return { rate: null, implied: false }
}

export interface ClassedRow {
  row: StatsRow
  cls: RateClass
  targetRate: number | null
  implied: boolean
}

/**
 * One region's class. A region holding its own count target (2018) meets it by the count — every
 * directory mine counts, 应建 or not — and is otherwise graded by the implied rate, never as "met".
 */
export function classifyRow(row: StatsRow, parent?: StatsRow): ClassedRow {
  const target = resolveTargetRate(row, parent)
  let cls = classify(row.rate, target.rate, row.mandatory)
  if (row.target?.kind === 'count' && cls !== 'noMandatory') {
    if ((row.inDirectoryTotal ?? row.inDirectory) >= row.target.value) cls = 'met'
    else if (cls === 'met') cls = 'within10'
  }
  return { row, cls, targetRate: target.rate, implied: target.implied }
}

/** Classes every row, with the parent rows supplying count targets the rows do not hold themselves. */
export function classifyRows(
  rows: readonly StatsRow[],
  parents: readonly StatsRow[] = [],
): Map<string, ClassedRow> {
  const parentByCode = new Map(parents.map((p) => [p.code, p]))
  return new Map(
    rows.map((row) => [
      row.code,
      classifyRow(row, row.parentCode ? parentByCode.get(row.parentCode) : undefined),
    ]),
  )
}

/** The median of the defined values (null when there are none). */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const xs = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b)
  if (xs.length === 0) return null
  const mid = xs.length >> 1
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2
}
