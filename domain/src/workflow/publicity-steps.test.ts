import { describe, expect, it } from 'vitest'
import { applyGreenEvent } from './apply-green-event'
import { archived, inCountyPublicity, inProvincePublicity, verified } from './test-path'
import { ctx } from './test-fixtures'

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

  it('R3.5: publicity cannot be closed on or before its last day', () => {
    const close = (on: string) => () =>
      applyGreenEvent(
        inCountyPublicity(),
        {
          type: 'close_county_publicity',
          objectionUpheld: false,
          archived: { selfAssessment: true, verificationReport: true },
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
          archived: { selfAssessment: true, verificationReport: false },
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
  it('R3.7: entry is refused before the provincial publicity ends or when an objection was upheld', () => {
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
    const back = applyGreenEvent(
      inProvincePublicity(),
      { type: 'uphold_province_objection', reason: '群众举报属实' },
      ctx('province', '2019-05-20'),
    )
    expect(back.state).toBe('verification_failed')
  })
})
