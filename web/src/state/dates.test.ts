import { describe, expect, it } from 'vitest'
import { addMonthsEnd, clampDate, dateAt, dayIndex, isIsoDate, monthEnds, todayIso } from './dates'

describe('the date axis', () => {
  it('maps dates to day indexes from 2018-01-01 and back', () => {
    expect(dayIndex('2018-01-01')).toBe(0)
    expect(dayIndex('2019-01-01')).toBe(365)
    expect(dateAt(365 + 365 + 59)).toBe('2020-02-29')
    expect(dateAt(dayIndex('2023-07-15'))).toBe('2023-07-15')
  })

  it('steps by month ends for play', () => {
    expect(addMonthsEnd('2018-01-15', 1)).toBe('2018-02-28')
    expect(addMonthsEnd('2019-12-31', 1)).toBe('2020-01-31')
    expect(monthEnds('2018-01-01', '2018-03-15')).toEqual(['2018-01-31', '2018-02-28', '2018-03-15'])
  })

  it('validates and clamps dates', () => {
    expect(isIsoDate('2019-02-29')).toBe(false)
    expect(isIsoDate('2020-02-29')).toBe(true)
    expect(clampDate('2010-01-01', '2026-01-01')).toBe('2018-01-01')
    expect(clampDate('2030-01-01', '2026-01-01')).toBe('2026-01-01')
  })

  it("takes today in China's time zone", () => {
    expect(todayIso(new Date('2020-12-31T17:00:00Z'))).toBe('2021-01-01')
  })
})
