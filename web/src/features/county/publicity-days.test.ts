import { describe, expect, it } from 'vitest'
import { countPeriod } from './publicity-days'

describe('the publicity period counted on the official calendar (R3.5)', () => {
  it('skips the National Day holiday and counts its 调休 Saturday as a working day', () => {
    // 2020: 1–8 October off; Saturday 10 October a working day.
    const c = countPeriod('2020-09-29', '2020-10-12')
    expect(c.workingDays).toBe(5)
    expect(c.long).toBe(false)
    expect(c.earliestEnd).toBe('2020-10-14')
  })

  it('accepts seven plain working days', () => {
    expect(countPeriod('2026-11-30', '2026-12-08')).toMatchObject({
      workingDays: 7,
      long: true,
      uncovered: null,
    })
  })

  it('says when a year has no holiday notice loaded', () => {
    expect(countPeriod('2031-01-05', '2031-01-20').uncovered).toBe(2031)
  })
})
