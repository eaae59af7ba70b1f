// The self-assessment's scores checked live with the evaluator's own rule (domain evaluate: every
// prerequisite, the pass total — 800 of 1000 in CN-2020 — and each group ≥ its minimum share, 75 %).
import { evaluate, type EvaluationResult, type IndicatorSet } from '@zgm/domain'
import type { Schemas } from '../../api/schemas'

type SetView = Schemas['IndicatorSet']

export interface SelfScores {
  prerequisites: Record<string, boolean>
  groups: Record<string, number>
}

/** The API's view of a set as the domain's set (points → max). */
export function toDomainSet(view: SetView): IndicatorSet {
  return {
    id: view.id,
    title: view.title,
    titleZh: view.titleZh,
    validFrom: view.validFrom,
    validTo: view.validTo,
    maxTotal: view.maxTotal,
    prerequisites: view.prerequisites,
    groups: view.groups.map((g) => ({ id: g.id, zh: g.zh, en: g.en, max: g.points, itemCount: g.items })),
    passTotal: view.passTotal,
    groupMinShare: view.groupMinShare,
  }
}

/** The set in force on a day (the newest whose validity covers it), else the newest. */
export function setOn(sets: readonly SetView[], on: string): SetView | undefined {
  const inForce = sets.filter((s) => s.validFrom <= on && (s.validTo === null || on <= s.validTo))
  return inForce.at(-1) ?? sets.at(-1)
}

/** The verdict of the scores so far, or the score the rule refuses (above a group's points). */
export function selfVerdict(
  view: SetView,
  scores: SelfScores,
): { result: EvaluationResult; invalid: null } | { result: null; invalid: string } {
  // A group not scored yet counts as 0 while typing (the rule refuses a missing score).
  const groups = Object.fromEntries(view.groups.map((g) => [g.id, scores.groups[g.id] ?? 0]))
  try {
    return { result: evaluate({ ...scores, groups }, toDomainSet(view)), invalid: null }
  } catch (e) {
    const group = (e as { refusal?: { group?: string } }).refusal?.group
    return { result: null, invalid: group ?? 'scores' }
  }
}
