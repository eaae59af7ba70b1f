import { describe, expect, it } from 'vitest'
import { pickEvaluator } from './evaluator-pick'
import { LIST } from './test-fixtures'

describe('R3.2 evaluator pick', () => {
  it('R3.2: the pick is reproducible from its seed and never lands on a conflicted or unlisted agency', () => {
    const dealings = [{ partyId: 'agency-b', mineId: 'mine-1', kind: 'business' as const, on: '2019-06-01' }]
    const input = { seed: '2019-安吉-07', on: '2019-02-10', mineId: 'mine-1', evaluatorList: LIST, dealings }
    const pick = pickEvaluator(input)
    expect(pick.candidates).toEqual(['agency-a'])
    expect(pick.agencyId).toBe('agency-a')
    const open = { ...input, dealings: [] }
    expect(pickEvaluator(open)).toEqual(pickEvaluator({ ...open, evaluatorList: [...LIST].reverse() }))
    expect(() => pickEvaluator({ ...input, on: '2020-06-01' })).toThrow(
      expect.objectContaining({ code: 'R3.2.evaluator_not_listed' }),
    )
  })
})
