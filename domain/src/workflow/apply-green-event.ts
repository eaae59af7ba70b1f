// §4.1–§4.4: the green-mine state machine. Checks role, then state, then the step's own guards.
import { parseIsoDate } from '../dates'
import { guardEvent } from './event-guard'
import { GREEN_EVENTS, type GreenEvent } from './events'
import type { GreenContext, GreenRecord, GreenTransition } from './record'
import { GREEN_STATE_META } from './states'
import { assignEvaluator, fileVerification, submitSelfAssessment } from './evaluation-steps'
import {
  cityReport,
  closeCountyPublicity,
  enterDirectory,
  publishCountyPublicity,
  publishProvinceList,
  upholdProvinceObjection,
} from './publicity-steps'
import { assignRecheckAgency, confirmRemoval, recheck, spotCheck } from './directory-steps'

function step(record: GreenRecord, event: GreenEvent, ctx: GreenContext) {
  switch (event.type) {
    case 'submit_self_assessment':
      return submitSelfAssessment(record, event, ctx)
    case 'assign_evaluator':
      return assignEvaluator(record, event, ctx)
    case 'file_verification':
      return fileVerification(record, event, ctx)
    case 'publish_county_publicity':
      return publishCountyPublicity(record, event, ctx)
    case 'close_county_publicity':
      return closeCountyPublicity(record, event, ctx)
    case 'city_report':
      return cityReport(record, event, ctx)
    case 'publish_province_list':
      return publishProvinceList(record, event, ctx)
    case 'uphold_province_objection':
      return upholdProvinceObjection(record, event, ctx)
    case 'enter_directory':
      return enterDirectory(record, event, ctx)
    case 'spot_check':
      return spotCheck(record, event, ctx)
    case 'assign_recheck_agency':
      return assignRecheckAgency(record, event, ctx)
    case 'recheck':
      return recheck(record, event, ctx)
    case 'confirm_removal':
      return confirmRemoval(record, event, ctx)
  }
}

/**
 * Applies one event to a mine's green-mine record. Refusals throw RuleError:
 * `R3.wrong_role` (403), `R3.illegal_transition` (409), or the step's own rule code (422).
 */
export function applyGreenEvent(record: GreenRecord, event: GreenEvent, ctx: GreenContext): GreenTransition {
  parseIsoDate(ctx.on)
  guardEvent(
    GREEN_EVENTS[event.type],
    String(event.type),
    ctx.role,
    record.state,
    (st) => GREEN_STATE_META[st],
  )
  const next = step(record, event, ctx)
  return {
    state: next.state,
    record: next.record,
    effects: [
      {
        kind: 'transition',
        event: event.type,
        from: record.state,
        to: next.state,
        role: ctx.role,
        on: ctx.on,
      },
      ...next.effects,
    ],
  }
}
