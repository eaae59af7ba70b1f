// §4.2 不符合要求的矿山企业，一律不得通过现场核查: score a verification against a versioned indicator set.
import { RuleError } from '../errors'
import { getIndicatorSet } from './indicator-sets'

/** What an evaluator records: one answer per prerequisite and a score per group. */
export interface EvaluationScores {
  prerequisites: Readonly<Record<string, boolean>>
  groups: Readonly<Record<string, number>>
}

export type EvaluationReasonCode = 'prerequisite_failed' | 'total_below_pass' | 'group_below_min'

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
  max: number
  min: number
  pass: boolean
}

export interface EvaluationResult {
  versionId: string
  pass: boolean
  total: number
  maxTotal: number
  passTotal: number
  prerequisites: { id: string; pass: boolean }[]
  groups: GroupResult[]
  /** Why it failed; empty when it passed. */
  reasons: EvaluationReason[]
}

/** Passes when every prerequisite holds, the total reaches the pass mark and every group its minimum share. */
export function evaluate(scores: EvaluationScores, versionId?: string): EvaluationResult {
  const set = getIndicatorSet(versionId)
  const reasons: EvaluationReason[] = []

  const prerequisites = set.prerequisites.map((p) => {
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

  const groups = set.groups.map((g): GroupResult => {
    const score = scores.groups[g.id]
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > g.max) {
      throw new RuleError({
        code: 'R3.4.invalid_score',
        group: g.id,
        groupLabel: { zh: g.zh, en: g.en },
        max: g.max,
        score: String(score),
      })
    }
    const min = g.max * set.groupMinShare
    const pass = score >= min
    if (!pass) {
      reasons.push({
        code: 'group_below_min',
        subject: g.id,
        message: `${g.en}: ${score} is below ${min} (${set.groupMinShare * 100}% of ${g.max})`,
        messageZh: `${g.zh}得分 ${score} 低于 ${min}（满分 ${g.max} 的 ${set.groupMinShare * 100}%）`,
      })
    }
    return { id: g.id, score, max: g.max, min, pass }
  })

  const total = groups.reduce((sum, g) => sum + g.score, 0)
  if (total < set.passTotal) {
    reasons.push({
      code: 'total_below_pass',
      message: `Total ${total} is below ${set.passTotal}`,
      messageZh: `总分 ${total} 低于 ${set.passTotal} 分`,
    })
  }
  const maxTotal = set.groups.reduce((sum, g) => sum + g.max, 0)
  return {
    versionId: set.id,
    pass: reasons.length === 0,
    total,
    maxTotal,
    passTotal: set.passTotal,
    prerequisites,
    groups,
    reasons,
  }
}
