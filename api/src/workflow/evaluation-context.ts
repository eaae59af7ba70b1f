import {
  DEFAULT_INDICATOR_SET_ID,
  indicatorSetOn,
  RuleError,
  type GreenContext,
  type GreenEvent,
  type IndicatorSet,
} from '@zgm/domain'
import { rosterOf } from '../agencies/agencies.queries'
import type { Conn } from '../db/database'
import { loadAssignmentBasis } from '../evaluator-draws/draws.queries'
import { loadIndicatorSets, mineStandard } from '../indicator-sets/indicator-sets.queries'
import type { EventExtras } from './workflow.writes'
import { assignmentsNewestFirst, selfAssessmentsNewestFirst } from './workflow-records.queries'
import { dealingsFor, evaluatorList, type MineHead } from './workflow.queries'

/** The facts the evaluation rules (R3.2–R3.4) read, loaded for the event at hand. */
export type EvaluationFacts = Pick<
  GreenContext,
  'evaluatorList' | 'dealings' | 'assignmentBasis' | 'roster' | 'indicatorSet' | 'industryStandard'
>

/**
 * The set a mine is judged against: the one the event names, else the one in force on the day.
 * Before the first national set (June 2020) there is none; the 2020 set is used then (docs/rules.md).
 */
export async function judgingSet(tx: Conn, requested: string | undefined, on: string): Promise<IndicatorSet> {
  const sets = await loadIndicatorSets(tx)
  if (requested) {
    const named = sets.find((s) => s.id === requested)
    if (!named)
      throw new RuleError({ code: 'R3.4.unknown_indicator_set', id: requested, known: sets.map((s) => s.id) })
    return named
  }
  return indicatorSetOn(sets, on) ?? sets.find((s) => s.id === DEFAULT_INDICATOR_SET_ID)!
}

export async function evaluationContext(
  tx: Conn,
  mine: MineHead,
  event: GreenEvent,
  on: string,
  extras: EventExtras,
): Promise<EvaluationFacts> {
  if (event.type === 'assign_evaluator') {
    const sa = await selfAssessmentsNewestFirst(tx, mine.id).select('id').executeTakeFirst()
    const [list, dealings, basis] = await Promise.all([
      evaluatorList(tx, on),
      dealingsFor(tx, mine.id),
      loadAssignmentBasis(tx, extras),
    ])
    return {
      evaluatorList: list,
      dealings,
      assignmentBasis: sa ? { selfAssessmentId: sa.id, basis } : undefined,
    }
  }
  if (event.type === 'file_verification') {
    const assignment = await assignmentsNewestFirst(tx, mine.id).select('agency_id').executeTakeFirst()
    const [roster, indicatorSet, industryStandard] = await Promise.all([
      assignment ? rosterOf(tx, assignment.agency_id) : Promise.resolve([]),
      judgingSet(tx, event.indicatorSetId, on),
      mineStandard(tx, mine.id),
    ])
    return { roster, indicatorSet, industryStandard }
  }
  if (event.type === 'assign_recheck_agency' || event.type === 'recheck') {
    const [list, dealings, indicatorSet] = await Promise.all([
      evaluatorList(tx, on),
      dealingsFor(tx, mine.id),
      event.type === 'recheck' && event.scores ? judgingSet(tx, event.indicatorSetId, on) : undefined,
    ])
    return { evaluatorList: list, dealings, indicatorSet }
  }
  return {}
}
