import { describe, expect, it } from 'vitest'
import { computeAlerts, type AlertMine } from './compute-alerts'

const mine = (over: Partial<AlertMine> & { id: string }): AlertMine => ({
  countyCode: '330521',
  state: 'building',
  status: 'producing',
  ...over,
})

describe('alerts', () => {
  it('R3.3: a report received on 31 January raises a verification alert due 28 February, overdue from 1 March', () => {
    const snapshot = {
      mines: [mine({ id: 'm1', state: 'self_assessed', selfAssessmentReceivedOn: '2019-01-31' })],
    }
    expect(computeAlerts(snapshot, '2019-02-28')).toEqual([
      expect.objectContaining({
        kind: 'verification_due',
        mineId: 'm1',
        dueOn: '2019-02-28',
        overdue: false,
        daysLeft: 0,
        rule: 'R3.3',
      }),
    ])
    expect(computeAlerts(snapshot, '2019-03-01')[0]).toMatchObject({ overdue: true, daysLeft: -1 })
    const leap = {
      mines: [mine({ id: 'm2', state: 'evaluator_assigned', selfAssessmentReceivedOn: '2020-01-31' })],
    }
    expect(computeAlerts(leap, '2020-02-01')[0]?.dueOn).toBe('2020-02-29')
  })

  it('R4: a new mine raises a construction alert at 6 months and a suspension alert at 12 months', () => {
    const m = mine({ id: 'new', productionStartedOn: '2018-08-31' })
    expect(computeAlerts({ mines: [m] }, '2018-12-01')).toEqual([])
    const at6 = computeAlerts({ mines: [m] }, '2019-02-28')
    expect(at6.map((a) => [a.kind, a.dueOn, a.overdue])).toEqual([['construction_due', '2019-02-28', false]])
    const after6 = computeAlerts({ mines: [m] }, '2019-03-01')
    expect(after6[0]).toMatchObject({ kind: 'construction_due', overdue: true, rule: 'R4' })
    const after12 = computeAlerts({ mines: [m] }, '2019-09-01')
    expect(after12.find((a) => a.kind === 'suspension_due')).toMatchObject({
      dueOn: '2019-08-31',
      overdue: true,
    })
  })

  it('R4: no construction alert once the self-assessment is in, and no suspension alert once in the directory or suspended', () => {
    const assessed = mine({
      id: 'a',
      state: 'verified',
      productionStartedOn: '2018-08-31',
      selfAssessmentReceivedOn: '2019-02-01',
    })
    expect(computeAlerts({ mines: [assessed] }, '2019-03-10').map((a) => a.kind)).toEqual([])
    const listed = mine({
      id: 'b',
      state: 'in_directory',
      productionStartedOn: '2018-08-31',
      selfAssessmentReceivedOn: '2019-02-01',
    })
    expect(computeAlerts({ mines: [listed] }, '2019-09-10')).toEqual([])
    const stopped = mine({
      id: 'c',
      status: 'suspended',
      state: 'verified',
      productionStartedOn: '2018-08-31',
      selfAssessmentReceivedOn: '2019-02-01',
    })
    expect(computeAlerts({ mines: [stopped] }, '2019-09-10')).toEqual([])
  })

  it('R6: a rectification deadline alerts within 30 days and when overdue', () => {
    const m = mine({ id: 'r', state: 'rectifying', rectificationDeadline: '2019-12-10' })
    expect(computeAlerts({ mines: [m] }, '2019-11-09')).toEqual([])
    expect(computeAlerts({ mines: [m] }, '2019-11-10')[0]).toMatchObject({
      kind: 'rectification_due',
      daysLeft: 30,
      overdue: false,
      rule: 'R6',
    })
    expect(computeAlerts({ mines: [m] }, '2019-12-11')[0]).toMatchObject({ overdue: true })
  })

  it('R3.6: a city with archived mines is told of the next window, and is overdue once a window passes', () => {
    const waiting = [
      mine({ id: 'x', countyCode: '330521', state: 'county_archived', countyArchivedOn: '2019-05-10' }),
      mine({ id: 'y', countyCode: '330522', state: 'county_archived', countyArchivedOn: '2019-06-01' }),
    ]
    expect(computeAlerts({ mines: waiting }, '2019-08-01')).toEqual([])
    const soon = computeAlerts({ mines: waiting }, '2019-09-05')
    expect(soon).toEqual([
      expect.objectContaining({
        kind: 'city_report_due',
        regionCode: '330500',
        opensOn: '2019-10-01',
        dueOn: '2019-10-31',
        overdue: false,
        rule: 'R3.6',
      }),
    ])
    expect(soon[0]?.messageZh).toContain('2 家')
    expect(computeAlerts({ mines: waiting }, '2019-11-01')[0]).toMatchObject({
      dueOn: '2019-10-31',
      overdue: true,
    })
  })

  it('alerts: closed mines raise nothing, and alerts come soonest first', () => {
    const closed = mine({
      id: 'z',
      status: 'closed',
      state: 'self_assessed',
      selfAssessmentReceivedOn: '2019-01-31',
    })
    const a = mine({ id: 'a', state: 'self_assessed', selfAssessmentReceivedOn: '2019-02-10' })
    const b = mine({ id: 'b', state: 'rectifying', rectificationDeadline: '2019-02-20' })
    expect(computeAlerts({ mines: [closed, a, b] }, '2019-02-15').map((x) => x.mineId)).toEqual(['b', 'a'])
  })
})
