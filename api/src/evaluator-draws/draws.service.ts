import { randomBytes } from 'node:crypto'
import type { z } from '@hono/zod-openapi'
import {
  checkNewDraw,
  commitmentOf,
  drawCandidates,
  drawFromCandidates,
  EVALUATOR_DRAW_ALGORITHM,
  GREEN_EVENTS,
  isAfter,
  isBefore,
  RuleError,
} from '@zgm/domain'
import type { Transaction } from 'kysely'
import { findAgency } from '../agencies/agencies.queries'
import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import { selfAssessmentsNewestFirst } from '../workflow/workflow-records.queries'
import { dealingsFor, evaluatorList, type MineHead } from '../workflow/workflow.queries'
import {
  businessDate,
  fireGreenEventIn,
  today,
  visibleMine,
  type WorkflowRules,
} from '../workflow/workflow.service'
import { toEvaluatorDraw, toEvaluatorException, toExceptionQueueItem } from './draws.mappers'
import {
  decideExceptionRow,
  drawsOfAttempt,
  exceptionRecord,
  exceptionQueueRows,
  exceptionsOfMine,
  insertEvaluatorDraw,
  insertException,
  lockEvaluatorDraw,
  lockException,
  markDrawn,
  publicDrawRows,
  type DrawCandidate,
  type DrawExclusion,
} from './draws.queries'
import type { DrawCommitBody, DrawRevealBody, ExceptionBody, ExceptionDecisionBody } from './draws.schemas'

/** SHA-256 (hex) of the seed's UTF-8 bytes: the commitment published before the draw. */

/** The mine must await its evaluator (self_assessed), as for assign_evaluator itself. */
function awaitingEvaluator(mine: MineHead) {
  const meta = GREEN_EVENTS.assign_evaluator
  if (!meta.from.includes(mine.greenState)) {
    throw new RuleError({
      code: 'R3.illegal_transition',
      state: mine.greenState,
      event: 'assign_evaluator',
      eventLabel: { zh: meta.zh, en: meta.en },
      allowedFrom: [...meta.from],
    })
  }
}

async function currentAttempt(tx: Transaction<DB>, mine: MineHead): Promise<number> {
  const sa = await selfAssessmentsNewestFirst(tx, mine.id).select('id').executeTakeFirstOrThrow()
  return sa.id
}

const audit = (
  tx: Transaction<DB>,
  user: SessionUser,
  action: string,
  objectId: number,
  after: unknown,
  objectType = 'mine',
) => appendAudit(tx, { actorUserId: user.id, actorRole: user.role, action, objectType, objectId, after })

async function publicView(tx: Db | Transaction<DB>, id: number) {
  const [row] = await publicDrawRows(tx, { id })
  return toEvaluatorDraw(row!)
}

/**
 * R3.2 commit: the server draws a secret seed (CSPRNG; the county never chooses it), fixes the
 * candidates (listed that day, conflicts and understaffed agencies removed) and publishes both with
 * the seed's SHA-256. One draw per self-assessment unless the province approved a redraw.
 */
export function commitDraw(db: Db, user: SessionUser, mineId: number, body: z.infer<typeof DrawCommitBody>) {
  return db.transaction().execute(async (tx) => {
    const mine = await visibleMine(tx, user, mineId, 'write')
    awaitingEvaluator(mine)
    const on = await businessDate(tx, mine, body.on)
    const selfAssessmentId = await currentAttempt(tx, mine)
    const exceptionRow =
      body.exceptionId !== undefined ? await lockException(tx, body.exceptionId) : undefined
    if (body.exceptionId !== undefined && (!exceptionRow || exceptionRow.mine_id !== mine.id)) {
      throw notFound('exception', body.exceptionId)
    }
    checkNewDraw({
      selfAssessmentId,
      earlier: await drawsOfAttempt(tx, selfAssessmentId),
      exception: exceptionRow && (await exceptionRecord(tx, exceptionRow)),
    })
    const list = await evaluatorList(tx, on)
    const { candidates, excluded } = drawCandidates({
      on,
      mineId: String(mine.id),
      evaluatorList: list,
      dealings: await dealingsFor(tx, mine.id),
    })
    if (candidates.length === 0)
      throw new RuleError({ code: 'R3.2.evaluator_not_listed', reason: 'none_free', on })
    const nameOf = (id: string) => list.find((a) => a.agencyId === id)?.name ?? ''
    const seed = randomBytes(32).toString('hex')
    const id = await insertEvaluatorDraw(tx, {
      mine_id: mine.id,
      self_assessment_id: selfAssessmentId,
      committed_on: on,
      commitment: commitmentOf(seed),
      seed,
      algorithm: EVALUATOR_DRAW_ALGORITHM,
      candidates: JSON.stringify(
        candidates.map((a): DrawCandidate => ({ agencyId: Number(a), name: nameOf(a) })),
      ),
      excluded: JSON.stringify(
        excluded.map((e): DrawExclusion => ({
          agencyId: Number(e.agencyId),
          name: nameOf(e.agencyId),
          reason: e.reason,
        })),
      ),
      committed_by: user.id,
      exception_id: exceptionRow?.id ?? null,
    })
    // The audit entry carries the commitment, never the seed.
    await audit(tx, user, 'evaluator_draw.commit', mine.id, {
      drawId: id,
      on,
      commitment: commitmentOf(seed),
    })
    return publicView(tx, id)
  })
}

/**
 * R3.2 reveal: publishes the seed, picks from the committed candidates with the published
 * algorithm and assigns that agency, in one transaction (a refused assignment reveals nothing).
 */
export function revealDraw(
  db: Db,
  user: SessionUser,
  drawId: number,
  body: z.infer<typeof DrawRevealBody>,
  rules: WorkflowRules,
) {
  return db.transaction().execute(async (tx) => {
    const draw = await lockEvaluatorDraw(tx, drawId)
    if (!draw) throw notFound('draw', drawId)
    await visibleMine(tx, user, draw.mine_id, 'write')
    if (draw.drawn_on) throw new RuleError({ code: 'R3.2.draw_unusable', drawId, reason: 'already_drawn' })
    const on = body.on ?? today()
    if (isBefore(on, draw.committed_on)) {
      throw new HttpError({ code: 'backdated', on, lastOn: draw.committed_on })
    }
    const candidates = (draw.candidates as DrawCandidate[]).map((c) => String(c.agencyId))
    if (candidates.length === 0) {
      throw new RuleError({ code: 'R3.2.evaluator_not_listed', reason: 'none_free', on: draw.committed_on })
    }
    const agencyId = Number(drawFromCandidates(draw.seed, String(draw.mine_id), candidates))
    await markDrawn(tx, drawId, { on, by: user.id, agencyId })
    await audit(tx, user, 'evaluator_draw.reveal', draw.mine_id, { drawId, on, seed: draw.seed, agencyId })
    const result = await fireGreenEventIn(
      tx,
      user,
      draw.mine_id,
      {
        event: { type: 'assign_evaluator', agencyId: String(agencyId) },
        on,
        expectedVersion: body.expectedVersion,
        extras: { evaluatorDrawId: drawId },
      },
      rules,
    )
    return {
      draw: await publicView(tx, drawId),
      event: { eventId: result.eventId, greenState: result.greenState, version: result.version },
    }
  })
}

/** A county asks to assign directly or to draw again, with its reason; the province decides. */
export function requestException(
  db: Db,
  user: SessionUser,
  mineId: number,
  body: z.infer<typeof ExceptionBody>,
) {
  return db.transaction().execute(async (tx) => {
    const mine = await visibleMine(tx, user, mineId, 'write')
    awaitingEvaluator(mine)
    const on = await businessDate(tx, mine, body.on)
    if ((body.kind === 'direct') !== (body.agencyId !== undefined)) {
      throw new HttpError({
        code: 'invalid_input',
        field: 'agencyId',
        issue: body.kind === 'direct' ? 'required' : 'invalid_value',
      })
    }
    if (body.agencyId !== undefined && !(await findAgency(tx, body.agencyId))) {
      throw notFound('agency', body.agencyId)
    }
    const id = await insertException(tx, {
      mine_id: mine.id,
      self_assessment_id: await currentAttempt(tx, mine),
      kind: body.kind,
      agency_id: body.agencyId ?? null,
      reason: body.reason,
      requested_by: user.id,
      requested_on: on,
    })
    await audit(tx, user, 'evaluator_exception.request', mine.id, { exceptionId: id, ...body, on })
    return toEvaluatorException((await lockException(tx, id))!)
  })
}

/** A mine's direct-assignment and redraw requests with their decisions, for whoever may see the mine. */
export function mineExceptions(db: Db, user: SessionUser, mineId: number) {
  return db.transaction().execute(async (tx) => {
    await visibleMine(tx, user, mineId)
    return (await exceptionsOfMine(tx, mineId)).map(toEvaluatorException)
  })
}

/** The requests awaiting (or given) the province's decision, across the province (province, leader). */
export async function exceptionQueue(db: Db, decision: 'pending' | 'approved' | 'refused') {
  return (await exceptionQueueRows(db, decision)).map(toExceptionQueueItem)
}

/** The province approves or refuses, once, with a note; both are logged. */
export function decideException(
  db: Db,
  user: SessionUser,
  id: number,
  body: z.infer<typeof ExceptionDecisionBody>,
) {
  return db.transaction().execute(async (tx) => {
    const row = await lockException(tx, id)
    if (!row) throw notFound('exception', id)
    await visibleMine(tx, user, row.mine_id, 'write')
    if (row.decision !== 'pending')
      throw new RuleError({ code: 'R3.2.exception_unusable', exceptionId: id, reason: 'decided' })
    const on = body.on ?? today()
    if (isAfter(on, today())) throw new HttpError({ code: 'future_date', on })
    if (isBefore(on, row.requested_on))
      throw new HttpError({ code: 'backdated', on, lastOn: row.requested_on })
    const decision = body.approve ? 'approved' : 'refused'
    await decideExceptionRow(tx, id, { decision, note: body.note, by: user.id, on })
    await audit(tx, user, `evaluator_exception.${decision}`, row.mine_id, {
      exceptionId: id,
      note: body.note,
      on,
    })
    return toEvaluatorException((await lockException(tx, id))!)
  })
}

export const publicDraws = async (db: Db, mineId?: number) =>
  (await publicDrawRows(db, { mineId })).map(toEvaluatorDraw)

export async function publicDraw(db: Db, id: number) {
  const [row] = await publicDrawRows(db, { id })
  if (!row) throw notFound('draw', id)
  return toEvaluatorDraw(row)
}
