import type { Db } from '../db/database'
import {
  countFailures,
  deleteAttempts,
  markSucceeded,
  pruneAttempts,
  recordAttempts,
  secondsUntilAllowed,
  type FailureWindow,
} from './login-attempt.queries'

export const WINDOW_MINUTES = 15
/** More failures than this in the window block further attempts. */
export const USERNAME_LIMIT = 5
export const IP_LIMIT = 20

export type LoginAttempt =
  { blocked: true; retryAfterSeconds: number } | { blocked: false; succeeded(): Promise<void> }

/**
 * Counts the attempt against its username and client IP, in the database so that every API
 * instance shares the limit. A success clears the username's count, never the IP's, so one
 * good account cannot be used to keep guessing others.
 */
export async function beginLoginAttempt(db: Db, username: string, ip: string): Promise<LoginAttempt> {
  const byUser: FailureWindow = { key: `user:${username}`, minutes: WINDOW_MINUTES, sinceSuccess: true }
  const byIp: FailureWindow = { key: `ip:${ip}`, minutes: WINDOW_MINUTES, sinceSuccess: false }
  await pruneAttempts(db, [byUser.key, byIp.key])
  const ids = await recordAttempts(db, [byUser.key, byIp.key])
  const [userFailures, ipFailures] = await Promise.all([countFailures(db, byUser), countFailures(db, byIp)])
  const over = [
    userFailures > USERNAME_LIMIT && ([byUser, USERNAME_LIMIT] as const),
    ipFailures > IP_LIMIT && ([byIp, IP_LIMIT] as const),
  ].filter((x) => x !== false)
  if (over.length === 0) return { blocked: false, succeeded: () => markSucceeded(db, ids) }
  // A refused attempt is not held against the account: waiting out Retry-After is enough.
  await deleteAttempts(db, ids)
  const waits = await Promise.all(over.map(([w, limit]) => secondsUntilAllowed(db, w, limit)))
  return { blocked: true, retryAfterSeconds: Math.max(...waits) }
}
