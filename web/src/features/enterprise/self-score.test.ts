import { describe, expect, it } from 'vitest'
import type { Schemas } from '../../api/schemas'
import { selfVerdict, setOn } from './self-score'

const group = (id: string, points: number) => ({
  id,
  zh: id,
  en: id,
  points,
  items: null,
  confirmed: true,
  source: 's',
})
const set: Schemas['IndicatorSet'] = {
  id: 'T',
  title: 'Test set',
  titleZh: '测试指标',
  source: 's',
  validFrom: '2020-06-01',
  validTo: null,
  maxTotal: 1000,
  passTotal: 800,
  groupMinShare: 0.75,
  groupCount: 2,
  level2Count: 0,
  level3Count: 0,
  prerequisites: [{ id: 'licences', zh: '证照齐全', en: 'licences' }],
  groups: [group('a', 500), group('b', 500)],
  confirmed: true,
}

describe('the self-assessment verdict, live (800 points, every group ≥ 75 %)', () => {
  it('passes at 800 with every group at its minimum and the prerequisites met', () => {
    const v = selfVerdict(set, { prerequisites: { licences: true }, groups: { a: 400, b: 400 } })
    expect(v.result?.pass).toBe(true)
    expect(v.result?.total).toBe(800)
  })

  it('fails a group under 75 % even with the total reached', () => {
    const v = selfVerdict(set, { prerequisites: { licences: true }, groups: { a: 500, b: 360 } })
    expect(v.result?.pass).toBe(false)
    expect(v.result?.groups.find((g) => g.id === 'b')).toMatchObject({ min: 375, pass: false })
  })

  it('counts a group not yet scored as 0 while the form is filled in', () => {
    const v = selfVerdict(set, { prerequisites: { licences: true }, groups: { a: 450 } })
    expect(v.result).toMatchObject({ total: 450, pass: false })
  })

  it('fails an unmet prerequisite', () => {
    expect(selfVerdict(set, { prerequisites: {}, groups: { a: 500, b: 500 } }).result?.pass).toBe(false)
  })

  it('names a score above its group maximum', () => {
    expect(selfVerdict(set, { prerequisites: { licences: true }, groups: { a: 501, b: 400 } })).toEqual({
      result: null,
      invalid: 'a',
    })
  })

  it('picks the set in force on the day', () => {
    const old = { ...set, id: 'OLD', validFrom: '2018-01-01', validTo: '2020-05-31' }
    expect(setOn([old, set], '2019-01-01')?.id).toBe('OLD')
    expect(setOn([old, set], '2026-11-30')?.id).toBe('T')
  })
})
