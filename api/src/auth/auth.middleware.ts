import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppDeps } from '../app-deps'
import { HttpError } from '../http/errors'
import type { AppEnv } from '../http/env'
import { deleteSession, findSession, toSessionUser } from './session.queries'
import type { KeptSession } from './session-memo'
import { CSRF_HEADER, SESSION_COOKIE, hashToken, sameToken } from './session-token'
import { READ_METHODS } from '../http/read-methods'

/** The session behind the cookie, for the auth routes (logout, me). */
export interface CurrentSession {
  tokenHash: string
  csrfToken: string
}

export type AuthEnv = AppEnv & { Variables: { session: CurrentSession | null } }

/** Login has no session yet; it is protected by requiring a JSON body instead. */
const CSRF_EXEMPT = new Set(['/api/auth/login'])

/**
 * Resolves the session cookie to the user for every /api request (kept in this process for reads,
 * else one query, session joined to user), and demands the session's CSRF token on every
 * cookie-authenticated write.
 */
export function authMiddleware(deps: AppDeps) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    c.set('user', null)
    c.set('session', null)
    const token = getCookie(c, SESSION_COOKIE)
    if (token) {
      const tokenHash = hashToken(token)
      const read = READ_METHODS.has(c.req.method)
      const live = await liveSession(deps, tokenHash, read)
      if (live) {
        c.set('user', live.user)
        c.set('session', { tokenHash, csrfToken: live.csrfToken })
        if (!read && !CSRF_EXEMPT.has(c.req.path) && !sameToken(c.req.header(CSRF_HEADER), live.csrfToken)) {
          throw new HttpError({ code: 'csrf', header: CSRF_HEADER })
        }
      }
    }
    await next()
  })
}

/**
 * The live session behind `tokenHash`: for a read, from this process's memory when it is there;
 * otherwise from the database, where an expired or disabled one (or a demo one without demo mode)
 * is deleted.
 */
async function liveSession(deps: AppDeps, tokenHash: string, read: boolean): Promise<KeptSession | null> {
  const memo = deps.sessionMemo
  const kept = read ? memo?.get(tokenHash) : undefined
  if (kept) return kept
  const generation = memo?.generation() ?? 0
  const row = await findSession(deps.db, tokenHash)
  if (!row) return null
  if (row.left_ms <= 0 || row.disabled_at !== null || (row.is_demo && !deps.demo)) {
    await deleteSession(deps.db, tokenHash)
    return null
  }
  const live = { user: toSessionUser(row), csrfToken: row.csrf_token }
  memo?.put(tokenHash, live, row.left_ms, generation)
  return live
}
