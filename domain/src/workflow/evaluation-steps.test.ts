import { describe, expect, it } from 'vitest'
import { applyGreenEvent } from './apply-green-event'
import { assigned, start, submitted } from './test-path'
import { BOTH_BUREAUS, FAILING_SCORES, PASSING_SCORES, ctx } from './test-fixtures'

describe('R3.1 self-assessment', () => {
  it('R3.1: a self-assessment sent only to the land bureau is refused', () => {
    const fire = () =>
      applyGreenEvent(
        start,
        { type: 'submit_self_assessment', recipients: ['county_land'] },
        ctx('enterprise', '2019-01-31'),
      )
    expect(fire).toThrow(
      expect.objectContaining({
        code: 'R3.1.missing_recipient',
        refusal: { code: 'R3.1.missing_recipient', missing: ['county_environment'] },
      }),
    )
  })

  it('R3.1: a failed mine can resubmit, starting a clean second attempt', () => {
    const failed = applyGreenEvent(
      assigned(),
      { type: 'file_verification', scores: FAILING_SCORES },
      ctx('evaluator', '2019-02-20'),
    ).record
    const again = applyGreenEvent(
      failed,
      { type: 'submit_self_assessment', recipients: BOTH_BUREAUS },
      ctx('enterprise', '2019-06-01'),
    )
    expect(again.record).toEqual({
      state: 'self_assessed',
      attempt: 2,
      selfAssessmentReceivedOn: '2019-06-01',
    })
  })
})

describe('R3.2 evaluator assignment', () => {
  it('R3.2: a conflicted evaluator (business with the mine within a year) is refused', () => {
    const dealings = [{ partyId: 'agency-a', mineId: 'mine-1', kind: 'business' as const, on: '2018-03-01' }]
    const fire = () =>
      applyGreenEvent(
        submitted(),
        { type: 'assign_evaluator', agencyId: 'agency-a' },
        ctx('county', '2019-02-10', { dealings }),
      )
    expect(fire).toThrow(expect.objectContaining({ code: 'R3.2.conflicted_evaluator', rule: 'R3.2' }))
  })

  it('R3.2: business more than a year before does not conflict; help writing the report always does', () => {
    const old = [{ partyId: 'agency-a', mineId: 'mine-1', kind: 'business' as const, on: '2018-02-09' }]
    expect(
      applyGreenEvent(
        submitted(),
        { type: 'assign_evaluator', agencyId: 'agency-a' },
        ctx('county', '2019-02-10', { dealings: old }),
      ).state,
    ).toBe('evaluator_assigned')
    const helped = [{ partyId: 'agency-a', mineId: 'mine-1', kind: 'report_help' as const }]
    const fire = () =>
      applyGreenEvent(
        submitted(),
        { type: 'assign_evaluator', agencyId: 'agency-a' },
        ctx('county', '2019-02-10', { dealings: helped }),
      )
    expect(fire).toThrow(expect.objectContaining({ code: 'R3.2.conflicted_evaluator' }))
  })

  it('R3.2: an agency not on the list valid that day is refused', () => {
    const fire = () =>
      applyGreenEvent(
        submitted(),
        { type: 'assign_evaluator', agencyId: 'agency-old' },
        ctx('county', '2019-02-10'),
      )
    expect(fire).toThrow(expect.objectContaining({ code: 'R3.2.evaluator_not_listed' }))
  })
})

describe('R3.3 / R3.4 on-site verification', () => {
  it('R3.3: a verification filed after one month is accepted but flagged late (received 31 January, due 28 February)', () => {
    const onTime = applyGreenEvent(
      assigned(),
      { type: 'file_verification', scores: PASSING_SCORES },
      ctx('evaluator', '2019-02-28'),
    )
    expect(onTime.record.verification).toMatchObject({ dueOn: '2019-02-28', late: false, pass: true })
    const late = applyGreenEvent(
      assigned(),
      { type: 'file_verification', scores: PASSING_SCORES },
      ctx('evaluator', '2019-03-01'),
    )
    expect(late.state).toBe('verified')
    expect(late.record.verification).toMatchObject({ late: true })
    expect(late.effects).toContainEqual({
      kind: 'verification_late',
      rule: 'R3.3',
      dueOn: '2019-02-28',
      filedOn: '2019-03-01',
    })
  })

  it('R3.4: a failing score goes to verification_failed and can never be filed as a pass', () => {
    const failed = applyGreenEvent(
      assigned(),
      { type: 'file_verification', scores: FAILING_SCORES },
      ctx('evaluator', '2019-02-20'),
    )
    expect(failed.state).toBe('verification_failed')
    const forced = () =>
      applyGreenEvent(
        assigned(),
        { type: 'file_verification', scores: FAILING_SCORES, conclusion: 'pass' },
        ctx('evaluator', '2019-02-20'),
      )
    expect(forced).toThrow(expect.objectContaining({ code: 'R3.4.score_not_passing' }))
  })

  it('R3.4: an evaluator may fail a passing score only with a reason', () => {
    const fire = (reason?: string) =>
      applyGreenEvent(
        assigned(),
        { type: 'file_verification', scores: PASSING_SCORES, conclusion: 'fail', reason },
        ctx('evaluator', '2019-02-20'),
      )
    expect(() => fire()).toThrow(expect.objectContaining({ code: 'R3.4.reason_required' }))
    expect(fire('排土场未按DZ/T 0316治理').record.verification).toMatchObject({
      pass: false,
      reason: '排土场未按DZ/T 0316治理',
    })
  })

  it('R3.4: only the assigned agency may file, and its team must be large enough', () => {
    const other = () =>
      applyGreenEvent(
        assigned(),
        { type: 'file_verification', scores: PASSING_SCORES },
        ctx('evaluator', '2019-02-20', { agencyId: 'agency-b' }),
      )
    expect(other).toThrow(expect.objectContaining({ code: 'R3.4.not_assigned_evaluator' }))
    const team = [1, 2, 3, 4].map((i) => ({ id: `p${i}`, senior: i <= 2 }))
    const small = () =>
      applyGreenEvent(
        assigned(),
        { type: 'file_verification', scores: PASSING_SCORES, team },
        ctx('evaluator', '2019-02-20'),
      )
    expect(small).toThrow(expect.objectContaining({ code: 'R3.4.team_invalid' }))
  })
})
