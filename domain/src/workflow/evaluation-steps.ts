// §4.1 自评报告 and §4.2 第三方评估: submission, evaluator assignment, on-site verification.
import { isWithin, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import { checkAssignmentBasis } from '../evaluation/assignment-basis'
import { conflictsFor } from '../evaluation/conflicts'
import { evaluate } from '../evaluation/evaluate'
import { checkIndustryStandard } from '../evaluation/industry-standard'
import {
  AGENCY_MIN_SENIOR_SHARE,
  AGENCY_MIN_STAFF,
  TEAM_MIN_SENIORS,
  TEAM_MIN_SIZE,
  checkAgencyHeadcount,
  checkRegisteredTeam,
  checkTeam,
} from '../evaluation/team'
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
  // §4.4 行业诚信"黑名单": a blacklisted enterprise is not heard until the province delists it.
  if (ctx.blacklisting) {
    throw new RuleError({
      code: 'R6.blacklisted',
      enterpriseId: ctx.enterpriseId ?? '',
      listedOn: ctx.blacklisting.listedOn,
      reason: ctx.blacklisting.reason,
    })
  }
  const missing = REQUIRED_RECIPIENTS.filter((r) => !event.recipients.includes(r))
  if (missing.length > 0) {
    throw new RuleError({ code: 'R3.1.missing_recipient', missing })
  }
  return {
    state: 'self_assessed',
    record: { state: 'self_assessed', attempt: (record.attempt ?? 0) + 1, selfAssessmentReceivedOn: ctx.on },
    effects: [],
  }
}

/**
 * §4.2: an agency on the provincial list valid that day, with the staff the list requires, no
 * business with the mine a year either side and no help with its reports, named by a published
 * draw or by a direct assignment the province approved.
 */
export function assignEvaluator(
  record: GreenRecord,
  event: GreenEventOf<'assign_evaluator'>,
  ctx: GreenContext,
): Step {
  const listed = (ctx.evaluatorList ?? []).find(
    (a) => a.agencyId === event.agencyId && isWithin(ctx.on, a.validFrom, a.validTo),
  )
  if (!listed) {
    throw new RuleError({
      code: 'R3.2.evaluator_not_listed',
      reason: 'agency',
      agencyId: event.agencyId,
      on: ctx.on,
    })
  }
  const conflicts = conflictsFor(event.agencyId, ctx.mineId ?? null, ctx.on, ctx.dealings ?? [])
  if (conflicts.length > 0) {
    throw new RuleError({ code: 'R3.2.conflicted_evaluator', agencyId: event.agencyId, conflicts })
  }
  if (listed.staffCount !== undefined && listed.seniorCount !== undefined) {
    if (!checkAgencyHeadcount(listed.staffCount, listed.seniorCount).ok) {
      throw new RuleError({
        code: 'R3.2.agency_understaffed',
        agencyId: event.agencyId,
        staff: listed.staffCount,
        seniors: listed.seniorCount,
        minStaff: AGENCY_MIN_STAFF,
        minSeniorShare: AGENCY_MIN_SENIOR_SHARE,
      })
    }
  }
  if (ctx.assignmentBasis) {
    const { selfAssessmentId, basis } = ctx.assignmentBasis
    checkAssignmentBasis(event.agencyId, selfAssessmentId, basis)
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
    throw new RuleError({
      code: 'R3.4.not_assigned_evaluator',
      assigned: record.evaluatorAgencyId,
      actor: ctx.agencyId,
    })
  }
  checkVerificationTeam(record, event, ctx)
  const result = evaluate(event.scores, ctx.indicatorSet ?? event.indicatorSetId)
  const conforms = checkIndustryStandard(ctx.industryStandard, event.standard, event.conclusion)
  if (event.conclusion === 'pass' && !result.pass) {
    throw new RuleError({ code: 'R3.4.score_not_passing', step: 'verification', reasons: result.reasons })
  }
  if (event.conclusion === 'fail' && result.pass && conforms && !event.reason?.trim()) {
    throw new RuleError({ code: 'R3.4.reason_required' })
  }
  const pass = result.pass && conforms && event.conclusion !== 'fail'
  const state: GreenState = pass ? 'verified' : 'verification_failed'
  const { dueOn, late } = lateness(record.selfAssessmentReceivedOn, ctx.on)
  const effects: GreenEffect[] =
    late && dueOn ? [{ kind: 'verification_late', rule: 'R3.3', dueOn, filedOn: ctx.on }] : []
  if (!result.weightsConfirmed) {
    effects.push({
      kind: 'indicator_weights_unconfirmed',
      rule: 'R3.4',
      indicatorSetId: result.versionId,
      groups: result.unconfirmedGroups,
      passRuleConfirmed: result.passTotal !== null,
    })
  }
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
        reason: event.reason ?? (pass ? null : failureReason(result.reasons, conforms, ctx.industryStandard)),
      },
    },
    effects,
  }
}

/** The team: registered experts of the assigned agency when the roster is known, else ≥ 5 / ≥ 2 senior as named. */
function checkVerificationTeam(
  record: GreenRecord,
  event: GreenEventOf<'file_verification'>,
  ctx: GreenContext,
): void {
  if (ctx.roster && record.evaluatorAgencyId) {
    checkRegisteredTeam(
      (event.team ?? []).map((m) => m.id),
      ctx.roster,
      record.evaluatorAgencyId,
      ctx.on,
    )
    return
  }
  if (!event.team) return
  const team = checkTeam(event.team)
  if (!team.ok) {
    throw new RuleError({
      code: 'R3.4.team_invalid',
      size: team.size,
      seniors: team.seniors,
      minSize: TEAM_MIN_SIZE,
      minSeniors: TEAM_MIN_SENIORS,
    })
  }
}

function failureReason(
  reasons: readonly { message: string }[],
  conforms: boolean,
  standard: string | null | undefined,
): string {
  const all = reasons.map((r) => r.message)
  if (!conforms) all.push(`Does not conform to ${standard ?? 'its industry standard'}`)
  return all.join('; ')
}
