import { describe, expect, it } from 'vitest'
import { applyGreenEvent } from './apply-green-event'
import { allowedEvents } from './events'
import { inDirectory, recheckAgencyDrawn, rectifying } from './test-path'
import { FAILING_SCORES, PASSING_SCORES, ctx } from './test-fixtures'

const drawn = { agencyId: 'agency-b' }
const fail = { type: 'recheck', result: 'fail', scores: FAILING_SCORES } as const

/** Failed re-check filed by the newly drawn agency: the removal now awaits the province. */
const recheckFailed = () =>
  applyGreenEvent(recheckAgencyDrawn(), fail, ctx('evaluator', '2019-12-15', drawn)).record

describe('R6 directory management in the workflow', () => {
  it('R6: a passing spot check keeps the mine in the directory; a declining one orders rectification with a deadline', () => {
    expect(
      applyGreenEvent(inDirectory(), { type: 'spot_check', result: 'pass' }, ctx('province', '2019-09-10'))
        .state,
    ).toBe('in_directory')
    const r = applyGreenEvent(
      inDirectory(),
      { type: 'spot_check', result: 'declined', deadline: '2019-11-30' },
      ctx('county', '2019-09-10'),
    )
    expect(r.state).toBe('rectifying')
    expect(r.effects).toContainEqual({
      kind: 'rectification_ordered',
      orderedOn: '2019-09-10',
      deadline: '2019-11-30',
    })
    expect(rectifying().rectification).toMatchObject({ orderedOn: '2019-09-10', deadline: '2019-12-10' })
  })

  it('R6: the re-check agency is newly drawn: never the original evaluator, listed that day, unconflicted', () => {
    const assign =
      (agencyId: string, on = '2019-10-01', extra = {}) =>
      () =>
        applyGreenEvent(rectifying(), { type: 'assign_recheck_agency', agencyId }, ctx('county', on, extra))
    expect(assign('agency-a')).toThrow(
      expect.objectContaining({
        code: 'R6.recheck_agency_conflicted',
        refusal: expect.objectContaining({ reason: 'original_evaluator' }),
      }),
    )
    expect(assign('agency-old')).toThrow(
      expect.objectContaining({ refusal: expect.objectContaining({ reason: 'not_listed' }) }),
    )
    const dealings = [{ partyId: 'agency-b', mineId: 'mine-1', kind: 'business' as const, on: '2019-06-01' }]
    expect(assign('agency-b', '2019-10-01', { dealings })).toThrow(
      expect.objectContaining({ refusal: expect.objectContaining({ reason: 'conflict' }) }),
    )
    expect(assign('agency-b')().record.rectification).toMatchObject({ recheckAgencyId: 'agency-b' })
  })

  it('R6: the county cannot file the re-check of its own mine, nor can the original evaluator', () => {
    expect(() => applyGreenEvent(recheckAgencyDrawn(), fail, ctx('county', '2019-12-15'))).toThrow(
      expect.objectContaining({ code: 'R3.wrong_role' }),
    )
    expect(() =>
      applyGreenEvent(recheckAgencyDrawn(), fail, ctx('evaluator', '2019-12-15', { agencyId: 'agency-a' })),
    ).toThrow(expect.objectContaining({ code: 'R3.4.not_assigned_evaluator' }))
    expect(() => applyGreenEvent(rectifying(), fail, ctx('evaluator', '2019-12-15', drawn))).toThrow(
      expect.objectContaining({ code: 'R6.recheck_agency_required' }),
    )
  })

  it('R6: a failed re-check only proposes removal; the province confirms it, exposing and blacklisting', () => {
    const failed = recheckFailed()
    expect(failed).toMatchObject({ state: 'rectifying', rectification: { recheckFailedOn: '2019-12-15' } })
    expect(() => applyGreenEvent(failed, fail, ctx('evaluator', '2019-12-20', drawn))).toThrow(
      expect.objectContaining({ code: 'R6.removal_pending' }),
    )
    expect(() => applyGreenEvent(failed, { type: 'confirm_removal' }, ctx('county', '2019-12-20'))).toThrow(
      expect.objectContaining({ code: 'R3.wrong_role' }),
    )
    const r = applyGreenEvent(
      failed,
      { type: 'confirm_removal', responsiblePersons: ['张三'] },
      ctx('province', '2019-12-20'),
    )
    expect(r.state).toBe('removed')
    expect(r.record.enteredDirectoryOn).toBeNull()
    expect(r.effects.map((e) => e.kind)).toEqual([
      'transition',
      'removed_from_directory',
      'public_exposure',
      'blacklist',
    ])
    expect(r.effects).toContainEqual({
      kind: 'blacklist',
      on: '2019-12-20',
      enterpriseId: 'ent-1',
      responsiblePersons: ['张三'],
    })
  })

  it('R6: the province cannot remove a mine whose re-check has not failed', () => {
    expect(() =>
      applyGreenEvent(recheckAgencyDrawn(), { type: 'confirm_removal' }, ctx('province', '2019-12-20')),
    ).toThrow(expect.objectContaining({ code: 'R6.removal_not_due' }))
  })

  it('R6: a passed re-check returns the mine to the directory; a passing re-check needs a passing score', () => {
    expect(
      applyGreenEvent(
        recheckAgencyDrawn(),
        { type: 'recheck', result: 'pass', scores: PASSING_SCORES },
        ctx('evaluator', '2019-12-01', drawn),
      ).record,
    ).toMatchObject({ state: 'in_directory', rectification: null })
    expect(() =>
      applyGreenEvent(
        recheckAgencyDrawn(),
        { type: 'recheck', result: 'pass', scores: FAILING_SCORES },
        ctx('evaluator', '2019-12-01', drawn),
      ),
    ).toThrow(expect.objectContaining({ code: 'R3.4.score_not_passing' }))
  })

  it('R6: a removed mine may start again, but not while its enterprise is blacklisted', () => {
    const removed = applyGreenEvent(
      recheckFailed(),
      { type: 'confirm_removal' },
      ctx('province', '2019-12-20'),
    ).record
    expect(allowedEvents(removed.state, 'enterprise')).toEqual(['submit_self_assessment'])
    const submit = {
      type: 'submit_self_assessment',
      recipients: ['county_land', 'county_environment'],
    } as const
    const blacklisting = { listedOn: '2019-12-20', reason: 'R6 整改后第三方评估不合格' }
    expect(() => applyGreenEvent(removed, submit, ctx('enterprise', '2020-06-01', { blacklisting }))).toThrow(
      expect.objectContaining({ code: 'R6.blacklisted', rule: 'R6' }),
    )
    expect(applyGreenEvent(removed, submit, ctx('enterprise', '2020-06-01')).state).toBe('self_assessed')
  })

  it('R6: the newly drawn agency must be on the list the day it files, and must send scores', () => {
    expect(() => applyGreenEvent(recheckAgencyDrawn(), fail, ctx('evaluator', '2020-01-15', drawn))).toThrow(
      expect.objectContaining({ code: 'R3.2.evaluator_not_listed' }),
    )
    expect(() =>
      applyGreenEvent(
        recheckAgencyDrawn(),
        { type: 'recheck', result: 'pass' },
        ctx('evaluator', '2019-12-01', drawn),
      ),
    ).toThrow(expect.objectContaining({ code: 'R6.recheck_scores_required' }))
  })
})
