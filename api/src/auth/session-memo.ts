// Signed-in sessions kept in this process (issue 15). Every signed-in request resolved its cookie
// with a query (the session joined to its user): on a cached tile that query was the only database
// work, and under the mixed load sending queries is the server's largest cost. A kept session
// serves reads (GET, HEAD, OPTIONS) only: a write always reads its session from the database, so a
// revoked session can never change anything, even on an instance the revocation has not reached
// yet. Coherent like the tile LRU: triggers on user_session and app_user (migration T2201) notify
// `zgm_session` at the commit of any update or delete, naming the users concerned; the tile LRU's
// LISTEN connection passes that on, and every instance drops what it keeps of them. While that
// connection is down nothing is kept or used.
// An entry lives no longer than its session (the time left by the database clock, counted on this
// process's monotonic clock) and no longer than `maxAgeMs`.
import type { SessionUser } from '../http/env'

/** The channel the triggers notify on. */
export const SESSION_CHANNEL = 'zgm_session'

export interface KeptSession {
  user: SessionUser
  csrfToken: string
}

export interface SessionMemo {
  get(tokenHash: string): KeptSession | undefined
  /** A token to take before reading a session from the database, for `put`. */
  generation(): number
  /** Keeps the session for at most `leftMs`, unless a change (or a reconnect) came since `generation`. */
  put(tokenHash: string, session: KeptSession, leftMs: number, generation: number): void
  /** Drops the sessions of these users (all, without ids): their sessions or accounts changed. */
  forget(userIds?: number[]): void
  readonly size: number
}

/** At most `maxEntries` sessions, least recently used first out; none while `listening()` is false. */
export function createSessionMemo(
  listening: () => boolean,
  { maxEntries = 10_000, maxAgeMs = 60_000, now = () => performance.now() } = {},
): SessionMemo {
  const entries = new Map<string, KeptSession & { until: number }>()
  let gen = 0
  return {
    get(tokenHash) {
      if (!listening()) return undefined
      const e = entries.get(tokenHash)
      if (!e) return undefined
      entries.delete(tokenHash)
      if (e.until <= now()) return undefined
      entries.set(tokenHash, e)
      return e
    },
    generation: () => gen,
    put(tokenHash, session, leftMs, generation) {
      if (!listening() || generation !== gen || leftMs <= 0) return
      entries.delete(tokenHash)
      entries.set(tokenHash, { ...session, until: now() + Math.min(leftMs, maxAgeMs) })
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
    forget(userIds) {
      gen++
      if (!userIds) return entries.clear()
      const gone = new Set(userIds)
      for (const [key, e] of entries) if (gone.has(e.user.id)) entries.delete(key)
    },
    get size() {
      return entries.size
    },
  }
}
