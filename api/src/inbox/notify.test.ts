import { describe, expect, it } from 'vitest'
import { notificationsFor, type NotifiedStep } from './notify'

const mine = { id: 7, name: '长兴测试矿', countyCode: '330522', enterpriseId: 3 }
const step = (event: NotifiedStep['event'], state: NotifiedStep['state']): NotifiedStep => ({
  mine,
  event,
  state,
  on: '2026-11-20',
})

describe('who a step notifies', () => {
  it('addresses each kind of new work to the one who must act', () => {
    const to = (s: NotifiedStep) => notificationsFor(s).map((n) => [n.kind, n.to])
    expect(
      to(
        step(
          { type: 'submit_self_assessment', recipients: ['county_land', 'county_environment'] },
          'self_assessed',
        ),
      ),
    ).toEqual([['self_assessment_submitted', { role: 'county', region: '330522' }]])
    expect(to(step({ type: 'assign_evaluator', agencyId: '12' }, 'evaluator_assigned'))).toEqual([
      ['evaluator_assigned', { role: 'evaluator', org: 12 }],
    ])
    expect(
      to(
        step(
          {
            type: 'close_county_publicity',
            objectionUpheld: false,
            archived: { selfAssessmentDocumentId: '1', verificationReportDocumentId: '2' },
          },
          'county_archived',
        ),
      ),
    ).toEqual([['county_archived', { role: 'city', region: '330500' }]])
    expect(to(step({ type: 'city_report' }, 'city_reported'))).toEqual([
      ['city_reported', { role: 'province', region: '330000' }],
    ])
    expect(
      to(step({ type: 'spot_check', result: 'declined', deadline: '2027-02-01' }, 'rectifying')),
    ).toEqual([['rectification_ordered', { role: 'enterprise', org: 3 }]])
    expect(to(step({ type: 'confirm_removal' }, 'removed'))).toEqual([
      ['removed', { role: 'enterprise', org: 3 }],
    ])
  })

  it('stays silent where no one gets new work: an upheld objection sends no archive to the city, a passed spot check no order', () => {
    expect(
      notificationsFor(
        step(
          {
            type: 'close_county_publicity',
            objectionUpheld: true,
            archived: { selfAssessmentDocumentId: null, verificationReportDocumentId: null },
          },
          'verification_failed',
        ),
      ),
    ).toEqual([])
    expect(notificationsFor(step({ type: 'spot_check', result: 'pass' }, 'in_directory'))).toEqual([])
  })
})
