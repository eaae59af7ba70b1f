import { describe, expect, it } from 'vitest'
import { ZONE_CRITERIA, zoneVerdict } from './demonstration-zone'

describe('Huzhou demonstration zone verdict (§3(一)2 and the 2020 goals)', () => {
  it('keeps each criterion with its source', () => {
    for (const c of ZONE_CRITERIA) expect(c.source.zh.length).toBeGreaterThan(5)
    expect(ZONE_CRITERIA.find((c) => c.id === 'utilisation')!.min).toBe(0.99)
  })
  it('is in progress before the due date while the directory rate is short', () => {
    const v = zoneVerdict('2019-12-31', { directory_rate: 0.9 })
    expect(v.verdict).toBe('in_progress')
    expect(v.criteria[0]!.status).toBe('in_progress')
    expect(v.criteria.slice(1).map((c) => c.status)).toEqual(['not_recorded', 'not_recorded', 'not_recorded'])
    expect(v.milestonesReached).toBe(1)
  })
  it('never calls the zone met while criteria are not recorded', () => {
    const v = zoneVerdict('2020-12-31', { directory_rate: 1 })
    expect(v.verdict).toBe('unconfirmed')
    expect(v.criteria[0]!.status).toBe('met')
    expect(v.milestonesReached).toBe(2)
  })
  it('is missed after the due date when a recorded criterion is short', () => {
    expect(zoneVerdict('2021-01-01', { directory_rate: 0.98 }).verdict).toBe('missed')
    expect(zoneVerdict('2020-12-31', { directory_rate: 0.98 }).verdict).toBe('in_progress')
  })
  it('is met only when every criterion is recorded and met', () => {
    const all = {
      directory_rate: 1,
      greening_rate: 1,
      open_pit_recovery_rate: 1,
      comprehensive_utilisation_rate: 0.995,
    }
    expect(zoneVerdict('2020-12-31', all).verdict).toBe('met')
  })
})
