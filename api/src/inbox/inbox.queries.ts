import type { ExpressionBuilder } from 'kysely'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'

/** Who a notification is for: one user, or a role in a region (bureaus) or of an organisation (agencies, enterprises). */
export type Recipient =
  | { userId: number }
  | { role: 'county' | 'city' | 'province'; region: string }
  | { role: 'evaluator' | 'enterprise'; org: number }

export interface NewNotification {
  to: Recipient
  kind: string
  mineId: number | null
  params: Record<string, string | number | null>
  /** Default now; the demo dates its notifications by their events. */
  createdAt?: string
}

export async function insertNotifications(tx: Conn, rows: readonly NewNotification[]): Promise<void> {
  if (rows.length === 0) return
  await tx
    .insertInto('notification')
    .values(
      rows.map((n) => ({
        recipient_user_id: 'userId' in n.to ? n.to.userId : null,
        recipient_role: 'role' in n.to ? n.to.role : null,
        recipient_region: 'region' in n.to ? n.to.region : null,
        recipient_org: 'org' in n.to ? n.to.org : null,
        kind: n.kind,
        mine_id: n.mineId,
        params: JSON.stringify(n.params),
        ...(n.createdAt ? { created_at: n.createdAt } : {}),
      })),
    )
    .execute()
}

/**
 * Addressed to this user: by id, or to their role in exactly their region (bureaus: the region, no
 * organisation, whatever organisation the bureau user belongs to) or of exactly their organisation
 * (evaluators, enterprises: the organisation, no region).
 */
const addressedTo =
  (user: SessionUser) =>
  ({ eb, or, and }: ExpressionBuilder<DB, 'notification'>) =>
    or([
      eb('notification.recipient_user_id', '=', user.id),
      and([
        eb('notification.recipient_role', '=', user.role),
        or([
          and([
            eb('notification.recipient_org', 'is', null),
            eb('notification.recipient_region', '=', user.regionCode ?? ''),
          ]),
          and([
            eb('notification.recipient_region', 'is', null),
            eb('notification.recipient_org', '=', user.organizationId ?? -1),
          ]),
        ]),
      ]),
    ])

export interface NotificationRow {
  id: number
  kind: string
  mine_id: number | null
  mine_name: string | null
  county_code: string | null
  params: unknown
  created_at: Date
  read_at: Date | null
}

function inboxOf(db: Conn, user: SessionUser) {
  return db
    .selectFrom('notification')
    .leftJoin('mine', 'mine.id', 'notification.mine_id')
    .leftJoin('notification_read as r', (j) =>
      j.onRef('r.notification_id', '=', 'notification.id').on('r.user_id', '=', user.id),
    )
    .where(addressedTo(user))
}

/** The user's notifications, newest first (at most `limit`), and how many are unread in all. */
export async function listInbox(
  db: Conn,
  user: SessionUser,
  { unread, limit }: { unread?: boolean; limit: number },
) {
  let qb = inboxOf(db, user)
  if (unread !== undefined) qb = qb.where('r.read_at', unread ? 'is' : 'is not', null)
  const [rows, count] = await Promise.all([
    qb
      .select([
        'notification.id',
        'notification.kind',
        'notification.mine_id',
        'mine.name as mine_name',
        'mine.county_code',
        'notification.params',
        'notification.created_at',
        'r.read_at',
      ])
      .orderBy('notification.id', 'desc')
      .limit(limit)
      .execute(),
    inboxOf(db, user)
      .where('r.read_at', 'is', null)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows: rows as NotificationRow[], unread: Number(count.n) }
}

/** One of the user's notifications, or undefined when it is not addressed to them. */
export async function findOwnNotification(db: Conn, user: SessionUser, id: number) {
  return (await inboxOf(db, user)
    .where('notification.id', '=', id)
    .select([
      'notification.id',
      'notification.kind',
      'notification.mine_id',
      'mine.name as mine_name',
      'mine.county_code',
      'notification.params',
      'notification.created_at',
      'r.read_at',
    ])
    .executeTakeFirst()) as NotificationRow | undefined
}

/** Marks read for this user; a second call keeps the first reading time. Returns how many were newly read. */
export async function markRead(db: Conn, user: SessionUser, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0
  const res = await db
    .insertInto('notification_read')
    .values(ids.map((id) => ({ notification_id: id, user_id: user.id })))
    .onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
    .executeTakeFirst()
  return Number(res.numInsertedOrUpdatedRows ?? 0)
}

/** Every unread notification id of the user. */
export async function unreadIds(db: Conn, user: SessionUser): Promise<number[]> {
  const rows = await inboxOf(db, user).where('r.read_at', 'is', null).select('notification.id').execute()
  return rows.map((r) => r.id)
}
