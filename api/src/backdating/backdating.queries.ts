import type { Insertable } from 'kysely'
import type { Conn } from '../db/database'
import type { BackdatedEntryTable } from '../db/schema'

const ENTRY_COLUMNS = [
  'b.id',
  'b.mine_id',
  'b.machine',
  'b.event_type',
  'b.occurred_on',
  'b.request',
  'b.reason',
  'b.requested_by',
  'b.requested_at',
  'b.status',
  'b.decided_by',
  'b.decided_at',
  'b.decision_reason',
  'b.event_id',
  'm.name as mine_name',
  'm.county_code',
  'r.username as requested_by_username',
  'd.username as decided_by_username',
] as const

function entries(db: Conn) {
  return db
    .selectFrom('backdated_entry as b')
    .innerJoin('mine as m', 'm.id', 'b.mine_id')
    .innerJoin('app_user as r', 'r.id', 'b.requested_by')
    .leftJoin('app_user as d', 'd.id', 'b.decided_by')
    .select(ENTRY_COLUMNS)
}

export type BackdatedEntryRow = NonNullable<Awaited<ReturnType<typeof findBackdatedEntry>>>

export function findBackdatedEntry(db: Conn, id: number) {
  return entries(db).where('b.id', '=', id).executeTakeFirst()
}

/** Newest first; `requestedBy` limits them to one requester's. */
export function listBackdatedEntries(
  db: Conn,
  filter: { status?: 'pending' | 'approved' | 'rejected'; requestedBy?: number },
) {
  let q = entries(db)
  if (filter.status) q = q.where('b.status', '=', filter.status)
  if (filter.requestedBy !== undefined) q = q.where('b.requested_by', '=', filter.requestedBy)
  return q.orderBy('b.requested_at', 'desc').orderBy('b.id', 'desc').limit(1000).execute()
}

export async function insertBackdatedEntry(db: Conn, row: Insertable<BackdatedEntryTable>): Promise<number> {
  const { id } = await db.insertInto('backdated_entry').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

/** Decides a pending entry; false when it was no longer pending (decided concurrently). */
export async function decideBackdatedEntry(
  db: Conn,
  id: number,
  decision: { status: 'approved' | 'rejected'; by: number; reason: string | null; eventId: number | null },
): Promise<boolean> {
  const updated = await db
    .updateTable('backdated_entry')
    .set({
      status: decision.status,
      decided_by: decision.by,
      decided_at: new Date(),
      decision_reason: decision.reason,
      event_id: decision.eventId,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return updated.numUpdatedRows > 0n
}
