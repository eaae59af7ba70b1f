// Publicity periods counted live in working days on the official calendar (§4.3): the county desk's
// count (one copy of the calendar in the browser, the same data and domain function the server uses).
import { isAfter, isIsoDate, type IsoDate } from '@zgm/domain'
import { countPeriod } from '../county/publicity-days'

/** Working days from start to end inclusive; null when the dates are unusable or a year has no notice loaded. */
export function periodWorkingDays(start: IsoDate, end: IsoDate): number | null {
  if (!isIsoDate(start) || !isIsoDate(end) || isAfter(start, end)) return null
  const period = countPeriod(start, end)
  return period.uncovered === null ? period.workingDays : null
}
