import { describe, expect, it } from 'vitest'
import { evaluate, type EvaluationScores } from './evaluate'
import { CN_2020 } from './indicator-sets'
import { checkAgencyStaff, checkTeam } from './team'
import { hasConflict } from './conflicts'

const prerequisites = Object.fromEntries(CN_2020.prerequisites.map((p) => [p.id, true]))
const atMinimum = Object.fromEntries(CN_2020.groups.map((g) => [g.id, g.max * 0.75]))

describe('R3.4 evaluation (CN-2020)', () => {
  it('R3.4: the six CN-2020 groups sum to 1000 and the 75% minimums to 750', () => {
    expect(CN_2020.groups.reduce((s, g) => s + g.max, 0)).toBe(1000)
    expect(Object.values(atMinimum).reduce((s, v) => s + v, 0)).toBe(750)
    expect(CN_2020.groups.filter((g) => g.confirmed).map((g) => g.zh)).toEqual(['矿区环境', '资源开发方式'])
  })

  it('R3.4: passes at exactly 800 with every group at (at least) 75%', () => {
    const scores: EvaluationScores = { prerequisites, groups: { ...atMinimum, mine_environment: 165 + 50 } }
    const r = evaluate(scores, 'CN-2020')
    expect(r).toMatchObject({ pass: true, total: 800, versionId: 'CN-2020', reasons: [] })
  })

  it('R3.4: 799 fails on the total', () => {
    const r = evaluate({ prerequisites, groups: { ...atMinimum, mine_environment: 214 } })
    expect(r.pass).toBe(false)
    expect(r.reasons.map((x) => x.code)).toEqual(['total_below_pass'])
  })

  it('R3.4: fails when one group is below 75% even with a total of 800 or more', () => {
    const groups = { ...atMinimum, mine_environment: 164, development_method: 220, comprehensive_use: 160 }
    const r = evaluate({ prerequisites, groups })
    expect(r.total).toBeGreaterThanOrEqual(800)
    expect(r.pass).toBe(false)
    expect(r.reasons).toEqual([
      expect.objectContaining({ code: 'group_below_min', subject: 'mine_environment' }),
    ])
    expect(r.groups.find((g) => g.id === 'mine_environment')).toMatchObject({ min: 165, pass: false })
  })

  it('R3.4: fails on a failed or unanswered prerequisite, even with full marks', () => {
    const full = Object.fromEntries(CN_2020.groups.map((g) => [g.id, g.max]))
    const { no_protected_overlap: _, ...four } = prerequisites
    const r = evaluate({ prerequisites: { ...four, valid_licences: false }, groups: full })
    expect(r.pass).toBe(false)
    expect(r.reasons.map((x) => x.subject)).toEqual(['valid_licences', 'no_protected_overlap'])
  })

  it('R3.4: refuses out-of-range scores and unknown versions', () => {
    expect(() => evaluate({ prerequisites, groups: { ...atMinimum, management_image: 141 } })).toThrow(
      expect.objectContaining({ code: 'R3.4.invalid_score' }),
    )
    const { management_image: _, ...five } = atMinimum
    expect(() => evaluate({ prerequisites, groups: five })).toThrow(
      expect.objectContaining({ code: 'R3.4.invalid_score' }),
    )
    expect(() => evaluate({ prerequisites, groups: atMinimum }, 'CN-2024')).toThrow(
      expect.objectContaining({ code: 'R3.4.unknown_indicator_set' }),
    )
  })
})

describe('R3.2 / R3.4 teams and independence', () => {
  const people = (n: number, seniors: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `p${i}`, senior: i < seniors }))

  it('R3.4: a team needs at least 5 distinct people of whom at least 2 senior', () => {
    expect(checkTeam(people(5, 2))).toMatchObject({ ok: true, size: 5, seniors: 2 })
    expect(checkTeam(people(4, 4)).reasons.map((r) => r.code)).toEqual(['too_few_members'])
    expect(checkTeam(people(6, 1)).reasons.map((r) => r.code)).toEqual(['too_few_seniors'])
    expect(checkTeam([...people(4, 2), { id: 'p0', senior: true }]).ok).toBe(false)
  })

  it('R3.2: an agency needs at least 15 staff, 30% senior', () => {
    expect(checkAgencyStaff(people(15, 5)).ok).toBe(true)
    expect(checkAgencyStaff(people(15, 4)).ok).toBe(false)
    expect(checkAgencyStaff(people(14, 14)).ok).toBe(false)
  })

  it('R3.2: business exactly one year before or after conflicts; a day more does not', () => {
    const deal = (on: string) => [{ partyId: 'a', mineId: 'm', kind: 'business' as const, on }]
    expect(hasConflict('a', 'm', '2019-06-15', deal('2018-06-15'))).toBe(true)
    expect(hasConflict('a', 'm', '2019-06-15', deal('2020-06-15'))).toBe(true)
    expect(hasConflict('a', 'm', '2019-06-15', deal('2018-06-14'))).toBe(false)
    expect(hasConflict('a', 'other', '2019-06-15', deal('2019-06-15'))).toBe(false)
  })
})
