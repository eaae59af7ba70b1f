// §4.4 强化名录管理: spot checks of directory mines, rectification, re-check, removal and blacklist.
import { RuleError } from '../errors'
import { evaluate } from '../evaluation/evaluate'
import { hasConflict } from '../evaluation/conflicts'
import { rectificationDeadline } from '../directory/rectification'
import { isWithin } from '../dates'
import type { GreenEventOf } from './events'
import type { GreenContext, GreenRecord, GreenTransition, RectificationRecord } from './record'

type Step = GreenTransition

/** §4.4 对绿色矿山建设质量有所下降的矿山企业，要督促企业进行限期整改. */
export function spotCheck(record: GreenRecord, event: GreenEventOf<'spot_check'>, ctx: GreenContext): Step {
  if (event.result === 'pass')
    return { state: 'in_directory', record: { ...record, state: 'in_directory' }, effects: [] }
  const deadline = rectificationDeadline(ctx.on, event.deadline)
  return {
    state: 'rectifying',
    record: {
      ...record,
      state: 'rectifying',
      rectification: { orderedOn: ctx.on, deadline, recheckAgencyId: null, recheckFailedOn: null },
    },
    effects: [{ kind: 'rectification_ordered', orderedOn: ctx.on, deadline }],
  }
}

function openRectification(record: GreenRecord): RectificationRecord {
  // The state machine only lets these events through from `rectifying`, which always has one.
  return record.rectification ?? { orderedOn: '', deadline: '' }
}

function refuseAfterFailedRecheck(rectification: RectificationRecord): void {
  if (rectification.recheckFailedOn) {
    throw new RuleError({ code: 'R6.removal_pending', recheckFailedOn: rectification.recheckFailedOn })
  }
}

/**
 * §4.4 整改后第三方评估: the re-check agency is newly drawn, never the agency that evaluated the
 * mine before (the evaluator of record, `record.evaluatorAgencyId`), listed that day and unconflicted.
 */
export function assignRecheckAgency(
  record: GreenRecord,
  event: GreenEventOf<'assign_recheck_agency'>,
  ctx: GreenContext,
): Step {
  const rectification = openRectification(record)
  refuseAfterFailedRecheck(rectification)
  const agencyId = event.agencyId
  const refuse = (reason: 'original_evaluator' | 'not_listed' | 'conflict') =>
    new RuleError({ code: 'R6.recheck_agency_conflicted', agencyId, reason })
  if (agencyId === record.evaluatorAgencyId) throw refuse('original_evaluator')
  const listed = (ctx.evaluatorList ?? []).some(
    (a) => a.agencyId === agencyId && isWithin(ctx.on, a.validFrom, a.validTo),
  )
  if (!listed) throw refuse('not_listed')
  if (hasConflict(agencyId, ctx.mineId ?? null, ctx.on, ctx.dealings ?? [])) throw refuse('conflict')
  return {
    state: 'rectifying',
    record: { ...record, rectification: { ...rectification, recheckAgencyId: agencyId } },
    effects: [{ kind: 'recheck_agency_drawn', agencyId, on: ctx.on }],
  }
}

/**
 * §4.4 整改后第三方评估还不合格的，从名录库中除名: the newly drawn agency files the re-check with its
 * scores. A pass returns the mine to the directory; a fail proposes the removal, which the province confirms.
 */
export function recheck(record: GreenRecord, event: GreenEventOf<'recheck'>, ctx: GreenContext): Step {
  const rectification = openRectification(record)
  refuseAfterFailedRecheck(rectification)
  const assigned = rectification.recheckAgencyId
  if (!assigned) throw new RuleError({ code: 'R6.recheck_agency_required' })
  const actor = ctx.agencyId ?? ''
  if (actor !== assigned) {
    throw new RuleError({ code: 'R3.4.not_assigned_evaluator', assigned, actor })
  }
  const listed = (ctx.evaluatorList ?? []).some(
    (a) => a.agencyId === actor && isWithin(ctx.on, a.validFrom, a.validTo),
  )
  if (!listed) {
    throw new RuleError({ code: 'R3.2.evaluator_not_listed', reason: 'agency', agencyId: actor, on: ctx.on })
  }
  // Its result rests on a score, as every evaluation does (§4.2).
  if (!event.scores) throw new RuleError({ code: 'R6.recheck_scores_required', result: event.result })
  if (event.result === 'pass') {
    const result = evaluate(event.scores, ctx.indicatorSet ?? event.indicatorSetId)
    if (!result.pass) {
      throw new RuleError({ code: 'R3.4.score_not_passing', step: 'recheck', reasons: result.reasons })
    }
    return {
      state: 'in_directory',
      record: { ...record, state: 'in_directory', rectification: null },
      effects: [{ kind: 'rectification_closed', on: ctx.on }],
    }
  }
  return {
    state: 'rectifying',
    record: { ...record, rectification: { ...rectification, recheckFailedOn: ctx.on } },
    effects: [{ kind: 'removal_proposed', on: ctx.on }],
  }
}

/** §4.4 除名…公开曝光…列入行业诚信"黑名单": the province confirms the removal a failed re-check proposed. */
export function confirmRemoval(
  record: GreenRecord,
  event: GreenEventOf<'confirm_removal'>,
  ctx: GreenContext,
): Step {
  if (!openRectification(record).recheckFailedOn) throw new RuleError({ code: 'R6.removal_not_due' })
  return {
    state: 'removed',
    record: { ...record, state: 'removed', removedOn: ctx.on, enteredDirectoryOn: null, rectification: null },
    effects: [
      { kind: 'removed_from_directory', on: ctx.on },
      { kind: 'public_exposure', on: ctx.on, mineId: ctx.mineId ?? null },
      {
        kind: 'blacklist',
        on: ctx.on,
        enterpriseId: ctx.enterpriseId ?? null,
        responsiblePersons: [...(event.responsiblePersons ?? [])],
      },
    ],
  }
}
