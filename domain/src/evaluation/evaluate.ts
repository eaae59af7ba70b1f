// §4.2 不符合要求的矿山企业，一律不得通过现场核查: score a verification against a versioned indicator set.
import { RuleError } from '../errors'
import {
  getIndicatorSet,
  isSetConfirmed,
  unconfirmedGroups,
  type IndicatorGroup,
  type IndicatorSet,
} from './indicator-sets'

/** What an evaluator records: one answer per prerequisite and a score per group. */
export interface EvaluationScores {
  prerequisites: Readonly<Record<string, boolean>>
  groups: Readonly<Record<string, number>>
}

export type EvaluationReasonCode =
  'prerequisite_failed' | 'total_below_pass' | 'group_below_min' | 'pass_rule_unconfirmed'

export interface EvaluationReason {
  code: EvaluationReasonCode
  /** Prerequisite or group id, when the reason is about one. */
  subject?: string
  message: string
  messageZh: string
}

export interface GroupResult {
  id: string
  score: number
  /** Null when the group's points are not loaded yet (unconfirmed). */
  max: number | null
  min: number | null
  /** Null when the minimum cannot be checked (unconfirmed weight). */
  pass: boolean | null
}

export interface EvaluationResult {
  versionId: string
  pass: boolean
  total: number
  maxTotal: number
  passTotal: number | null
  prerequisites: { id: string; pass: boolean }[]
  groups: GroupResult[]
  /** Why it failed; empty when it passed. */
  reasons: EvaluationReason[]
  /** False when a weight or the pass rule of the set is not confirmed: the result says so, it is provisional. */
  weightsConfirmed: boolean
  unconfirmedGroups: string[]
}

function refuseScore(g: IndicatorGroup, max: number, score: unknown): never {
  throw new RuleError({
    code: 'R3.4.invalid_score',
    group: g.id,
    groupLabel: { zh: g.zh, en: g.en },
    max,
    score: String(score),
  })
}

/**
 * The groups' scores, each within its points. A group whose points are not loaded is bounded by
 * what the confirmed groups leave of the set's total (the only figure that is known), and its
 * minimum share cannot be checked.
 */
function scoreGroups(
  set: IndicatorSet,
  scores: EvaluationScores,
  reasons: EvaluationReason[],
): GroupResult[] {
  const confirmedMax = set.groups.reduce((sum, g) => sum + (g.max ?? 0), 0)
  const remaining = set.maxTotal - confirmedMax
  let unconfirmedSum = 0
  return set.groups.map((g): GroupResult => {
    const score = scores.groups[g.id]
    const bound = g.max ?? remaining
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > bound) {
      refuseScore(g, bound, score)
    }
    if (g.max === null) {
      unconfirmedSum += score
      if (unconfirmedSum > remaining) refuseScore(g, remaining - (unconfirmedSum - score), score)
      return { id: g.id, score, max: null, min: null, pass: null }
    }
    if (set.groupMinShare === null) return { id: g.id, score, max: g.max, min: null, pass: null }
    const share = set.groupMinShare
    const min = g.max * share
    const pass = score >= min
    if (!pass) {
      reasons.push({
        code: 'group_below_min',
        subject: g.id,
        message: `${g.en}: ${score} is below ${min} (${share * 100}% of ${g.max})`,
        messageZh: `${g.zh}得分 ${score} 低于 ${min}（满分 ${g.max} 的 ${share * 100}%）`,
      })
    }
    return { id: g.id, score, max: g.max, min, pass }
  })
}

/**
 * Passes when every prerequisite holds, the total reaches the pass mark and every group its
 * minimum share. `set` is the set itself (as the province maintains it) or a built-in set's id.
 */
export function evaluate(scores: EvaluationScores, set?: IndicatorSet | string): EvaluationResult {
  const indicators = typeof set === 'object' ? set : getIndicatorSet(set)
  const reasons: EvaluationReason[] = []

  const prerequisites = indicators.prerequisites.map((p) => {
    // An unanswered prerequisite has not been shown to hold.
    const pass = scores.prerequisites[p.id] === true
    if (!pass) {
      reasons.push({
        code: 'prerequisite_failed',
        subject: p.id,
        message: `Prerequisite not met: ${p.en}`,
        messageZh: `前置条件不满足：${p.zh}`,
      })
    }
    return { id: p.id, pass }
  })

  const groups = scoreGroups(indicators, scores, reasons)
  const total = groups.reduce((sum, g) => sum + g.score, 0)
  const passTotal = indicators.passTotal
  if (passTotal === null) {
    reasons.push({
      code: 'pass_rule_unconfirmed',
      message: `The pass line of ${indicators.id} is not loaded yet; no verification can pass against it`,
      messageZh: `${indicators.titleZh}的达标线尚未导入，无法据此判定通过`,
    })
  } else if (total < passTotal) {
    reasons.push({
      code: 'total_below_pass',
      message: `Total ${total} is below ${passTotal}`,
      messageZh: `总分 ${total} 低于 ${passTotal} 分`,
    })
  }
  return {
    versionId: indicators.id,
    pass: reasons.length === 0,
    total,
    maxTotal: indicators.maxTotal,
    passTotal,
    prerequisites,
    groups,
    reasons,
    weightsConfirmed: isSetConfirmed(indicators),
    unconfirmedGroups: unconfirmedGroups(indicators),
  }
}
