// Publicity periods counted live in working days on the official calendar (§4.3), with the same
// data and the same domain function the server checks them with (data/calendar, loaded by the seed).
import {
  buildHolidayCalendar,
  countWorkingDays,
  isAfter,
  parseHolidayCsv,
  uncoveredYear,
  type IsoDate,
} from '@zgm/domain'
import calendarCsv from '../../../../data/calendar/cn-public-holidays.csv?raw'

const CALENDAR = buildHolidayCalendar(parseHolidayCsv(calendarCsv))

/** Working days from start to end inclusive; null when the dates are unusable or a year has no notice loaded. */
export function periodWorkingDays(start: IsoDate, end: IsoDate): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end) || isAfter(start, end))
    return null
  if (uncoveredYear(CALENDAR, start, end) !== null) return null
  return countWorkingDays(CALENDAR, start, end)
}
