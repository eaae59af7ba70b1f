// The on-site verification form as plain data (kept in the device's draft), the live rules it
// shows (team R3.4, pass rule) and the request body it becomes. No React here.
import { checkTeam, evaluate, indicatorSetOn, type EvaluationResult, type IndicatorSet } from '@zgm/domain'
import type { Expert, PublicIndicatorSet, RecheckBody, VerificationBody } from './evaluator-queries'

export interface VerificationForm {
  /** Expert ids (the register's), as chosen. */
  team: number[]
  conforms: boolean | null
  prerequisites: Record<string, boolean>
  /** Scores as typed (strings, so that a half-typed number is kept as the user left it). */
  groups: Record<string, string>
  opinion: string
  recheckResult: 'pass' | 'fail' | null
}

export const EMPTY_FORM: VerificationForm = {
  team: [],
  conforms: null,
  prerequisites: {},
  groups: {},
  opinion: '',
  recheckResult: null,
}

/** The public indicator set as the domain's evaluate() reads it. */
export function toDomainSet(s: PublicIndicatorSet): IndicatorSet {
  return {
    id: s.id,
    title: s.title,
    titleZh: s.titleZh,
    validFrom: s.validFrom,
    validTo: s.validTo,
    maxTotal: s.maxTotal,
    prerequisites: s.prerequisites,
    groups: s.groups.map((g) => ({ id: g.id, zh: g.zh, en: g.en, max: g.points, itemCount: g.items })),
    passTotal: s.passTotal,
    groupMinShare: s.groupMinShare,
  }
}

/** The set the server will judge by: the one in force today (else the 2020 set, as the server does). */
export function setInForce(sets: readonly PublicIndicatorSet[], today: string): IndicatorSet | undefined {
  const domainSets = sets.map(toDomainSet)
  return indicatorSetOn(domainSets, today) ?? domainSets.find((s) => s.id === 'CN-2020')
}

export function teamCheck(form: VerificationForm, experts: readonly Expert[]) {
  const chosen = experts.filter((e) => form.team.includes(e.id))
  return checkTeam(chosen.map((e) => ({ id: String(e.id), senior: e.senior })))
}

export function scoresOf(form: VerificationForm, set: IndicatorSet) {
  return {
    prerequisites: Object.fromEntries(
      set.prerequisites.map((p) => [p.id, form.prerequisites[p.id] === true]),
    ),
    groups: Object.fromEntries(set.groups.map((g) => [g.id, Number(form.groups[g.id] ?? '') || 0])),
  }
}

/** The live pass rule; undefined while a score is out of range (the field says so). */
export function liveResult(form: VerificationForm, set: IndicatorSet): EvaluationResult | undefined {
  try {
    return evaluate(scoresOf(form, set), set)
  } catch {
    return undefined
  }
}

export function verificationBody(
  form: VerificationForm,
  set: IndicatorSet,
  standard: string,
  expectedVersion: number,
): VerificationBody {
  const opinion = form.opinion.trim()
  return {
    expectedVersion,
    scores: scoresOf(form, set),
    team: form.team.map((id) => ({ id: String(id) })),
    standard: { code: standard, conforms: form.conforms === true },
    ...(opinion ? { reason: opinion } : {}),
  }
}

export function recheckBody(form: VerificationForm, set: IndicatorSet, expectedVersion: number): RecheckBody {
  return { expectedVersion, result: form.recheckResult ?? 'fail', scores: scoresOf(form, set) }
}
