import { describe, expect, it } from 'vitest'
import { isMandatory } from './is-mandatory'
import type { ScopeMine } from './scope-mine'

const openPit = (over: Partial<ScopeMine> = {}): ScopeMine => ({
  status: 'producing',
  miningMethod: 'open_pit',
  licenceValidTo: '2025-12-31',
  hasSandEquipment: false,
  ...over,
})

describe('R1 scope (应建), policy ZJ-2018', () => {
  it('R1: a producing mine with a long term must build', () => {
    const v = isMandatory(openPit(), '2018-06-30')
    expect(v).toMatchObject({ mandatory: true, reason: 'producing', policyId: 'ZJ-2018' })
  })

  it('R1: a new (construction) mine must build', () => {
    expect(isMandatory(openPit({ status: 'construction' }), '2018-06-30')).toMatchObject({
      mandatory: true,
      reason: 'new_mine',
    })
  })

  it('R1: open-pit with exactly one year left and no sand equipment is exempt', () => {
    const v = isMandatory(openPit({ licenceValidTo: '2019-06-30' }), '2018-06-30')
    expect(v).toMatchObject({
      mandatory: false,
      reason: 'exempt_open_pit_short_term',
      remainingTermDays: 365,
    })
    expect(v.messageZh).toContain('1年以内')
  })

  it('R1: open-pit with one year and one day left must build', () => {
    expect(isMandatory(openPit({ licenceValidTo: '2019-07-01' }), '2018-06-30')).toMatchObject({
      mandatory: true,
      reason: 'producing',
    })
  })

  it('R1: open-pit with less than a year left but WITH sand equipment must build', () => {
    const v = isMandatory(openPit({ licenceValidTo: '2019-01-31', hasSandEquipment: true }), '2018-06-30')
    expect(v).toMatchObject({ mandatory: true, reason: 'open_pit_with_sand_equipment' })
  })

  it('R1: an underground mine with a short term must still build', () => {
    expect(
      isMandatory(openPit({ miningMethod: 'underground', licenceValidTo: '2018-12-31' }), '2018-06-30')
        .mandatory,
    ).toBe(true)
  })

  it('R1: a suspended mine counts while its licence is valid, not after', () => {
    expect(isMandatory(openPit({ status: 'suspended' }), '2018-06-30')).toMatchObject({
      mandatory: true,
      reason: 'suspended_licence_valid',
    })
    expect(
      isMandatory(openPit({ status: 'suspended', licenceValidTo: '2018-06-29' }), '2018-06-30'),
    ).toMatchObject({
      mandatory: false,
      reason: 'suspended_licence_expired',
    })
  })

  it('R1: a closed mine is out of scope', () => {
    expect(isMandatory(openPit({ status: 'closed' }), '2018-06-30')).toMatchObject({
      mandatory: false,
      reason: 'closed',
    })
  })

  it('R1: an open-pit mine with an unknown term counts until the term is recorded', () => {
    expect(isMandatory(openPit({ licenceValidTo: null }), '2018-06-30')).toMatchObject({
      mandatory: true,
      reason: 'term_unknown',
    })
  })

  it('R1: the verdict depends on the as-of date', () => {
    const mine = openPit({ licenceValidTo: '2020-03-31' })
    expect(isMandatory(mine, '2018-12-31').mandatory).toBe(true)
    expect(isMandatory(mine, '2019-12-31').mandatory).toBe(false)
  })
})

describe('R1 scope, policy ALT-3Y', () => {
  it('R1: ALT-3Y counts only mines with at least 3 years left, whatever the method', () => {
    const underground = openPit({ miningMethod: 'underground', licenceValidTo: '2021-06-29' })
    expect(isMandatory(underground, '2018-06-30', 'ALT-3Y')).toMatchObject({
      mandatory: false,
      reason: 'term_below_threshold',
      policyId: 'ALT-3Y',
    })
    expect(isMandatory(openPit({ licenceValidTo: '2021-06-30' }), '2018-06-30', 'ALT-3Y').mandatory).toBe(
      true,
    )
    // The same short-term mine with sand equipment is in scope under ZJ-2018 but not under ALT-3Y.
    const sand = openPit({ licenceValidTo: '2019-01-31', hasSandEquipment: true })
    expect(isMandatory(sand, '2018-06-30').mandatory).toBe(true)
    expect(isMandatory(sand, '2018-06-30', 'ALT-3Y').mandatory).toBe(false)
  })

  it('R1: an unknown policy id is refused', () => {
    expect(() => isMandatory(openPit(), '2018-06-30', 'ZJ-1999')).toThrow(
      expect.objectContaining({ code: 'R1.unknown_policy' }),
    )
  })
})

describe('R1 scope on the registry facts of the date', () => {
  it('R1: nothing counts before the licence starts', () => {
    const mine = openPit({ licenceValidFrom: '2019-03-01' })
    expect(isMandatory(mine, '2019-02-28')).toMatchObject({ mandatory: false, reason: 'before_licence' })
    expect(isMandatory(mine, '2019-03-01').mandatory).toBe(true)
    expect(isMandatory(mine, '2019-02-28', 'ALT-3Y').mandatory).toBe(false)
  })
})
