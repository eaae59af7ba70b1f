// Working days in mainland China 2018–2026 (the State Council's yearly holiday schedules, 国务院办公厅
// 关于部分节假日安排的通知), for publicity periods ("7 working days") and for dating the acts of
// bureaus, which happen on working days. Years after the last schedule here count weekdays only.
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
  ['2021-06-12', '2021-06-14'],
  ['2021-09-19', '2021-09-21'],
  ['2021-10-01', '2021-10-07'],
  ['2022-01-01', '2022-01-03'],
  ['2022-01-31', '2022-02-06'],
  ['2022-04-03', '2022-04-05'],
  ['2022-04-30', '2022-05-04'],
  ['2022-06-03', '2022-06-05'],
  ['2022-09-10', '2022-09-12'],
  ['2022-10-01', '2022-10-07'],
  ['2022-12-31', '2023-01-02'],
  ['2023-01-21', '2023-01-27'],
  ['2023-04-05', '2023-04-05'],
  ['2023-04-29', '2023-05-03'],
  ['2023-06-22', '2023-06-24'],
  ['2023-09-29', '2023-10-06'],
  ['2023-12-30', '2024-01-01'],
  ['2024-02-10', '2024-02-17'],
  ['2024-04-04', '2024-04-06'],
  ['2024-05-01', '2024-05-05'],
  ['2024-06-08', '2024-06-10'],
  ['2024-09-15', '2024-09-17'],
  ['2024-10-01', '2024-10-07'],
  ['2025-01-01', '2025-01-01'],
  ['2025-01-28', '2025-02-04'],
  ['2025-04-04', '2025-04-06'],
  ['2025-05-01', '2025-05-05'],
  ['2025-05-31', '2025-06-02'],
  ['2025-10-01', '2025-10-08'],
  ['2026-01-01', '2026-01-03'],
  ['2026-02-15', '2026-02-23'],
  ['2026-04-04', '2026-04-06'],
  ['2026-05-01', '2026-05-05'],
  ['2026-06-19', '2026-06-21'],
  ['2026-09-25', '2026-09-27'],
  ['2026-10-01', '2026-10-07'],
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
  '2021-09-18',
  '2021-09-26',
  '2021-10-09',
  '2022-01-29',
  '2022-01-30',
  '2022-04-02',
  '2022-04-24',
  '2022-05-07',
  '2022-10-08',
  '2022-10-09',
  '2023-01-28',
  '2023-01-29',
  '2023-04-23',
  '2023-05-06',
  '2023-06-25',
  '2023-10-07',
  '2023-10-08',
  '2024-02-04',
  '2024-02-18',
  '2024-04-07',
  '2024-04-28',
  '2024-05-11',
  '2024-09-14',
  '2024-09-29',
  '2024-10-12',
  '2025-01-26',
  '2025-02-08',
  '2025-04-27',
  '2025-09-28',
  '2025-10-11',
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
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
