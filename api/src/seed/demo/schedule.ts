// The programme's calendar: cities report in April and October (§4.3), the province publishes a list
// after each window and enters the mines into the directory in a batch once its period has ended.
import type { IsoDate } from '@zgm/domain'
import { onOrAfterWorkingDay, periodEnd } from './calendar'

export interface Batch {
  index: number
  label: string
  windowStart: IsoDate
  windowEnd: IsoDate
  provinceStart: IsoDate
  provinceEnd: IsoDate
  entryOn: IsoDate
}

/** Publicity periods are 7 working days (Zhejiang practice). */
export const PUBLICITY_WORKING_DAYS = 7

function batch(index: number, year: number, month: 4 | 10, provinceStart: IsoDate, entryOn: IsoDate): Batch {
  const start = onOrAfterWorkingDay(provinceStart)
  return {
    index,
    label: `${year}年第${month === 4 ? '一' : '二'}批`,
    windowStart: `${year}-${month === 4 ? '04' : '10'}-01`,
    windowEnd: `${year}-${month === 4 ? '04-30' : '10-31'}`,
    provinceStart: start,
    provinceEnd: periodEnd(start, PUBLICITY_WORKING_DAYS),
    entryOn: onOrAfterWorkingDay(entryOn),
  }
}

/** The last year the generator plans batches for (a `today` after it gets no new batches). */
export const LAST_PLANNED_YEAR = 2040

/** After the action (2021 on) the province keeps the same rhythm: a list after each reporting window. */
function laterBatches(): Batch[] {
  const out: Batch[] = []
  for (let year = 2021; year <= LAST_PLANNED_YEAR; year++) {
    out.push(batch(out.length + 6, year, 4, `${year}-05-18`, `${year}-06-12`))
    out.push(batch(out.length + 6, year, 10, `${year}-11-16`, `${year}-12-11`))
  }
  return out
}

export const BATCHES: readonly Batch[] = [
  batch(0, 2018, 4, '2018-05-21', '2018-06-15'),
  batch(1, 2018, 10, '2018-11-19', '2018-12-14'),
  batch(2, 2019, 4, '2019-05-20', '2019-06-14'),
  batch(3, 2019, 10, '2019-11-18', '2019-12-13'),
  batch(4, 2020, 4, '2020-05-18', '2020-06-12'),
  batch(5, 2020, 10, '2020-11-16', '2020-12-11'),
  ...laterBatches(),
]

/** The three-year action's batches (2018–2020); later ones continue the directory's routine. */
export const ACTION_BATCHES = 6

/** The batch that closes each target year (2018 → 1, 2019 → 3, 2020 → 5). */
export const YEAR_END_BATCH: Readonly<Record<number, number>> = { 2018: 1, 2019: 3, 2020: 5 }

export const HISTORY_START: IsoDate = '2018-01-01'
/** The end of the three-year action; the history goes on to the generator's `today`. */
export const ACTION_END: IsoDate = '2020-12-31'
/** Nothing is submitted before the provincial evaluator list exists. */
export const FIRST_SUBMISSION: IsoDate = '2018-01-22'

/** Years after the action, from 2021 up to and including today's year. */
export function laterYears(today: IsoDate): number[] {
  const last = Number(today.slice(0, 4))
  return Array.from({ length: Math.max(0, last - 2020) }, (_, i) => 2021 + i)
}
