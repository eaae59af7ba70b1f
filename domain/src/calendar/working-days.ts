// §4.3 公示: publicity periods are counted in working days on China's official holiday calendar (调休 included).
import { addDays, isAfter, parseIsoDate, yearOf, type IsoDate } from '../dates'
import { RuleError } from '../errors'

/** One day the State Council's annual notice changes: a public holiday, or a weekend day made a working day (调休). */
export interface CalendarDay {
  date: IsoDate
  kind: 'holiday' | 'workday'
  /** The festival, e.g. 春节. */
  name: string
  /** The notice's year: 2018-12-30 belongs to the 2019 notice (元旦). */
  year: number
  /** The notice, e.g. 国办发明电〔2018〕15号. */
  notice: string
}

/** The official calendar for the years whose notices are loaded; any other year is unknown, not guessed. */
export interface HolidayCalendar {
  holidays: ReadonlySet<IsoDate>
  workdays: ReadonlySet<IsoDate>
  /** Years with a notice loaded. */
  years: ReadonlySet<number>
}

export function buildHolidayCalendar(days: readonly CalendarDay[]): HolidayCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.date)),
    years: new Set(days.map((d) => d.year)),
  }
}

/** Reads `date,kind,name,year,notice` (data/calendar/cn-public-holidays.csv); a malformed row is refused, naming it. */
export function parseHolidayCsv(text: string): CalendarDay[] {
  const [header, ...lines] = text.trim().split(/\r?\n/)
  if (header.trim() !== 'date,kind,name,year,notice') {
    throw new RuleError({ code: 'input.invalid_argument', name: 'calendar header', value: header })
  }
  return lines.map((line, i) => {
    const [date, kind, name, year, notice] = line.split(',').map((s) => s.trim())
    const ok =
      (kind === 'holiday' || kind === 'workday') &&
      /^\d{4}$/.test(year ?? '') &&
      Boolean(name && notice) &&
      isDate(date)
    if (!ok)
      throw new RuleError({ code: 'input.invalid_argument', name: `calendar row ${i + 2}`, value: line })
    return { date, kind: kind as CalendarDay['kind'], name, year: Number(year), notice }
  })
}

function isDate(value: string | undefined): value is IsoDate {
  try {
    parseIsoDate(value ?? '')
    return true
  } catch {
    return false
  }
}

/** A working day: a 调休 working day, or a Monday–Friday that is not a public holiday. */
export function isWorkingDay(calendar: HolidayCalendar, date: IsoDate): boolean {
  if (calendar.workdays.has(date)) return true
  if (calendar.holidays.has(date)) return false
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The first year in [start, end] whose notice is not loaded, or null when the calendar covers the range. */
export function uncoveredYear(calendar: HolidayCalendar, start: IsoDate, end: IsoDate): number | null {
  for (let y = yearOf(start); y <= yearOf(end); y++) if (!calendar.years.has(y)) return y
  return null
}

/** Working days from `start` to `end`, both included (0 when `end` is before `start`). */
export function countWorkingDays(calendar: HolidayCalendar, start: IsoDate, end: IsoDate): number {
  let n = 0
  for (let d = start; !isAfter(d, end); d = addDays(d, 1)) if (isWorkingDay(calendar, d)) n++
  return n
}

/** The day on which a period starting on `start` reaches `workingDays` working days (its shortest legal end). */
export function endAfterWorkingDays(calendar: HolidayCalendar, start: IsoDate, workingDays: number): IsoDate {
  let d = start
  let n = isWorkingDay(calendar, d) ? 1 : 0
  while (n < workingDays) {
    d = addDays(d, 1)
    if (isWorkingDay(calendar, d)) n++
  }
  return d
}
