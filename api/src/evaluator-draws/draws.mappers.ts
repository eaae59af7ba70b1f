import type { z } from '@hono/zod-openapi'
import type {
  DrawCandidate,
  DrawExclusion,
  ExceptionQueueRow,
  ExceptionRow,
  PublicDrawRow,
} from './draws.queries'
import type { EvaluatorDraw, EvaluatorException, EvaluatorExceptionQueueItem } from './draws.schemas'

/** The public view: the seed only once drawn (before, only its hash). */
export const toEvaluatorDraw = (r: PublicDrawRow): z.infer<typeof EvaluatorDraw> => ({
  id: r.id,
  mineId: r.mine_id,
  mineName: r.mine_name,
  countyCode: r.county_code,
  committedOn: r.committed_on,
  commitment: r.commitment,
  algorithm: r.algorithm,
  candidates: (r.candidates as DrawCandidate[]).map((c) => ({ agencyId: c.agencyId, name: c.name })),
  excluded: (r.excluded as DrawExclusion[]).map((e) => ({
    agencyId: e.agencyId,
    name: e.name,
    reason: e.reason,
  })),
  status: r.drawn_on ? 'drawn' : 'committed',
  seed: r.drawn_on ? r.seed : null,
  drawnOn: r.drawn_on,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  redraw: r.exception_id !== null ? { exceptionId: r.exception_id, reason: r.exception_reason ?? '' } : null,
})

export const toEvaluatorException = (r: ExceptionRow): z.infer<typeof EvaluatorException> => ({
  id: r.id,
  mineId: r.mine_id,
  selfAssessmentId: r.self_assessment_id,
  kind: r.kind,
  agencyId: r.agency_id,
  reason: r.reason,
  requestedOn: r.requested_on,
  decision: r.decision,
  decisionNote: r.decision_note,
  decidedOn: r.decided_on,
})

export const toExceptionQueueItem = (r: ExceptionQueueRow): z.infer<typeof EvaluatorExceptionQueueItem> => ({
  ...toEvaluatorException(r),
  mineName: r.mine_name,
  countyCode: r.county_code,
  agencyName: r.agency_name,
})
