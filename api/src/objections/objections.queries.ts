import { sql, type Insertable } from 'kysely'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'

export function findNoticeForObjection(db: Conn, publicityId: number) {
  return db
    .selectFrom('publicity')
    .select([
      'id',
      'level',
      'region_code',
      sql<string>`cast(start_on as text)`.as('start_on'),
      sql<string>`cast(end_on as text)`.as('end_on'),
      sql<string | null>`cast(closed_on as text)`.as('closed_on'),
    ])
    .where('id', '=', publicityId)
    .executeTakeFirst()
}

export async function isListed(db: Conn, publicityId: number, mineId: number): Promise<boolean> {
  const row = await db
    .selectFrom('publicity_item')
    .select('mine_id')
    .where('publicity_id', '=', publicityId)
    .where('mine_id', '=', mineId)
    .executeTakeFirst()
  return Boolean(row)
}

/** Objections from one client in the last `minutes`, and the seconds until the oldest leaves the window. */
export async function recentFromClient(db: Conn, clientKey: string, minutes: number) {
  const row = await db
    .selectFrom('objection')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number | null>`extract(epoch from min(received_at) + make_interval(mins => ${minutes}) - now())`.as(
        'wait',
      ),
    ])
    .where('client_key', '=', clientKey)
    .where(sql<boolean>`received_at > now() - make_interval(mins => ${minutes})`)
    .executeTakeFirstOrThrow()
  return { count: Number(row.n), waitSeconds: row.wait === null ? 0 : Number(row.wait) }
}

export async function insertObjection(db: Conn, row: Insertable<DB['objection']>): Promise<number> {
  const { id } = await db.insertInto('objection').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export function findObjection(db: Conn, id: number) {
  return db
    .selectFrom('objection as o')
    .innerJoin('publicity as p', 'p.id', 'o.publicity_id')
    .select([
      'o.id',
      'o.mine_id',
      'o.upheld',
      sql<string>`cast(o.received_on as text)`.as('received_on'),
      sql<string | null>`cast(o.decided_on as text)`.as('decided_on'),
      'p.id as publicity_id',
      'p.level',
      'p.region_code',
    ])
    .where('o.id', '=', id)
    .executeTakeFirst()
}

export async function recordDecision(
  db: Conn,
  id: number,
  d: { upheld: boolean; reason: string; on: string; userId: number },
) {
  await db
    .updateTable('objection')
    .set({ upheld: d.upheld, decision_reason: d.reason, decided_on: d.on, decided_by: d.userId })
    .where('id', '=', id)
    .where('decided_on', 'is', null)
    .execute()
}

/** Objections with their notice and mine; the caller picks which columns leave the server (schemas). */
export function objectionRows(db: Conn, filter: { publicityId?: number; regionPrefix?: string }) {
  return db
    .selectFrom('objection as o')
    .innerJoin('publicity as p', 'p.id', 'o.publicity_id')
    .innerJoin('mine as m', 'm.id', 'o.mine_id')
    .select([
      'o.id',
      'o.publicity_id',
      'p.title as notice_title',
      'o.mine_id',
      'm.name as mine_name',
      sql<string>`cast(o.received_on as text)`.as('received_on'),
      sql<string | null>`cast(o.decided_on as text)`.as('decided_on'),
      'o.upheld',
      'o.decision_reason',
      'o.content',
      'o.submitter_name',
      'o.submitter_contact',
      'o.received_at',
      'o.attachment_document_id',
    ])
    .$if(filter.publicityId !== undefined, (qb) => qb.where('o.publicity_id', '=', filter.publicityId!))
    .$if(filter.regionPrefix !== undefined, (qb) =>
      qb.where('p.region_code', 'like', `${filter.regionPrefix}%`),
    )
    .orderBy('o.received_on', 'desc')
    .orderBy('o.id', 'desc')
    .limit(500)
    .execute()
}

/** The region of the notice an objection's attachment was filed against, if the document is one. */
export async function attachmentNoticeRegion(db: Conn, documentId: number): Promise<string | null> {
  const row = await db
    .selectFrom('objection as o')
    .innerJoin('publicity as p', 'p.id', 'o.publicity_id')
    .select('p.region_code')
    .where('o.attachment_document_id', '=', documentId)
    .executeTakeFirst()
  return row?.region_code ?? null
}

export type ObjectionRow = Awaited<ReturnType<typeof objectionRows>>[number]
