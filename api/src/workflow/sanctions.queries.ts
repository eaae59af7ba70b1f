// The rows behind objections, archived originals, re-check agencies and the blacklist (R3.5, R3.7, R6).
import { sql, type Insertable } from 'kysely'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'

/** Objections to a notice: how many are undecided and how many were upheld. */
export async function objectionTally(db: Conn, publicityId: number, mineId: number) {
  const row = await db
    .selectFrom('objection')
    .select([
      sql<number>`count(*) filter (where decided_on is null)::int`.as('open'),
      sql<number>`count(*) filter (where upheld)::int`.as('upheld'),
    ])
    .where('publicity_id', '=', publicityId)
    .where('mine_id', '=', mineId)
    .executeTakeFirstOrThrow()
  return { open: Number(row.open), upheld: Number(row.upheld) }
}

/** The enterprise's open blacklist entry (the enterprise itself, not a person), oldest first. */
export function openBlacklisting(db: Conn, enterpriseId: number) {
  return db
    .selectFrom('blacklist_entry')
    .select(['id', sql<string>`cast(listed_on as text)`.as('listed_on'), 'reason'])
    .where('organization_id', '=', enterpriseId)
    .where('subject', '=', 'enterprise')
    .where('delisted_on', 'is', null)
    .orderBy('listed_on')
    .executeTakeFirst()
}

export async function insertArchivedOriginal(db: Conn, row: Insertable<DB['archived_original']>) {
  await db.insertInto('archived_original').values(row).execute()
}

/** The open rectification order with its re-check agency, when one was drawn. */
export function openRectificationOrder(db: Conn, mineId: number) {
  return db
    .selectFrom('rectification_order as r')
    .leftJoin('evaluator_assignment as a', 'a.id', 'r.recheck_assignment_id')
    .leftJoin('spot_check as c', 'c.id', 'r.spot_check_id')
    .leftJoin('spot_check_draw as d', 'd.id', 'c.draw_id')
    .select([
      'r.id',
      'r.issued_on',
      'r.deadline',
      'r.recheck_on',
      'r.recheck_passed',
      'a.agency_id as recheck_agency_id',
      'd.seed as draw_seed',
      'd.id as draw_id',
    ])
    .where('r.mine_id', '=', mineId)
    .where('r.closed_on', 'is', null)
    .orderBy('r.issued_on', 'desc')
    .orderBy('r.id', 'desc')
    .executeTakeFirst()
}

export async function linkRecheckAssignment(db: Conn, orderId: number, assignmentId: number) {
  await db
    .updateTable('rectification_order')
    .set({ recheck_assignment_id: assignmentId })
    .where('id', '=', orderId)
    .execute()
}

export async function confirmRemovalOfOrder(db: Conn, mineId: number, on: string, userId: number) {
  await db
    .updateTable('rectification_order')
    .set({ closed_on: on, removal_confirmed_by: userId })
    .where('mine_id', '=', mineId)
    .where('closed_on', 'is', null)
    .execute()
}
