import { describe, expect, it } from 'vitest'
import { evaluate, type EvaluationScores } from './evaluate'
import { CN_2020, CN_2024, indicatorSetOn, unconfirmedGroups, type IndicatorSet } from './indicator-sets'
import { parseIndicatorTable } from './indicator-table'
import { checkAgencyStaff, checkTeam } from './team'
import { hasConflict } from './conflicts'

const prerequisites = Object.fromEntries(CN_2020.prerequisites.map((p) => [p.id, true]))

/** A test table for the four unconfirmed groups (test data only: the real one is the province's to load). */
const TEST_TABLE = `group_id,points,items
comprehensive_use,160,20
energy_emissions,140,18
innovation_smart_mine,120,14
management_image,140,16`

/** CN-2020 with the test table loaded, as the API builds it after an import. */
const LOADED: IndicatorSet = {
  ...CN_2020,
  groups: CN_2020.groups.map((g) => {
    const row = parseIndicatorTable(TEST_TABLE, CN_2020).find((r) => r.groupId === g.id)
    return row ? { ...g, max: row.points, itemCount: row.items } : g
  }),
}
const atMinimum = Object.fromEntries(LOADED.groups.map((g) => [g.id, g.max! * 0.75]))

describe('R3.4 evaluation (CN-2020)', () => {
  it('R3.4: CN-2020 confirms only 矿区环境 (220, 17 items) and 资源开发方式 (220, 15 items); the rest stay unconfirmed', () => {
    expect(CN_2020.maxTotal).toBe(1000)
    expect(CN_2020.groups.map((g) => [g.zh, g.max])).toEqual([
      ['矿区环境', 220],
      ['资源开发方式', 220],
      ['资源综合利用', null],
      ['节能减排', null],
      ['科技创新与智能矿山', null],
      ['企业管理与企业形象', null],
    ])
    expect(CN_2020.groups.slice(0, 2).map((g) => g.itemCount)).toEqual([17, 15])
    expect(unconfirmedGroups(LOADED)).toEqual([])
    expect(LOADED.groups.reduce((s, g) => s + g.max!, 0)).toBe(1000)
  })

  it('R3.4: passes at exactly 800 with every group at (at least) 75%', () => {
    const scores: EvaluationScores = { prerequisites, groups: { ...atMinimum, mine_environment: 165 + 50 } }
    const r = evaluate(scores, LOADED)
    expect(r).toMatchObject({
      pass: true,
      total: 800,
      versionId: 'CN-2020',
      reasons: [],
      weightsConfirmed: true,
    })
  })

  it('R3.4: 799 fails on the total', () => {
    const r = evaluate({ prerequisites, groups: { ...atMinimum, mine_environment: 214 } }, LOADED)
    expect(r.pass).toBe(false)
    expect(r.reasons.map((x) => x.code)).toEqual(['total_below_pass'])
  })

  it('R3.4: fails when one group is below 75% even with a total of 800 or more', () => {
    const groups = { ...atMinimum, mine_environment: 164, development_method: 220, comprehensive_use: 160 }
    const r = evaluate({ prerequisites, groups }, LOADED)
    expect(r.total).toBeGreaterThanOrEqual(800)
    expect(r.pass).toBe(false)
    expect(r.reasons).toEqual([
      expect.objectContaining({ code: 'group_below_min', subject: 'mine_environment' }),
    ])
    expect(r.groups.find((g) => g.id === 'mine_environment')).toMatchObject({ min: 165, pass: false })
  })

  it('R3.4: fails on a failed or unanswered prerequisite, even with full marks', () => {
    const full = Object.fromEntries(LOADED.groups.map((g) => [g.id, g.max!]))
    const { no_protected_overlap: _, ...four } = prerequisites
    const r = evaluate({ prerequisites: { ...four, valid_licences: false }, groups: full }, LOADED)
    expect(r.pass).toBe(false)
    expect(r.reasons.map((x) => x.subject)).toEqual(['valid_licences', 'no_protected_overlap'])
  })

  it('R3.4: refuses out-of-range scores and unknown versions', () => {
    expect(() =>
      evaluate({ prerequisites, groups: { ...atMinimum, management_image: 141 } }, LOADED),
    ).toThrow(expect.objectContaining({ code: 'R3.4.invalid_score' }))
    const { management_image: _, ...five } = atMinimum
    expect(() => evaluate({ prerequisites, groups: five }, LOADED)).toThrow(
      expect.objectContaining({ code: 'R3.4.invalid_score' }),
    )
    expect(() => evaluate({ prerequisites, groups: atMinimum }, 'CN-2019')).toThrow(
      expect.objectContaining({ code: 'R3.4.unknown_indicator_set' }),
    )
  })

  it('R3.4: against unconfirmed weights the result says so, and the four unknown groups share only the 560 points left', () => {
    const r = evaluate({ prerequisites, groups: atMinimum }, CN_2020)
    expect(r).toMatchObject({ weightsConfirmed: false, total: 750, pass: false })
    expect(r.unconfirmedGroups).toEqual([
      'comprehensive_use',
      'energy_emissions',
      'innovation_smart_mine',
      'management_image',
    ])
    expect(r.groups.find((g) => g.id === 'management_image')).toMatchObject({ max: null, pass: null })
    const tooMuch = { ...atMinimum, comprehensive_use: 300, energy_emissions: 261 }
    expect(() => evaluate({ prerequisites, groups: tooMuch }, CN_2020)).toThrow(
      expect.objectContaining({ code: 'R3.4.invalid_score' }),
    )
  })

  it('R3.4: the 2024 set (49 items, 100 points, six groups) cannot pass anyone before its pass line is loaded', () => {
    expect(CN_2024).toMatchObject({ maxTotal: 100, passTotal: null })
    expect(CN_2024.groups.map((g) => g.zh)).toContain('绿色低碳')
    expect(CN_2024.groups).toHaveLength(6)
    const groups = Object.fromEntries(CN_2024.groups.map((g) => [g.id, 16]))
    const r = evaluate({ prerequisites: {}, groups }, CN_2024)
    expect(r.pass).toBe(false)
    expect(r.reasons.map((x) => x.code)).toEqual(['pass_rule_unconfirmed'])
  })

  it('R3.4: a mine is judged against the set in force on the verification date', () => {
    const sets = [CN_2020, CN_2024]
    expect(indicatorSetOn(sets, '2020-06-01')?.id).toBe('CN-2020')
    expect(indicatorSetOn(sets, '2024-03-31')?.id).toBe('CN-2020')
    expect(indicatorSetOn(sets, '2024-04-01')?.id).toBe('CN-2024')
    expect(indicatorSetOn(sets, '2020-05-31')).toBeUndefined()
  })
})

describe('R3.4 the official table the province loads', () => {
  const refused = (csv: string, problem: string) =>
    expect(() => parseIndicatorTable(csv, CN_2020)).toThrow(
      expect.objectContaining({
        code: 'R3.4.indicator_table_invalid',
        refusal: expect.objectContaining({ problem }),
      }),
    )

  it('R3.4: reads a complete table that sums to 1000', () => {
    expect(parseIndicatorTable(TEST_TABLE, CN_2020)).toHaveLength(4)
  })

  it('R3.4: refuses a table that contradicts a confirmed figure, names an unknown group, or does not add up', () => {
    refused('group_id,points,items\nmine_environment,200,17', 'contradicts_confirmed')
    refused('group_id,points,items\nmine_environment,220,16', 'contradicts_confirmed')
    refused('group_id,points,items\ngreen_low_carbon,10,', 'unknown_group')
    refused(TEST_TABLE.replace('140,16', '130,16'), 'total')
    refused('group_id,points,items\ncomprehensive_use,600,', 'total')
    refused('group,points\ncomprehensive_use,160', 'header')
    refused('group_id,points,items\ncomprehensive_use,-5,', 'points')
    refused('group_id,points,items\ncomprehensive_use,160,\ncomprehensive_use,160,', 'duplicate')
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
