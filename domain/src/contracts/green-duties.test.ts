import { describe, expect, it } from 'vitest'
import { GREEN_DUTIES, isContractBreached, missingDuties } from './green-duties'

describe('R5 mining-right contracts', () => {
  const all = GREEN_DUTIES.map((d) => d.id)

  it('R5: a transfer contract must state all five green duties', () => {
    expect(missingDuties(all)).toEqual([])
    expect(missingDuties(['development_method', 'resource_use'])).toEqual([
      'mine_appearance',
      'environmental_restoration',
      'land_reclamation',
    ])
  })

  it('R5: a new mine with green duties in its contract is in breach once the 6-month clock runs out', () => {
    const mine = { productionStartedOn: '2018-08-31', contractDuties: all }
    expect(isContractBreached(mine, '2019-02-28')).toBe(false)
    expect(isContractBreached(mine, '2019-03-01')).toBe(true)
    expect(isContractBreached({ ...mine, selfAssessmentReceivedOn: '2019-01-15' }, '2019-03-01')).toBe(false)
    expect(isContractBreached({ ...mine, contractDuties: [] }, '2019-03-01')).toBe(false)
  })
})
