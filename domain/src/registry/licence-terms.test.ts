import { describe, expect, it } from 'vitest'
import { checkRenewal, checkTerm, termAsOf, type LicenceTerm } from './licence-terms'
import { checkEquipmentChange } from './sand-equipment'

const first: LicenceTerm = { validFrom: '2014-07-01', validTo: '2019-06-30', registeredOn: '2014-06-20' }
const renewed: LicenceTerm = { validFrom: '2019-07-01', validTo: '2025-06-30', registeredOn: '2019-05-15' }

describe('R1 licence term history', () => {
  it('R1: the term on a date is the one known then, not the renewal registered later', () => {
    expect(termAsOf([first, renewed], '2018-12-31')).toEqual({
      validFrom: '2014-07-01',
      validTo: '2019-06-30',
    })
    expect(termAsOf([first, renewed], '2019-05-15')).toEqual({
      validFrom: '2014-07-01',
      validTo: '2025-06-30',
    })
    expect(termAsOf([], '2019-05-15')).toEqual({ validFrom: null, validTo: null })
  })

  it('R1: a term must end after it starts', () => {
    expect(() => checkTerm('2020-01-01', '2020-01-01')).toThrow(
      expect.objectContaining({
        code: 'R1.term_invalid',
        refusal: expect.objectContaining({ reason: 'ends_before_start' }),
      }),
    )
    expect(() => checkTerm('2020-01-01', '2030-13-01')).toThrow(
      expect.objectContaining({ code: 'input.invalid_date' }),
    )
  })

  it('R1: a renewal starts the day after the previous term ends, no overlap and no gap', () => {
    expect(() => checkRenewal([first], { validFrom: '2019-07-01', validTo: '2024-06-30' })).not.toThrow()
    expect(() => checkRenewal([first], { validFrom: '2019-06-30', validTo: '2024-06-30' })).toThrow(
      expect.objectContaining({
        refusal: expect.objectContaining({ reason: 'overlap', expectedFrom: '2019-07-01' }),
      }),
    )
    expect(() => checkRenewal([first], { validFrom: '2019-07-02', validTo: '2024-06-30' })).toThrow(
      expect.objectContaining({ refusal: expect.objectContaining({ reason: 'gap' }) }),
    )
    expect(() => checkRenewal([first, renewed], { validFrom: '2019-07-01', validTo: '2029-06-30' })).toThrow(
      expect.objectContaining({
        refusal: expect.objectContaining({ reason: 'overlap', previousValidTo: '2025-06-30' }),
      }),
    )
  })

  it('R1: sand equipment is installed and removed in turn', () => {
    expect(() => checkEquipmentChange(false, 'installed')).not.toThrow()
    expect(() => checkEquipmentChange(true, 'removed')).not.toThrow()
    expect(() => checkEquipmentChange(true, 'installed')).toThrow(
      expect.objectContaining({ code: 'R1.equipment_state' }),
    )
    expect(() => checkEquipmentChange(false, 'removed')).toThrow(
      expect.objectContaining({ code: 'R1.equipment_state' }),
    )
  })
})
