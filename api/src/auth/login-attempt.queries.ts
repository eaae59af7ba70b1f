import { sql } from 'kysely'
import type { Db } from '../db/database'

/** Records attempts as failed up front, so that concurrent attempts on any instance see each other. */
export async function recordAttempts(db: Db, keys: string[]): Promise<number[]> {
  const rows = await db
    .insertInto('login_attempt')
    .values(keys.map((key) => ({ key, ok: false })))
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

export async function markSucceeded(db: Db, ids: number[]): Promise<void> {
  await db.updateTable('login_attempt').set({ ok: true }).where('id', 'in', ids).execute()
}

export async function deleteAttempts(db: Db, ids: number[]): Promise<void> {
  await db.deleteFrom('login_attempt').where('id', 'in', ids).execute()
}

/** Old rows of the keys just used go; a day is kept for anyone investigating an attack. */
export async function pruneAttempts(db: Db, keys: string[]): Promise<void> {
  await db
    .deleteFrom('login_attempt')
    .where('key', 'in', keys)
    .where(sql<boolean>`at < now() - interval '1 day'`)
    .execute()
}

export interface FailureWindow {
  key: string
  minutes: number
  /** Count only failures after the key's last success. */
  sinceSuccess: boolean
}

function recentFailures(db: Db, w: FailureWindow) {
  // `at` is compared in SQL: the schema's Generated<Timestamp> column type does not take Date operands.
  const since = w.sinceSuccess
    ? sql`greatest(now() - make_interval(mins => ${w.minutes}),
        (select max(at) from login_attempt where key = ${w.key} and ok))`
    : sql`now() - make_interval(mins => ${w.minutes})`
  return db
    .selectFrom('login_attempt')
    .where('key', '=', w.key)
    .where('ok', '=', false)
    .where(sql<boolean>`at > ${since}`)
}

/**
 * Failures of the window other than `exclude` (the attempt being decided), and how many seconds
 * ago the latest of them was (null when none).
 */
export async function failureStreak(
  db: Db,
  w: FailureWindow,
  exclude: number[],
): Promise<{ failures: number; secondsSinceLast: number | null }> {
  const row = await recentFailures(db, w)
    .where('id', 'not in', exclude.length ? exclude : [-1])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .select(sql<number | null>`extract(epoch from now() - max(at))`.as('age'))
    .executeTakeFirstOrThrow()
  return { failures: Number(row.n), secondsSinceLast: row.age === null ? null : Number(row.age) }
}
