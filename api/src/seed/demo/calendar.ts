// Working days in mainland China from the official holiday calendar (the State Council's yearly
// schedules, 国务院办公厅关于部分节假日安排的通知, data/calendar/cn-public-holidays.csv, 2018–2026), the
// one the API counts publicity periods with, for publicity periods ("7 working days") and for dating
// the acts of bureaus, which happen on working days. Years after the last schedule count weekdays only.
import {
  addDays,
  buildHolidayCalendar,
  daysBetween,
  isWorkingDay as isOfficialWorkingDay,
  type IsoDate,
  type SeededRandom,
} from '@zgm/domain'
import { readHolidayCalendar } from '../reference'

const CALENDAR = buildHolidayCalendar(readHolidayCalendar())

export function isWorkingDay(date: IsoDate): boolean {
  return isOfficialWorkingDay(CALENDAR, date)
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
