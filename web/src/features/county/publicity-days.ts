// The publicity period counted live on the official holiday calendar (the same data and functions the
// server checks with; data/calendar/cn-public-holidays.csv, State Council notices).
import {
  buildHolidayCalendar,
  countWorkingDays,
  endAfterWorkingDays,
  parseHolidayCsv,
  uncoveredYear,
  type IsoDate,
} from '@zgm/domain'
import holidaysCsv from '../../../../data/calendar/cn-public-holidays.csv?raw'

/** The server's default minimum (PUBLICITY_MIN_WORKING_DAYS); the server's refusal has the last word. */
export const MIN_WORKING_DAYS = 7

const calendar = buildHolidayCalendar(parseHolidayCsv(holidaysCsv))

export interface PeriodCount {
  workingDays: number
  earliestEnd: IsoDate
  /** A year the calendar has no notice for (the period cannot be counted). */
  uncovered: number | null
  long: boolean
}

export function countPeriod(start: IsoDate, end: IsoDate, minimum = MIN_WORKING_DAYS): PeriodCount {
  const earliestEnd = endAfterWorkingDays(calendar, start, minimum)
  const uncovered = uncoveredYear(calendar, start, end > earliestEnd ? end : earliestEnd)
  const workingDays = end < start ? 0 : countWorkingDays(calendar, start, end)
  return { workingDays, earliestEnd, uncovered, long: workingDays >= minimum }
}

/** The shortest legal end of a period starting on `start`. */
export const earliestEnd = (start: IsoDate, minimum = MIN_WORKING_DAYS): IsoDate =>
  endAfterWorkingDays(calendar, start, minimum)
