import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  isIsoDate,
  parseIsoDate,
  todayInZhejiang,
} from './dates'
import { RuleError } from './errors'

describe('dates', () => {
  it('dates: adding a month to 31 January clamps to the end of February', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28')
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29')
    expect(addMonths('2018-08-31', 1)).toBe('2018-09-30')
  })

  it('dates: months and years cross year ends and go backwards', () => {
    expect(addMonths('2018-11-15', 3)).toBe('2019-02-15')
    expect(addMonths('2019-03-31', -1)).toBe('2019-02-28')
    expect(addMonths('2019-01-15', -13)).toBe('2017-12-15')
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28')
  })

  it('dates: days and differences', () => {
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01')
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29')
    expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365)
    expect(daysBetween('2020-01-01', '2019-12-31')).toBe(-1)
    expect(compareDates('2019-04-30', '2019-05-01')).toBe(-1)
  })

  it('dates: rejects strings that are not calendar dates', () => {
    expect(isIsoDate('2019-02-29')).toBe(false)
    expect(isIsoDate('2020-02-29')).toBe(true)
    expect(isIsoDate('2019-2-1')).toBe(false)
    expect(() => parseIsoDate('2019-13-01')).toThrow(RuleError)
    expect(() => addMonths('not a date', 1)).toThrow(
      expect.objectContaining({ code: 'input.invalid_date', status: 400 }),
    )
  })
})

describe('todayInZhejiang', () => {
  it('is already the next day in Hangzhou at 16:00 UTC', () => {
    expect(todayInZhejiang(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29')
    expect(todayInZhejiang(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28')
  })
})
