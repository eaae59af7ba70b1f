// Working days in mainland China 2018–2021 (State Council holiday schedules), for publicity periods
// ("7 working days") and for dating the acts of bureaus, which happen on working days.
import { addDays, daysBetween, type IsoDate, type SeededRandom } from '@zgm/domain'

const HOLIDAYS: readonly [IsoDate, IsoDate][] = [
  ['2018-01-01', '2018-01-01'],
  ['2018-02-15', '2018-02-21'],
  ['2018-04-05', '2018-04-07'],
  ['2018-04-29', '2018-05-01'],
  ['2018-06-18', '2018-06-18'],
  ['2018-09-24', '2018-09-24'],
  ['2018-10-01', '2018-10-07'],
  ['2018-12-30', '2019-01-01'],
  ['2019-02-04', '2019-02-10'],
  ['2019-04-05', '2019-04-07'],
  ['2019-05-01', '2019-05-04'],
  ['2019-06-07', '2019-06-09'],
  ['2019-09-13', '2019-09-15'],
  ['2019-10-01', '2019-10-07'],
  ['2020-01-01', '2020-01-01'],
  ['2020-01-24', '2020-02-02'],
  ['2020-04-04', '2020-04-06'],
  ['2020-05-01', '2020-05-05'],
  ['2020-06-25', '2020-06-27'],
  ['2020-10-01', '2020-10-08'],
  ['2021-01-01', '2021-01-03'],
  ['2021-02-11', '2021-02-17'],
  ['2021-04-03', '2021-04-05'],
  ['2021-05-01', '2021-05-05'],
]

/** Weekend days that were working days (调休). */
const MAKEUP_DAYS = new Set([
  '2018-02-11',
  '2018-02-24',
  '2018-04-08',
  '2018-04-28',
  '2018-09-29',
  '2018-09-30',
  '2018-12-29',
  '2019-02-02',
  '2019-02-03',
  '2019-04-28',
  '2019-05-05',
  '2019-09-29',
  '2019-10-12',
  '2020-01-19',
  '2020-04-26',
  '2020-05-09',
  '2020-06-28',
  '2020-09-27',
  '2020-10-10',
  '2021-02-07',
  '2021-02-20',
  '2021-04-25',
  '2021-05-08',
])

export function isWorkingDay(date: IsoDate): boolean {
  if (MAKEUP_DAYS.has(date)) return true
  if (HOLIDAYS.some(([from, to]) => date >= from && date <= to)) return false
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** `date` itself when it is a working day, else the next one. */
export function onOrAfterWorkingDay(date: IsoDate): IsoDate {
  let d = date
  while (!isWorkingDay(d)) d = addDays(d, 1)
  return d
}

export function onOrBeforeWorkingDay(date: IsoDate): IsoDate {
  let d = date
  while (!isWorkingDay(d)) d = addDays(d, -1)
  return d
}

/** Moves `n` working days forward (n > 0) or back (n < 0) from a working day. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  let d = date
  const step = n < 0 ? -1 : 1
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step)
    if (isWorkingDay(d)) left--
  }
  return d
}

/** The last day of a period of `n` working days starting on `start` (start counts as day 1). */
export function periodEnd(start: IsoDate, n: number): IsoDate {
  return addWorkingDays(onOrAfterWorkingDay(start), n - 1)
}

/** A random working day in [from, to] (falls back to the working day on or before `to`). */
export function workingDayBetween(rng: SeededRandom, from: IsoDate, to: IsoDate): IsoDate {
  const span = Math.max(0, daysBetween(from, to))
  for (let i = 0; i < 12; i++) {
    const d = addDays(from, rng.int(0, span))
    if (isWorkingDay(d)) return d
  }
  const d = onOrAfterWorkingDay(from)
  return d <= to ? d : onOrBeforeWorkingDay(to)
}

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b)
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b)
