// §3 目标任务 + §5.2 考核: how far a region stands from its year's target, graded into the classes
// the map, the tables and the dashboard show (colours and labels are the web app's).

export const RATE_CLASSES = ['met', 'within10', 'within25', 'below', 'noTarget', 'noMandatory'] as const
export type RateClass = (typeof RATE_CLASSES)[number]

/** Rounding noise (17/20 vs 0.85) must not push a region out of "met". */
const EPSILON = 1e-9

/**
 * The class of a rate against a target rate, in percentage points short:
 * met (≥ target), within 10, within 25, below; no target; no 应建 mines at all.
 */
export function classifyRate(rate: number | null, targetRate: number | null, mandatory: number): RateClass {
  if (!(mandatory > 0)) return 'noMandatory'
  if (targetRate === null) return 'noTarget'
  const short = targetRate - (rate ?? 0)
  if (short <= EPSILON) return 'met'
  if (short <= 0.1 + EPSILON) return 'within10'
  if (short <= 0.25 + EPSILON) return 'within25'
  return 'below'
}

/** What grading needs from a region's statistics row (`/api/stats` rows carry more). */
export interface ClassableRow {
  code: string
  parentCode: string | null
  /** 应建 mines. */
  mandatory: number
  /** 应建 mines in the directory. */
  inDirectory: number
  /** Every mine in the directory, 应建 or not (what a count target counts). */
  inDirectoryTotal?: number
  rate: number | null
  target: { kind: 'count' | 'rate'; value: number } | null
  /** A rate the server already resolved, if any. */
  targetRate?: number | null
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
export function resolveTargetRate(row: ClassableRow, parent?: ClassableRow): ResolvedTarget {
  if (row.targetRate != null) return { rate: row.targetRate, implied: false }
  if (row.target?.kind === 'rate') return { rate: row.target.value, implied: false }
  const holder = row.target?.kind === 'count' ? row : parent?.target?.kind === 'count' ? parent : undefined
  if (holder?.target && holder.mandatory > 0) {
    return { rate: Math.min(1, holder.target.value / holder.mandatory), implied: true }
  }
  return { rate: null, implied: false }
}

export interface ClassedRow<R extends ClassableRow = ClassableRow> {
  row: R
  cls: RateClass
  targetRate: number | null
  implied: boolean
}

/**
 * One region's class. A region holding its own count target (2018) meets it by the count — every
 * directory mine counts, 应建 or not — and is otherwise graded by the implied rate, never as "met".
 */
export function classifyRow<R extends ClassableRow>(row: R, parent?: ClassableRow): ClassedRow<R> {
  const target = resolveTargetRate(row, parent)
  let cls = classifyRate(row.rate, target.rate, row.mandatory)
  if (row.target?.kind === 'count' && cls !== 'noMandatory') {
    if ((row.inDirectoryTotal ?? row.inDirectory) >= row.target.value) cls = 'met'
    else if (cls === 'met') cls = 'within10'
  }
  return { row, cls, targetRate: target.rate, implied: target.implied }
}

/** Classes every row, with the parent rows supplying count targets the rows do not hold themselves. */
export function classifyRows<R extends ClassableRow>(
  rows: readonly R[],
  parents: readonly ClassableRow[] = [],
): Map<string, ClassedRow<R>> {
  const parentByCode = new Map(parents.map((p) => [p.code, p]))
  return new Map(
    rows.map((row) => [
      row.code,
      classifyRow(row, row.parentCode ? parentByCode.get(row.parentCode) : undefined),
    ]),
  )
}
