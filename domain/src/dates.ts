// Calendar dates as ISO strings `YYYY-MM-DD`: no times, no time zones.
import { RuleError } from './errors'

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const month = Number(m[2])
  const day = Number(m[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month)
}

/** Splits a date into numbers; throws `input.invalid_date` on anything but a real calendar date. */
export function parseIsoDate(value: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(value)) {
    throw new RuleError({ code: 'input.invalid_date', value: String(value) })
  }
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  }
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date)
  return Date.UTC(year, month - 1, day) / DAY_MS
}

function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * DAY_MS)
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + Math.trunc(days))
}

/** Adds calendar months, clamping to the month's end: 2019-01-31 + 1 month = 2019-02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date)
  const index = year * 12 + (month - 1) + Math.trunc(months)
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)))
}

/** Adds calendar years; 29 February + 1 year = 28 February. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, Math.trunc(years) * 12)
}

/** -1, 0 or 1, for sorting. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parseIsoDate(a)
  parseIsoDate(b)
  return a < b ? -1 : a > b ? 1 : 0
}

export const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0
export const isOnOrBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) <= 0
export const isOnOrAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) >= 0

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from)
}

/** True when `date` lies in [start, end], both ends included. */
export function isWithin(date: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return isOnOrAfter(date, start) && isOnOrBefore(date, end)
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year
}

let businessClock: (() => IsoDate) | null = null

/**
 * Sets the business clock: what "today" is for every rule, default date and deadline. Only the
 * server's start sets it, from a test clock file in demo mode (CLOCK_FILE); null = the real date.
 */
export function setBusinessClock(clock: (() => IsoDate) | null): void {
  businessClock = clock
}

/**
 * Today's calendar date in Zhejiang (UTC+8 all year), whatever the zone of the machine; without an
 * argument, the business clock's date when one is set.
 */
export function todayInZhejiang(now?: Date): IsoDate {
  if (!now && businessClock) return businessClock()
  return new Date((now ?? new Date()).getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}
