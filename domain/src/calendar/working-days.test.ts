import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RuleError } from '../errors'
import {
  buildHolidayCalendar,
  countWorkingDays,
  endAfterWorkingDays,
  isWorkingDay,
  parseHolidayCsv,
  uncoveredYear,
} from './working-days'

const csv = readFileSync(join(import.meta.dirname, '../../../data/calendar/cn-public-holidays.csv'), 'utf8')
const days = parseHolidayCsv(csv)
const calendar = buildHolidayCalendar(days)

describe('official holiday calendar', () => {
  it('R3.5: the data covers every year from 2018 to 2026, one notice each, and every 调休 day is a weekend day', () => {
    expect([...calendar.years].sort()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
    for (const d of days.filter((x) => x.kind === 'workday')) {
      expect([0, 6], d.date).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay())
    }
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length)
  })

  it('R3.5: a 调休 Sunday is a working day; a weekday holiday is not', () => {
    expect(isWorkingDay(calendar, '2019-09-29')).toBe(true) // Sunday before 国庆 2019
    expect(isWorkingDay(calendar, '2019-10-02')).toBe(false) // Wednesday of 国庆
    expect(isWorkingDay(calendar, '2019-10-12')).toBe(true) // Saturday made a working day
    expect(isWorkingDay(calendar, '2019-10-13')).toBe(false) // an ordinary Sunday
    expect(isWorkingDay(calendar, '2020-01-31')).toBe(false) // the Spring Festival extension of 2020
  })

  it('R3.5: working days are counted on the calendar, not by weekday arithmetic', () => {
    // 2019-09-27 (Fri) to 2019-10-14 (Mon): 27, 29 (Sun, 调休), 30, 8, 9, 10, 11, 12 (Sat, 调休), 14.
    expect(countWorkingDays(calendar, '2019-09-27', '2019-10-14')).toBe(9)
    // Weekday arithmetic would say 12.
    expect(countWorkingDays(calendar, '2020-01-20', '2020-02-07')).toBe(9)
    expect(countWorkingDays(calendar, '2020-01-22', '2020-01-31')).toBe(2)
    expect(countWorkingDays(calendar, '2020-02-01', '2020-01-31')).toBe(0)
  })

  it('R3.5: the shortest 7-working-day period from a date skips holidays and counts 调休 days', () => {
    // 26, 27, 29 (调休 Sunday), 30 September, then 8, 9, 10 October.
    expect(endAfterWorkingDays(calendar, '2019-09-26', 7)).toBe('2019-10-10')
    expect(endAfterWorkingDays(calendar, '2020-03-02', 7)).toBe('2020-03-10')
    // Starting on a Saturday: the first working day is Monday.
    expect(endAfterWorkingDays(calendar, '2020-03-07', 1)).toBe('2020-03-09')
  })

  it('R3.5: a year without its notice is reported, not guessed', () => {
    expect(uncoveredYear(calendar, '2026-12-20', '2027-01-10')).toBe(2027)
    expect(uncoveredYear(calendar, '2017-12-20', '2018-01-10')).toBe(2017)
    expect(uncoveredYear(calendar, '2018-01-01', '2026-12-31')).toBeNull()
  })

  it('R3.5: a malformed calendar row is refused, naming the row', () => {
    expect(() => parseHolidayCsv('date,kind,name,year,notice\n2019-02-30,holiday,春节,2019,x')).toThrow(
      RuleError,
    )
    expect(() => parseHolidayCsv('date,kind,name,year,notice\n2019-02-04,rest,春节,2019,x')).toThrow(/row 2/)
    expect(() => parseHolidayCsv('day,kind\n')).toThrow(/header/)
  })
})
