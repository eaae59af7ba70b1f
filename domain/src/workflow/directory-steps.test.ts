import { describe, expect, it } from 'vitest'
import { applyGreenEvent } from './apply-green-event'
import { allowedEvents } from './events'
import { inDirectory, rectifying } from './test-path'
import { FAILING_SCORES, ctx } from './test-fixtures'

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
      { type: 'recheck', result: 'fail', responsiblePersons: ['张三'] },
      ctx('evaluator', '2019-12-15'),
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
      applyGreenEvent(rectifying(), { type: 'recheck', result: 'pass' }, ctx('county', '2019-12-01')).record,
    ).toMatchObject({ state: 'in_directory', rectification: null })
    expect(() =>
      applyGreenEvent(
        rectifying(),
        { type: 'recheck', result: 'pass', scores: FAILING_SCORES },
        ctx('evaluator', '2019-12-01'),
      ),
    ).toThrow(expect.objectContaining({ code: 'R3.4.score_not_passing' }))
  })

  it('R6: a removed mine may start again with a new self-assessment', () => {
    const removed = applyGreenEvent(
      rectifying(),
      { type: 'recheck', result: 'fail' },
      ctx('evaluator', '2019-12-15'),
    ).record
    expect(allowedEvents(removed.state, 'enterprise')).toEqual(['submit_self_assessment'])
  })
})
