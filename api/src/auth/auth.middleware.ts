import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppDeps } from '../app-deps'
import { HttpError } from '../http/errors'
import type { AppEnv } from '../http/env'
import { deleteSession, findSession, toSessionUser } from './session.queries'
import { CSRF_HEADER, SESSION_COOKIE, hashToken, sameToken } from './session-token'

/** The session behind the cookie, for the auth routes (logout, me). */
export interface CurrentSession {
  tokenHash: string
  csrfToken: string
}

export type AuthEnv = AppEnv & { Variables: { session: CurrentSession | null } }

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Login has no session yet; it is protected by requiring a JSON body instead. */
const CSRF_EXEMPT = new Set(['/api/auth/login'])

/**
 * Resolves the session cookie to the user (one query, session joined to user) for every /api
 * request, and demands the session's CSRF token on every cookie-authenticated write.
 */
export function authMiddleware(deps: AppDeps) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    c.set('user', null)
    c.set('session', null)
    const token = getCookie(c, SESSION_COOKIE)
    if (token) {
      const tokenHash = hashToken(token)
      const row = await findSession(deps.db, tokenHash)
      if (row && (row.expired || row.disabled_at !== null || (row.is_demo && !deps.demo))) {
        await deleteSession(deps.db, tokenHash)
      } else if (row) {
        c.set('user', toSessionUser(row))
        c.set('session', { tokenHash, csrfToken: row.csrf_token })
        if (!SAFE_METHODS.has(c.req.method) && !CSRF_EXEMPT.has(c.req.path)) {
          if (!sameToken(c.req.header(CSRF_HEADER), row.csrf_token)) {
            throw new HttpError({ code: 'csrf', header: CSRF_HEADER })
          }
        }
      }
    }
    await next()
  })
}
