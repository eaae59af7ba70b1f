// The facts R3.5, R3.7 and R6 add to a workflow step: the calendar, the objections, the blacklist,
// the stored originals and the re-check agency draw. Loaded here, judged by the domain.
import {
  pickEvaluator,
  type Dealing,
  type EvaluatorPick,
  type GreenContext,
  type GreenEvent,
  type GreenEventType,
  type GreenRecord,
  type ListedAgency,
} from '@zgm/domain'
import { loadHolidayCalendar } from '../calendar/calendar.queries'
import type { Conn } from '../db/database'
import { findDocumentMeta } from '../documents/documents.queries'
import { HttpError } from '../http/errors'
import { noticesOfMineNewestFirst } from './workflow-records.queries'
import type { MineHead } from './workflow.queries'
import type { WorkflowRules } from './workflow.service'
import { objectionTally, openBlacklisting, openRectificationOrder } from './sanctions.queries'

type SanctionFacts = Pick<GreenContext, 'publicityRule' | 'objections' | 'blacklisting'>

const PUBLISHING: readonly GreenEventType[] = ['publish_county_publicity', 'publish_province_list']
const CLOSING: Partial<Record<GreenEventType, 'county' | 'province'>> = {
  close_county_publicity: 'county',
  enter_directory: 'province',
}

/** What the domain needs to judge this kind of step, and nothing more. */
export async function sanctionFacts(
  tx: Conn,
  mine: MineHead,
  type: GreenEventType,
  rules: WorkflowRules,
): Promise<SanctionFacts> {
  if (PUBLISHING.includes(type)) {
    return {
      publicityRule: {
        calendar: await loadHolidayCalendar(tx),
        minWorkingDays: rules.publicityMinWorkingDays,
      },
    }
  }
  const level = CLOSING[type]
  if (level) {
    const notice = await noticesOfMineNewestFirst(tx, mine.id, level).select('p.id').executeTakeFirst()
    return notice ? { objections: await objectionTally(tx, notice.id, mine.id) } : {}
  }
  if (type === 'submit_self_assessment') {
    const entry = await openBlacklisting(tx, mine.enterpriseId)
    return { blacklisting: entry ? { listedOn: entry.listed_on, reason: entry.reason } : null }
  }
  return {}
}

const ORIGINAL_KINDS = {
  selfAssessment: 'self_assessment_report',
  verificationReport: 'verification_report',
} as const

/** §4.3 原件归档: each archived original is a stored document of this mine, of its report's kind. */
export async function checkOriginals(
  tx: Conn,
  mine: MineHead,
  archived: Extract<GreenEvent, { type: 'close_county_publicity' }>['archived'],
): Promise<void> {
  const given = {
    selfAssessment: archived.selfAssessmentDocumentId,
    verificationReport: archived.verificationReportDocumentId,
  }
  for (const original of ['selfAssessment', 'verificationReport'] as const) {
    const id = given[original]
    if (!id) continue
    const documentId = Number(id)
    const doc = await findDocumentMeta(tx, documentId)
    const expectedKind = ORIGINAL_KINDS[original]
    const refuse = (reason: 'not_found' | 'other_mine' | 'wrong_kind') =>
      new HttpError({
        code: 'R3.5.original_invalid',
        original,
        documentId,
        reason,
        ...(reason === 'wrong_kind' ? { kind: doc!.kind, expectedKind } : {}),
      })
    if (!doc) throw refuse('not_found')
    if (doc.mine_id !== mine.id) throw refuse('other_mine')
    if (doc.kind !== expectedKind) throw refuse('wrong_kind')
  }
}

/**
 * §4.4 整改后第三方评估: the re-check agency is drawn, not chosen. The seed is fixed by public facts
 * nobody can pick afterwards — the published spot-check draw's seed and the rectification order —
 * and the candidates are the listed, unconflicted agencies other than the mine's original evaluator.
 */
export async function drawRecheckAgency(
  tx: Conn,
  mine: MineHead,
  on: string,
  record: GreenRecord,
  evaluatorList: readonly ListedAgency[],
  dealings: readonly Dealing[],
): Promise<Pick<EvaluatorPick, 'agencyId' | 'seed' | 'candidates' | 'algorithm'>> {
  const order = await openRectificationOrder(tx, mine.id)
  // Not rectifying: the state machine refuses the step with its own code.
  if (!order || mine.greenState !== 'rectifying')
    return { agencyId: '', seed: '', candidates: [], algorithm: '' }
  return pickEvaluator({
    seed: `${order.draw_seed ?? 'order'}|recheck|rectification:${order.id}`,
    on,
    mineId: String(mine.id),
    evaluatorList,
    dealings,
    exclude: record.evaluatorAgencyId ? [record.evaluatorAgencyId] : [],
  })
}
