// §4.1 自评报告 and §4.2 第三方评估: submission, evaluator assignment, on-site verification.
import { isWithin, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import { conflictsFor } from '../evaluation/conflicts'
import { evaluate } from '../evaluation/evaluate'
import { checkTeam } from '../evaluation/team'
import { verificationDueOn, isVerificationLate } from '../clocks/verification'
import type { GreenEventOf, SelfAssessmentRecipient } from './events'
import type { GreenContext, GreenEffect, GreenRecord, GreenTransition } from './record'
import type { GreenState } from './states'

type Step = GreenTransition

const REQUIRED_RECIPIENTS: readonly SelfAssessmentRecipient[] = ['county_land', 'county_environment']

/** §4.1: to BOTH the county land and environment bureaus; a new attempt starts a clean file. */
export function submitSelfAssessment(
  record: GreenRecord,
  event: GreenEventOf<'submit_self_assessment'>,
  ctx: GreenContext,
): Step {
  const missing = REQUIRED_RECIPIENTS.filter((r) => !event.recipients.includes(r))
  if (missing.length > 0) {
    throw new RuleError(
      'R3.1.missing_recipient',
      `The self-assessment must go to both the county land bureau and the county environment bureau; missing: ${missing.join(', ')}`,
      '自评报告应同时提交县（市、区）国土资源局和环境保护局',
      { missing },
    )
  }
  return {
    state: 'self_assessed',
    record: { state: 'self_assessed', attempt: (record.attempt ?? 0) + 1, selfAssessmentReceivedOn: ctx.on },
    effects: [],
  }
}

/** §4.2: an agency on the provincial list valid that day, with no business with the mine a year either side and no help with its reports. */
export function assignEvaluator(
  record: GreenRecord,
  event: GreenEventOf<'assign_evaluator'>,
  ctx: GreenContext,
): Step {
  const listed = (ctx.evaluatorList ?? []).some(
    (a) => a.agencyId === event.agencyId && isWithin(ctx.on, a.validFrom, a.validTo),
  )
  if (!listed) {
    throw new RuleError(
      'R3.2.evaluator_not_listed',
      `Agency ${event.agencyId} is not on the provincial evaluator list valid on ${ctx.on}`,
      `评估机构 ${event.agencyId} 不在 ${ctx.on} 有效的省级评估机构名单内`,
      { agencyId: event.agencyId, on: ctx.on },
    )
  }
  const conflicts = conflictsFor(event.agencyId, ctx.mineId ?? null, ctx.on, ctx.dealings ?? [])
  if (conflicts.length > 0) {
    throw new RuleError(
      'R3.2.conflicted_evaluator',
      `Agency ${event.agencyId} is not independent of this mine: it did business with it within a year of ${ctx.on} or helped write its reports`,
      `评估机构 ${event.agencyId} 与该矿山存在利害关系（前后一年内有业务往来或参与编写报告），不得承担核查`,
      { agencyId: event.agencyId, conflicts },
    )
  }
  return {
    state: 'evaluator_assigned',
    record: {
      ...record,
      state: 'evaluator_assigned',
      evaluatorAgencyId: event.agencyId,
      evaluatorAssignedOn: ctx.on,
    },
    effects: [],
  }
}

function lateness(
  received: IsoDate | null | undefined,
  filedOn: IsoDate,
): { dueOn: IsoDate | null; late: boolean } {
  if (!received) return { dueOn: null, late: false }
  return { dueOn: verificationDueOn(received), late: isVerificationLate(received, filedOn) }
}

/** §4.2: the score decides; a failing score can never produce `verified`. A late filing is accepted and flagged. */
export function fileVerification(
  record: GreenRecord,
  event: GreenEventOf<'file_verification'>,
  ctx: GreenContext,
): Step {
  if (ctx.agencyId && record.evaluatorAgencyId && ctx.agencyId !== record.evaluatorAgencyId) {
    throw new RuleError(
      'R3.4.not_assigned_evaluator',
      `Only the assigned agency (${record.evaluatorAgencyId}) may file this verification`,
      `仅受委托的评估机构（${record.evaluatorAgencyId}）可提交该核查意见`,
      { assigned: record.evaluatorAgencyId, actor: ctx.agencyId },
    )
  }
  if (event.team) {
    const team = checkTeam(event.team)
    if (!team.ok) {
      throw new RuleError(
        'R3.4.team_invalid',
        team.reasons.map((r) => r.message).join('; '),
        team.reasons.map((r) => r.messageZh).join('；'),
        { ...team },
      )
    }
  }
  const result = evaluate(event.scores, event.indicatorSetId)
  if (event.conclusion === 'pass' && !result.pass) {
    throw new RuleError(
      'R3.4.score_not_passing',
      `A verification that does not meet the standard cannot pass: ${result.reasons.map((r) => r.message).join('; ')}`,
      `不符合要求的矿山企业，一律不得通过现场核查：${result.reasons.map((r) => r.messageZh).join('；')}`,
      { reasons: result.reasons },
    )
  }
  if (event.conclusion === 'fail' && result.pass && !event.reason?.trim()) {
    throw new RuleError(
      'R3.4.reason_required',
      'Failing a mine whose score passes needs a written reason',
      '评分达标但核查不通过的，须说明理由',
    )
  }
  const pass = result.pass && event.conclusion !== 'fail'
  const state: GreenState = pass ? 'verified' : 'verification_failed'
  const { dueOn, late } = lateness(record.selfAssessmentReceivedOn, ctx.on)
  const effects: GreenEffect[] =
    late && dueOn ? [{ kind: 'verification_late', rule: 'R3.3', dueOn, filedOn: ctx.on }] : []
  return {
    state,
    record: {
      ...record,
      state,
      verification: {
        filedOn: ctx.on,
        dueOn,
        late,
        pass,
        total: result.total,
        indicatorSetId: result.versionId,
        reason: event.reason ?? (pass ? null : result.reasons.map((r) => r.message).join('; ')),
      },
    },
    effects,
  }
}
