import { describe, expect, it } from 'vitest'
import { applyGreenEvent } from './apply-green-event'
import { allowedEvents } from './events'
import { inDirectory, rectifying } from './test-path'
import { FAILING_SCORES, PASSING_SCORES, ctx } from './test-fixtures'

const assigned = { agencyId: 'agency-a' }

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
    expect(rectifying().rectification).toEqual({ orderedOn: '2019-09-10', deadline: '2019-12-10' })
  })

  it('R6: a failed re-check removes the mine, exposes it and blacklists the enterprise and its responsible persons', () => {
    const r = applyGreenEvent(
      rectifying(),
      { type: 'recheck', result: 'fail', scores: FAILING_SCORES, responsiblePersons: ['张三'] },
      ctx('evaluator', '2019-12-15', assigned),
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
      on: '2019-12-15',
      enterpriseId: 'ent-1',
      responsiblePersons: ['张三'],
    })
  })

  it('R6: a passed re-check returns the mine to the directory; a passing re-check needs a passing score', () => {
    expect(
      applyGreenEvent(
        rectifying(),
        { type: 'recheck', result: 'pass', scores: PASSING_SCORES },
        ctx('county', '2019-12-01'),
      ).record,
    ).toMatchObject({ state: 'in_directory', rectification: null })
    expect(() =>
      applyGreenEvent(
        rectifying(),
        { type: 'recheck', result: 'pass', scores: FAILING_SCORES },
        ctx('evaluator', '2019-12-01', assigned),
      ),
    ).toThrow(expect.objectContaining({ code: 'R3.4.score_not_passing' }))
  })

  it('R6: a removed mine may start again with a new self-assessment', () => {
    const removed = applyGreenEvent(
      rectifying(),
      { type: 'recheck', result: 'fail', scores: FAILING_SCORES },
      ctx('evaluator', '2019-12-15', assigned),
    ).record
    expect(allowedEvents(removed.state, 'enterprise')).toEqual(['submit_self_assessment'])
  })

  it('R6: only the agency assigned now, on the list that day, files a re-check, and only with scores', () => {
    const fail = { type: 'recheck', result: 'fail', scores: FAILING_SCORES } as const
    expect(() =>
      applyGreenEvent(rectifying(), fail, ctx('evaluator', '2019-12-15', { agencyId: 'agency-b' })),
    ).toThrow(expect.objectContaining({ code: 'R3.4.not_assigned_evaluator' }))
    expect(() => applyGreenEvent(rectifying(), fail, ctx('evaluator', '2020-01-15', assigned))).toThrow(
      expect.objectContaining({ code: 'R3.2.evaluator_not_listed' }),
    )
    expect(() =>
      applyGreenEvent(rectifying(), { type: 'recheck', result: 'pass' }, ctx('county', '2019-12-01')),
    ).toThrow(expect.objectContaining({ code: 'R6.recheck_scores_required' }))
  })
})
