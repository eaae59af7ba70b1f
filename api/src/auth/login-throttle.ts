import type { Db } from '../db/database'
import {
  deleteAttempts,
  failureStreak,
  markSucceeded,
  pruneAttempts,
  recordAttempts,
  type FailureWindow,
} from './login-attempt.queries'

/**
 * Growing delays instead of a lock. Each key gets `free` failures in its window; after that the
 * next attempt must wait 2^(failures − free) seconds after the latest failure, up to `maxDelay`.
 *  - `pair` (account at one address, since its last success): the guesser's own delay; the
 *    account's owner elsewhere and the guesser's colleagues behind the same address are not
 *    affected.
 *  - `user` (account, any address): distributed guessing, slowed to a minute per guess at worst.
 *  - `ip` (address, any account): password spraying, slowed to 30 s per guess at worst; never
 *    cleared by a success, so one good account cannot be used to keep guessing others.
 */
export const THROTTLES = {
  pair: { free: 3, maxDelay: 900, minutes: 24 * 60 },
  user: { free: 30, maxDelay: 60, minutes: 60 },
  ip: { free: 50, maxDelay: 30, minutes: 60 },
} as const

/** Seconds the next attempt must wait after the latest failure, with `failures` failures in the window. */
export function delayAfter(failures: number, t: { free: number; maxDelay: number }): number {
  return failures < t.free ? 0 : Math.min(2 ** (failures - t.free), t.maxDelay)
}

export type LoginAttempt =
  { blocked: true; retryAfterSeconds: number } | { blocked: false; succeeded(): Promise<void> }

/**
 * Counts the attempt against its (username, address) pair, its username and its address, in the
 * database so that every API instance shares the delays. An attempt made before its delay ran
 * out is refused (429 with Retry-After) without being checked, and is not held against anyone.
 */
export async function beginLoginAttempt(db: Db, username: string, ip: string): Promise<LoginAttempt> {
  const windows: [FailureWindow, keyof typeof THROTTLES][] = [
    [{ key: `pair:${username}@${ip}`, minutes: THROTTLES.pair.minutes, sinceSuccess: true }, 'pair'],
    [{ key: `user:${username}`, minutes: THROTTLES.user.minutes, sinceSuccess: true }, 'user'],
    [{ key: `ip:${ip}`, minutes: THROTTLES.ip.minutes, sinceSuccess: false }, 'ip'],
  ]
  const keys = windows.map(([w]) => w.key)
  await pruneAttempts(db, keys)
  // Recorded as failed up front, so that concurrent attempts on any instance see each other.
  const ids = await recordAttempts(db, keys)
  const streaks = await Promise.all(windows.map(([w]) => failureStreak(db, w, ids)))
  const waits = streaks.map(({ failures, secondsSinceLast }, i) =>
    secondsSinceLast === null ? 0 : delayAfter(failures, THROTTLES[windows[i][1]]) - secondsSinceLast,
  )
  const wait = Math.max(...waits)
  if (wait <= 0) return { blocked: false, succeeded: () => markSucceeded(db, ids) }
  await deleteAttempts(db, ids)
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil(wait)) }
}
