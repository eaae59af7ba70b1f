import { sql, type Insertable } from 'kysely'
import type { AssignmentBasis, DrawRecord, ExceptionRecord } from '@zgm/domain'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'

/** A candidate as published: the agency and its name at commit time, in draw order. */
export interface DrawCandidate {
  agencyId: number
  name: string
}

export interface DrawExclusion {
  agencyId: number
  name: string
  reason: 'conflict' | 'understaffed'
}

export const candidateIds = (candidates: unknown) => (candidates as DrawCandidate[]).map((c) => c.agencyId)

export const findEvaluatorDraw = (tx: Conn, id: number) =>
  tx.selectFrom('evaluator_draw').selectAll().where('id', '=', id).executeTakeFirst()

export const lockEvaluatorDraw = (tx: Conn, id: number) =>
  tx.selectFrom('evaluator_draw').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

export type EvaluatorDrawRow = NonNullable<Awaited<ReturnType<typeof findEvaluatorDraw>>>

export async function insertEvaluatorDraw(tx: Conn, row: Insertable<DB['evaluator_draw']>): Promise<number> {
  const { id } = await tx.insertInto('evaluator_draw').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export const markDrawn = (tx: Conn, id: number, drawn: { on: string; by: number; agencyId: number }) =>
  tx
    .updateTable('evaluator_draw')
    .set({ drawn_on: drawn.on, drawn_by: drawn.by, agency_id: drawn.agencyId })
    .where('id', '=', id)
    .execute()

/** Draws as the public sees them, with the names of mine and drawn agency. */
export const publicDrawRows = (tx: Conn, filter: { id?: number; mineId?: number }) =>
  tx
    .selectFrom('evaluator_draw as d')
    .innerJoin('mine as m', 'm.id', 'd.mine_id')
    .leftJoin('organization as a', 'a.id', 'd.agency_id')
    .leftJoin('evaluator_exception as x', 'x.id', 'd.exception_id')
    .select([
      'd.id',
      'd.mine_id',
      'm.name as mine_name',
      'm.county_code',
      'd.self_assessment_id',
      'd.committed_on',
      'd.commitment',
      'd.seed',
      'd.algorithm',
      'd.candidates',
      'd.excluded',
      'd.drawn_on',
      'd.agency_id',
      'a.name as agency_name',
      'd.exception_id',
      'x.reason as exception_reason',
    ])
    .$if(filter.id !== undefined, (q) => q.where('d.id', '=', filter.id!))
    .$if(filter.mineId !== undefined, (q) => q.where('d.mine_id', '=', filter.mineId!))
    .orderBy('d.id', 'desc')
    .limit(500)
    .execute()

export type PublicDrawRow = Awaited<ReturnType<typeof publicDrawRows>>[number]

const drawUsed = (tx: Conn, drawId: number) =>
  tx.selectFrom('evaluator_assignment').select('id').where('draw_id', '=', drawId).executeTakeFirst()

export const drawsOfAttempt = async (tx: Conn, selfAssessmentId: number): Promise<DrawRecord[]> => {
  const rows = await tx
    .selectFrom('evaluator_draw')
    .select(['id', 'self_assessment_id', 'agency_id'])
    .where('self_assessment_id', '=', selfAssessmentId)
    .orderBy('id')
    .execute()
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      selfAssessmentId: r.self_assessment_id,
      agencyId: r.agency_id === null ? null : String(r.agency_id),
      usedByAssignment: Boolean(await drawUsed(tx, r.id)),
    })),
  )
}

export const lockException = (tx: Conn, id: number) =>
  tx.selectFrom('evaluator_exception').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

export type ExceptionRow = NonNullable<Awaited<ReturnType<typeof lockException>>>

export const exceptionsOfMine = (tx: Conn, mineId: number) =>
  tx
    .selectFrom('evaluator_exception')
    .selectAll()
    .where('mine_id', '=', mineId)
    .orderBy('id', 'desc')
    .execute()

/** Every request with the given decision, oldest first, with its mine and agency names (the province's queue). */
export const exceptionQueueRows = (db: Conn, decision: 'pending' | 'approved' | 'refused') =>
  db
    .selectFrom('evaluator_exception as x')
    .innerJoin('mine as m', 'm.id', 'x.mine_id')
    .leftJoin('organization as a', 'a.id', 'x.agency_id')
    .selectAll('x')
    .select(['m.name as mine_name', 'm.county_code', 'a.name as agency_name'])
    .where('x.decision', '=', decision)
    .orderBy('x.requested_on')
    .orderBy('x.id')
    .execute()

export type ExceptionQueueRow = Awaited<ReturnType<typeof exceptionQueueRows>>[number]

export async function insertException(tx: Conn, row: Insertable<DB['evaluator_exception']>): Promise<number> {
  const { id } = await tx
    .insertInto('evaluator_exception')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export const decideExceptionRow = (
  tx: Conn,
  id: number,
  d: { decision: 'approved' | 'refused'; note: string; by: number; on: string },
) =>
  tx
    .updateTable('evaluator_exception')
    .set({ decision: d.decision, decision_note: d.note, decided_by: d.by, decided_on: d.on })
    .where('id', '=', id)
    .execute()

/** The exception as the rules read it; `used` once an assignment or a draw rests on it. */
export async function exceptionRecord(tx: Conn, row: ExceptionRow): Promise<ExceptionRecord> {
  const { rows } = await sql<{ used: boolean }>`
    select exists (select 1 from evaluator_assignment where exception_id = ${row.id})
      or exists (select 1 from evaluator_draw where exception_id = ${row.id}) as used`.execute(tx)
  return {
    id: row.id,
    kind: row.kind,
    selfAssessmentId: row.self_assessment_id,
    agencyId: row.agency_id === null ? null : String(row.agency_id),
    decision: row.decision,
    used: rows[0]?.used ?? false,
  }
}

/** The draw or exception an assignment names (null: neither, which the rules refuse). */
export async function loadAssignmentBasis(
  tx: Conn,
  refs: { evaluatorDrawId?: number; exceptionId?: number },
): Promise<AssignmentBasis | null> {
  if (refs.evaluatorDrawId !== undefined) {
    const draw = await findEvaluatorDraw(tx, refs.evaluatorDrawId)
    if (!draw) return null
    return {
      kind: 'draw',
      draw: {
        id: draw.id,
        selfAssessmentId: draw.self_assessment_id,
        agencyId: draw.agency_id === null ? null : String(draw.agency_id),
        usedByAssignment: Boolean(await drawUsed(tx, draw.id)),
      },
    }
  }
  if (refs.exceptionId !== undefined) {
    const row = await lockException(tx, refs.exceptionId)
    return row ? { kind: 'direct', exception: await exceptionRecord(tx, row) } : null
  }
  return null
}
