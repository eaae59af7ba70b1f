// The programme's time axis: 2018-01-01 (the action starts) to today, one step per day.
import { setBusinessClock } from '@zgm/domain'
import type { IsoDate } from '../api/schemas'

export const FIRST_DAY: IsoDate = '2018-01-01'
const DAY_MS = 86_400_000

export function isIsoDate(text: string): text is IsoDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const d = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text
}

let testClockToday: IsoDate | null = null

/** The server runs on a test clock (CLOCK_FILE, demo only): its date is today on this page too. */
export function followTestClock(today: IsoDate | null): void {
  testClockToday = today
  // The domain's rules and clocks, run in the browser too, take the same today.
  setBusinessClock(today ? () => today : null)
}

/** Today's date in China (UTC+8), whatever the browser's zone; the server's test clock date when it has one. */
export function todayIso(now?: Date): IsoDate {
  if (!now && testClockToday) return testClockToday
  return new Date((now ?? new Date()).getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

export function dayIndex(date: IsoDate, from: IsoDate = FIRST_DAY): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

export function dateAt(index: number, from: IsoDate = FIRST_DAY): IsoDate {
  return new Date(Date.parse(`${from}T00:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10)
}

/** Keeps a date within [FIRST_DAY, today]. */
export function clampDate(date: IsoDate, today: IsoDate = todayIso()): IsoDate {
  return date < FIRST_DAY ? FIRST_DAY : date > today ? today : date
}

/** The last day of the month `months` after the month of `date` (the play step). */
export function addMonthsEnd(date: IsoDate, months: number): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number]
  const end = new Date(Date.UTC(y, m - 1 + months + 1, 0))
  return end.toISOString().slice(0, 10)
}

/** Month ends from `from` to `to` every `step` months, always ending on `to`. */
export function monthEnds(from: IsoDate, to: IsoDate, step = 1): IsoDate[] {
  const out: IsoDate[] = []
  for (let d = addMonthsEnd(from, 0); d < to; d = addMonthsEnd(d, step)) out.push(d)
  out.push(to)
  return out
}
