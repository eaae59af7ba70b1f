import { describe, expect, it } from 'vitest'
import { GREEN_DUTIES, isContractBreached, missingDuties } from './green-duties'
import { greenDutyFlags } from './duty-flags'

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

describe('R5 flags per mine', () => {
  const all = GREEN_DUTIES.map((d) => d.id)
  const contract = { contractNo: 'HT-2018-01', signedOn: '2018-03-01', duties: all }
  const mine = {
    isNewMine: true,
    productionStartedOn: '2018-08-31',
    selfAssessmentReceivedOn: null,
    contracts: [contract],
  }

  it('R5: a new mine whose contract states the duties is in breach once six months of production pass without a self-assessment', () => {
    expect(greenDutyFlags(mine, '2019-02-28')).toEqual([])
    expect(greenDutyFlags(mine, '2019-03-01')).toEqual([
      { kind: 'construction_overdue', contractNo: 'HT-2018-01', dueOn: '2019-02-28' },
    ])
    expect(greenDutyFlags({ ...mine, selfAssessmentReceivedOn: '2019-02-01' }, '2019-06-01')).toEqual([])
  })

  it('R5: a new mine without a contract, or with one missing duties, is flagged; an existing mine is not', () => {
    expect(greenDutyFlags({ ...mine, contracts: [] }, '2018-06-01')).toEqual([{ kind: 'no_contract' }])
    // A contract signed after the date does not count yet.
    expect(greenDutyFlags(mine, '2018-02-01')).toEqual([{ kind: 'no_contract' }])
    const partial = { ...contract, duties: ['development_method', 'resource_use'] }
    expect(greenDutyFlags({ ...mine, contracts: [partial] }, '2018-06-01')).toEqual([
      {
        kind: 'duties_missing',
        contractNo: 'HT-2018-01',
        missing: ['mine_appearance', 'environmental_restoration', 'land_reclamation'],
      },
    ])
    expect(greenDutyFlags({ ...mine, isNewMine: false, contracts: [] }, '2019-06-01')).toEqual([])
  })
})
