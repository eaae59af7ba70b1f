import { describe, expect, it } from 'vitest'
import { isVerificationLate, verificationDueOn } from './verification'
import { describeWindow, nextReportingWindow, reportingWindowAt } from './reporting-window'
import { newMineClocks } from './new-mine'

describe('R3.3 verification clock', () => {
  it('R3.3: a report received on 31 January is due on 28 February, 29 in a leap year', () => {
    expect(verificationDueOn('2019-01-31')).toBe('2019-02-28')
    expect(verificationDueOn('2020-01-31')).toBe('2020-02-29')
    expect(isVerificationLate('2019-01-31', '2019-02-28')).toBe(false)
    expect(isVerificationLate('2019-01-31', '2019-03-01')).toBe(true)
  })
})

describe('R3.6 reporting windows', () => {
  it('R3.6: windows are 1–30 April and 1–31 October; 1 May is outside and points to October', () => {
    expect(reportingWindowAt('2019-04-01')).toEqual({ start: '2019-04-01', end: '2019-04-30' })
    expect(reportingWindowAt('2019-10-31')).toEqual({ start: '2019-10-01', end: '2019-10-31' })
    expect(reportingWindowAt('2019-05-01')).toBeNull()
    expect(reportingWindowAt('2019-03-31')).toBeNull()
    expect(nextReportingWindow('2019-05-01')).toEqual({ start: '2019-10-01', end: '2019-10-31' })
    expect(nextReportingWindow('2019-11-01')).toEqual({ start: '2020-04-01', end: '2020-04-30' })
    expect(nextReportingWindow('2019-04-15')).toEqual({ start: '2019-04-01', end: '2019-04-30' })
    expect(describeWindow(nextReportingWindow('2019-05-01')).zh).toBe('2019-10-01 至 2019-10-31')
  })
})

describe('R4 new-mine clocks', () => {
  const started = { productionStartedOn: '2018-08-31' }

  it('R4: a new mine at exactly 6 months is on time; at 6 months + 1 day it is overdue', () => {
    expect(newMineClocks(started, '2019-02-28')).toMatchObject({
      constructionDueOn: '2019-02-28',
      constructionOverdue: false,
    })
    expect(newMineClocks(started, '2019-03-01')).toMatchObject({ constructionOverdue: true })
  })

  it('R4: a self-assessment received by the due date finishes the construction clock', () => {
    const done = newMineClocks({ ...started, selfAssessmentReceivedOn: '2019-02-28' }, '2019-06-01')
    expect(done).toMatchObject({ constructionDone: true, constructionOverdue: false })
    const late = newMineClocks({ ...started, selfAssessmentReceivedOn: '2019-03-05' }, '2019-06-01')
    expect(late).toMatchObject({ constructionDone: false, constructionOverdue: true })
  })

  it('R4: not in the directory a full year after production, a suspension order is due the next day', () => {
    expect(newMineClocks(started, '2019-08-31')).toMatchObject({
      suspensionDueOn: '2019-08-31',
      suspensionOrderDue: false,
    })
    expect(newMineClocks(started, '2019-09-01').suspensionOrderDue).toBe(true)
    expect(
      newMineClocks({ ...started, enteredDirectoryOn: '2019-08-20' }, '2019-09-01').suspensionOrderDue,
    ).toBe(false)
  })
})
