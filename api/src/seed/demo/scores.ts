// On-site verification scores against the 2020 national indicator set (CN-2020): five prerequisites,
// six groups; pass at ≥ 800 of 1000 with every group ≥ 75%. Every score is checked by the domain.
import { CN_2020, evaluate, type EvaluationScores, type IndicatorSet, type SeededRandom } from '@zgm/domain'
import type { Outcome } from './pipeline'

export const INDICATOR_VERSION = 'CN-2020'

/**
 * The weights the fictional demo history was scored with for the four CN-2020 groups whose
 * official points are not loaded. Demo data only: the platform's own CN-2020 keeps them
 * unconfirmed (null) until the province imports the official table.
 */
const DEMO_STAND_IN_POINTS: Readonly<Record<string, number>> = {
  comprehensive_use: 160,
  energy_emissions: 140,
  innovation_smart_mine: 120,
  management_image: 140,
}

/** CN-2020 as the demo history was scored: confirmed figures plus the demo's stand-ins. */
export const DEMO_INDICATOR_SET: IndicatorSet = {
  ...CN_2020,
  groups: CN_2020.groups.map((g) => ({ ...g, max: g.max ?? DEMO_STAND_IN_POINTS[g.id]! })),
}

export interface Scored {
  scores: EvaluationScores
  total: number
  passed: boolean
  /** The evaluator's written reason when the mine fails. */
  reason: string | null
}

const FAILED_PREREQUISITE: Record<string, string> = {
  valid_licences: '安全生产许可证已过期，证照不齐全',
  no_major_penalty: '近三年内受到重大行政处罚且未完成整改',
  reserves_3_years: '保有资源储量服务年限不足3年',
  no_protected_overlap: '矿区范围与生态保护红线存在重叠',
}

const CONCLUSION_REASONS = [
  '现场核查发现存在越界开采行为，不符合行业绿色矿山建设规范',
  '边坡未按设计台阶开采，存在安全隐患，不符合行业绿色矿山建设规范',
  '粉尘治理设施未正常运行，不符合行业绿色矿山建设规范',
]

function groupScores(rng: SeededRandom, share: (id: string) => number): Record<string, number> {
  return Object.fromEntries(
    DEMO_INDICATOR_SET.groups.map((g) => [g.id, Math.min(g.max!, Math.round(g.max! * share(g.id)))]),
  )
}

export function scoreVerification(rng: SeededRandom, outcome: Outcome): Scored {
  const set = DEMO_INDICATOR_SET
  const prerequisites = Object.fromEntries(set.prerequisites.map((p) => [p.id, true]))
  let groups: Record<string, number>
  let reason: string | null = null
  if (outcome === 'fail_score') {
    const weak = new Set(rng.shuffle(set.groups.map((g) => g.id)).slice(0, rng.int(1, 2)))
    groups = groupScores(rng, (id) => (weak.has(id) ? rng.float(0.55, 0.73) : rng.float(0.76, 0.88)))
  } else {
    groups = groupScores(rng, () => rng.float(0.8, 0.96))
    if (outcome === 'fail_prerequisite') {
      const failed = rng.pick(Object.keys(FAILED_PREREQUISITE))
      prerequisites[failed] = false
      reason = FAILED_PREREQUISITE[failed]!
    }
    if (outcome === 'fail_conclusion') reason = rng.pick(CONCLUSION_REASONS)
  }
  const scores = { prerequisites, groups }
  const result = evaluate(scores, DEMO_INDICATOR_SET)
  const passed = result.pass && outcome !== 'fail_conclusion'
  if (passed !== (outcome === 'pass')) throw new Error(`demo scores do not match the outcome ${outcome}`)
  if (!passed && !reason) reason = result.reasons.map((r) => r.messageZh).join('；')
  return { scores, total: result.total, passed, reason }
}
