// §5.2 把绿色矿山建设任务纳入年度工作目标考核内容 (R7): a year is closed once, its figures frozen; later changes are restatements.
import { addDays, isAfter, type IsoDate } from '../dates'
import { RuleError } from '../errors'

/** The day a year's assessment is taken: its 31 December. */
export const yearEndOf = (year: number): IsoDate => `${year}-12-31`

/** The first day a year can be closed: the day after its 31 December. */
export const closableFromOf = (year: number): IsoDate => addDays(yearEndOf(year), 1)

/** Refuses closing a year that has not ended yet, or one already closed. */
export function checkYearClosable(year: number, today: IsoDate, closedAt: string | null): void {
  if (closedAt) throw new RuleError({ code: 'R7.year_closed', year, closedAt })
  const closableFrom = closableFromOf(year)
  if (isAfter(closableFrom, today)) throw new RuleError({ code: 'R7.year_not_over', year, closableFrom })
}

/** Refuses a change to a year's targets once the year is closed. */
export function checkYearOpen(year: number, closedAt: string | null): void {
  if (closedAt) throw new RuleError({ code: 'R7.year_closed', year, closedAt })
}

/** The figures of one region in a year's assessment that a restatement compares. */
export const ASSESSED_FIGURES = [
  'mandatory',
  'inDirectory',
  'inDirectoryTotal',
  'rate',
  'status',
  'shortfall',
  'overdue',
  'rectifications',
  'removals',
] as const
export type AssessedFigure = (typeof ASSESSED_FIGURES)[number]

export type AssessedRow = { code: string } & { [F in AssessedFigure]: number | string | null }

export interface FigureChange {
  code: string
  figure: AssessedFigure
  /** As frozen when the year was closed. */
  closed: number | string | null
  /** As the history now says. */
  now: number | string | null
}

/**
 * What a closed year's figures would be now, where they differ: region by region, figure by
 * figure. The closed figures stay as they are; these are listed beside them.
 */
export function figureChanges(closed: readonly AssessedRow[], now: readonly AssessedRow[]): FigureChange[] {
  const current = new Map(now.map((r) => [r.code, r]))
  return closed.flatMap((row) => {
    const later = current.get(row.code)
    if (!later) return []
    return ASSESSED_FIGURES.filter((f) => row[f] !== later[f]).map((figure) => ({
      code: row.code,
      figure,
      closed: row[figure],
      now: later[figure],
    }))
  })
}
