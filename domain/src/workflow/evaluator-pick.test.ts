import { describe, expect, it } from 'vitest'
import { drawCandidates, drawFromCandidates, pickEvaluator } from './evaluator-pick'
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

  it('R3.2: candidates leave out conflicted and understaffed agencies, with the reason published', () => {
    const list = [
      { agencyId: '1', validFrom: '2021-01-01', validTo: '2023-12-31', staffCount: 20, seniorCount: 8 },
      { agencyId: '2', validFrom: '2021-01-01', validTo: '2023-12-31', staffCount: 14, seniorCount: 10 },
      { agencyId: '3', validFrom: '2021-01-01', validTo: '2023-12-31', staffCount: 30, seniorCount: 9 },
      { agencyId: '10', validFrom: '2021-01-01', validTo: '2023-12-31', staffCount: 16, seniorCount: 5 },
      { agencyId: '4', validFrom: '2019-01-01', validTo: '2020-12-31', staffCount: 20, seniorCount: 8 },
    ]
    const dealings = [{ partyId: '3', mineId: 'm', kind: 'business' as const, on: '2021-09-01' }]
    const { candidates, excluded } = drawCandidates({
      on: '2022-06-01',
      mineId: 'm',
      evaluatorList: list,
      dealings,
    })
    expect(candidates).toEqual(['1', '10'])
    expect(excluded).toEqual([
      { agencyId: '2', reason: 'understaffed', staff: 14, seniors: 10 },
      { agencyId: '3', reason: 'conflict', conflicts: dealings },
    ])
    const first = drawFromCandidates('seed-a', 'm', candidates)
    expect(drawFromCandidates('seed-a', 'm', candidates)).toBe(first)
    const picks = new Set(Array.from({ length: 40 }, (_, i) => drawFromCandidates(`s${i}`, 'm', candidates)))
    expect(picks).toEqual(new Set(candidates))
  })
})
