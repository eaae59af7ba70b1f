import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyGreenEvent } from './apply-green-event'
import { archived, inCountyPublicity, inProvincePublicity, verified } from './test-path'
import { ORIGINALS, ctx } from './test-fixtures'
import { buildHolidayCalendar, parseHolidayCsv } from '../calendar/working-days'

const calendar = buildHolidayCalendar(
  parseHolidayCsv(
    readFileSync(join(import.meta.dirname, '../../../data/calendar/cn-public-holidays.csv'), 'utf8'),
  ),
)
const publicityRule = { calendar, minWorkingDays: 7 }

describe('R3.5 county publicity', () => {
  it('R3.5: publicity needs an objection channel and a sane period', () => {
    const publish = (end: string, channel: string) => () =>
      applyGreenEvent(
        verified(),
        { type: 'publish_county_publicity', period: { start: '2019-03-01', end }, objectionChannel: channel },
        ctx('county', '2019-03-01'),
      )
    expect(publish('2019-03-11', '  ')).toThrow(
      expect.objectContaining({ code: 'R3.5.missing_objection_channel' }),
    )
    expect(publish('2019-02-27', 'mail')).toThrow(expect.objectContaining({ code: 'R3.5.invalid_period' }))
  })

  it('R3.5: a publicity period shorter than the minimum in working days is refused, naming the earliest end', () => {
    // 国庆 2019: 26 September to 8 October spans 13 calendar days but only 5 working days (26, 27, 29 调休, 30 September, 8 October).
    const publish =
      (start: string, end: string, on = start) =>
      () =>
        applyGreenEvent(
          { ...verified(), verification: { ...verified().verification!, filedOn: '2019-02-20' } },
          {
            type: 'publish_county_publicity',
            period: { start, end },
            objectionChannel: 'lyj@example.gov.cn',
          },
          ctx('county', on, { publicityRule }),
        )
    expect(publish('2019-09-26', '2019-10-08')).toThrow(
      expect.objectContaining({
        code: 'R3.5.period_too_short',
        refusal: expect.objectContaining({ workingDays: 5, minimum: 7, earliestEnd: '2019-10-10' }),
      }),
    )
    expect(publish('2019-09-26', '2019-10-10')().record.countyPublicity).toMatchObject({ workingDays: 7 })
    expect(publish('2026-12-24', '2027-01-05')).toThrow(
      expect.objectContaining({
        code: 'R3.5.calendar_missing',
        refusal: expect.objectContaining({ year: 2027 }),
      }),
    )
  })

  it('R3.5: an objection not yet decided blocks archiving; an upheld one sends the mine back', () => {
    const close = (objections: { open: number; upheld: number }) => () =>
      applyGreenEvent(
        inCountyPublicity(),
        { type: 'close_county_publicity', objectionUpheld: false, archived: ORIGINALS },
        ctx('county', '2019-03-12', { objections }),
      )
    expect(close({ open: 1, upheld: 0 })).toThrow(
      expect.objectContaining({ code: 'R3.5.objection_open', refusal: expect.objectContaining({ open: 1 }) }),
    )
    expect(close({ open: 0, upheld: 1 })().state).toBe('verification_failed')
    expect(close({ open: 0, upheld: 0 })().state).toBe('county_archived')
  })

  it('R3.5: publicity cannot be closed on or before its last day', () => {
    const close = (on: string) => () =>
      applyGreenEvent(
        inCountyPublicity(),
        {
          type: 'close_county_publicity',
          objectionUpheld: false,
          archived: ORIGINALS,
        },
        ctx('county', on),
      )
    expect(close('2019-03-11')).toThrow(expect.objectContaining({ code: 'R3.5.publicity_not_ended' }))
    expect(close('2019-03-12')().state).toBe('county_archived')
  })

  it('R3.5: without both originals archived the file cannot close; an upheld objection sends it back', () => {
    const close = (objectionUpheld: boolean) =>
      applyGreenEvent(
        inCountyPublicity(),
        {
          type: 'close_county_publicity',
          objectionUpheld,
          archived: { ...ORIGINALS, verificationReportDocumentId: null },
        },
        ctx('county', '2019-03-12'),
      )
    expect(() => close(false)).toThrow(expect.objectContaining({ code: 'R3.5.originals_not_archived' }))
    expect(close(true).state).toBe('verification_failed')
  })
})

describe('R3.6 city report window', () => {
  it('R3.6: a city report on 1 May is refused, naming the rule and the next window', () => {
    const fire = () => applyGreenEvent(archived(), { type: 'city_report' }, ctx('city', '2019-05-01'))
    expect(fire).toThrow(expect.objectContaining({ code: 'R3.6.outside_window', rule: 'R3.6' }))
    try {
      fire()
    } catch (e) {
      expect((e as Error).message).toContain('R3.6')
      expect((e as Error).message).toContain('2019-10-01 to 2019-10-31')
    }
  })

  it('R3.6: reports on 30 April and 31 October are accepted', () => {
    expect(applyGreenEvent(archived(), { type: 'city_report' }, ctx('city', '2019-04-30')).state).toBe(
      'city_reported',
    )
    expect(applyGreenEvent(archived(), { type: 'city_report' }, ctx('city', '2019-10-31')).state).toBe(
      'city_reported',
    )
  })
})

describe('R3.7 provincial list and directory entry', () => {
  it('R3.7: entry is refused before the provincial publicity ends, while an objection is open, or when one was upheld', () => {
    expect(() =>
      applyGreenEvent(inProvincePublicity(), { type: 'enter_directory' }, ctx('province', '2019-05-14')),
    ).toThrow(expect.objectContaining({ code: 'R3.7.publicity_not_ended' }))
    expect(() =>
      applyGreenEvent(
        inProvincePublicity(),
        { type: 'enter_directory', objectionUpheld: true },
        ctx('province', '2019-05-20'),
      ),
    ).toThrow(expect.objectContaining({ code: 'R3.7.objection_upheld' }))
    expect(() =>
      applyGreenEvent(
        inProvincePublicity(),
        { type: 'enter_directory' },
        ctx('province', '2019-05-20', { objections: { open: 2, upheld: 0 } }),
      ),
    ).toThrow(expect.objectContaining({ code: 'R3.7.objection_open' }))
    expect(() =>
      applyGreenEvent(
        inProvincePublicity(),
        { type: 'enter_directory' },
        ctx('province', '2019-05-20', { objections: { open: 0, upheld: 1 } }),
      ),
    ).toThrow(expect.objectContaining({ code: 'R3.7.objection_upheld' }))
    const back = applyGreenEvent(
      inProvincePublicity(),
      { type: 'uphold_province_objection', reason: '群众举报属实' },
      ctx('province', '2019-05-20'),
    )
    expect(back.state).toBe('verification_failed')
  })
})
