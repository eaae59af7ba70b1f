import { sql, type Selectable } from 'kysely'
import type { Conn, Db } from '../db/database'
import type { AppUserTable } from '../db/schema'
import type { SessionUser } from '../http/env'
import { isUserRole } from './roles'

type UserRow = Pick<
  Selectable<AppUserTable>,
  'id' | 'username' | 'display_name' | 'role' | 'region_code' | 'organization_id'
>

const USER_COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.role',
  'u.region_code',
  'u.organization_id',
] as const

export function toSessionUser(row: UserRow): SessionUser {
  if (!isUserRole(row.role)) throw new Error(`app_user ${row.id} has unknown role ${row.role}`)
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionCode: row.region_code,
    organizationId: row.organization_id,
  }
}

export function findLoginUser(db: Db, username: string) {
  return db
    .selectFrom('app_user as u')
    .select([...USER_COLUMNS, 'u.password_hash', 'u.is_demo', 'u.disabled_at'])
    .where('u.username', '=', username)
    .executeTakeFirst()
}

/**
 * Session and its user in one round trip; `left_ms` (the time until it expires, ≤ 0 once expired)
 * is judged by the database clock, shared by all instances.
 */
export function findSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      ...USER_COLUMNS,
      'u.is_demo',
      'u.disabled_at',
      's.csrf_token',
      sql<number>`extract(epoch from s.expires_at - now())::float8 * 1000`.as('left_ms'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/** Stores a new session and drops the user's expired ones; returns when it expires. */
export async function insertSession(
  db: Db,
  s: { tokenHash: string; userId: number; csrfToken: string; hours: number },
): Promise<Date> {
  await db
    .deleteFrom('user_session')
    .where('user_id', '=', s.userId)
    .where('expires_at', '<=', sql<Date>`now()`)
    .execute()
  const row = await db
    .insertInto('user_session')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      expires_at: sql<Date>`now() + make_interval(secs => ${s.hours * 3600})`,
    })
    .returning('expires_at')
    .executeTakeFirstOrThrow()
  return row.expires_at
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute()
}

/** A user as a session would carry them, by id (null when unknown or disabled). */
export async function findActiveUser(db: Conn, id: number): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('app_user as u')
    .select(USER_COLUMNS)
    .where('u.id', '=', id)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst()
  return row ? toSessionUser(row) : null
}
