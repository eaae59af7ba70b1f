// §4.4 强化名录管理: spot checks of directory mines, rectification, re-check, removal and blacklist.
import { RuleError } from '../errors'
import { evaluate } from '../evaluation/evaluate'
import { rectificationDeadline } from '../directory/rectification'
import { isWithin } from '../dates'
import type { GreenEventOf } from './events'
import type { GreenContext, GreenRecord, GreenTransition } from './record'

type Step = GreenTransition

/** §4.4 对绿色矿山建设质量有所下降的矿山企业，要督促企业进行限期整改. */
export function spotCheck(record: GreenRecord, event: GreenEventOf<'spot_check'>, ctx: GreenContext): Step {
  if (event.result === 'pass')
    return { state: 'in_directory', record: { ...record, state: 'in_directory' }, effects: [] }
  const deadline = rectificationDeadline(ctx.on, event.deadline)
  return {
    state: 'rectifying',
    record: { ...record, state: 'rectifying', rectification: { orderedOn: ctx.on, deadline } },
    effects: [{ kind: 'rectification_ordered', orderedOn: ctx.on, deadline }],
  }
}

/** §4.4 整改后第三方评估还不合格的，从名录库中除名，并进行公开曝光，同时将矿山企业和相关负责人列入行业诚信"黑名单". */
export function recheck(record: GreenRecord, event: GreenEventOf<'recheck'>, ctx: GreenContext): Step {
  // The re-check is the third-party evaluation: only the agency assigned now, while on the list.
  if (ctx.role === 'evaluator') {
    const actor = ctx.agencyId ?? ''
    if (record.evaluatorAgencyId && actor !== record.evaluatorAgencyId) {
      throw new RuleError({ code: 'R3.4.not_assigned_evaluator', assigned: record.evaluatorAgencyId, actor })
    }
    const listed = (ctx.evaluatorList ?? []).some(
      (a) => a.agencyId === actor && isWithin(ctx.on, a.validFrom, a.validTo),
    )
    if (!listed) {
      throw new RuleError({
        code: 'R3.2.evaluator_not_listed',
        reason: 'agency',
        agencyId: actor,
        on: ctx.on,
      })
    }
  }
  // Its result rests on a score, as every evaluation does (§4.2).
  if (!event.scores) throw new RuleError({ code: 'R6.recheck_scores_required', result: event.result })
  if (event.result === 'pass' && event.scores) {
    const result = evaluate(event.scores, ctx.indicatorSet ?? event.indicatorSetId)
    if (!result.pass) {
      throw new RuleError({ code: 'R3.4.score_not_passing', step: 'recheck', reasons: result.reasons })
    }
  }
  if (event.result === 'pass') {
    return {
      state: 'in_directory',
      record: { ...record, state: 'in_directory', rectification: null },
      effects: [{ kind: 'rectification_closed', on: ctx.on }],
    }
  }
  return {
    state: 'removed',
    record: { ...record, state: 'removed', removedOn: ctx.on, enteredDirectoryOn: null },
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
