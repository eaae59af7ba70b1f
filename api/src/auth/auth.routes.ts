import { router } from '../http/router'
import { randomBytes } from 'node:crypto'
import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppDeps } from '../app-deps'
import { HttpError } from '../http/errors'
import { hashPassword, verifyPassword } from './password'
import type { AuthEnv } from './auth.middleware'
import { errorResponse } from '../http/error-schema'
import { LoginBody, SECURITY_SCHEMES, SessionInfo } from './auth.schemas'
import { clientIp, isHttps } from './client-ip'
import { requireUser } from './guards'
import { beginLoginAttempt } from './login-throttle'
import { deleteSession, findLoginUser, insertSession, toSessionUser } from './session.queries'
import { SESSION_COOKIE, hashToken, newToken } from './session-token'

export { authMiddleware } from './auth.middleware'

const json = (schema: typeof SessionInfo, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})

/** A cross-site form cannot send application/json without a CORS preflight, so this guards login against CSRF. */
const requireJson = createMiddleware(async (c, next) => {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError({ code: 'unsupported_media_type', expected: 'application/json' })
  }
  await next()
})

const login = createRoute({
  method: 'post',
  path: '/login',
  tags: ['auth'],
  summary: 'Sign in with username and password; sets the zgm_session cookie',
  middleware: [requireJson] as const,
  request: { body: { required: true, content: { 'application/json': { schema: LoginBody } } } },
  responses: {
    200: json(SessionInfo, 'signed in; the session cookie is set'),
    400: errorResponse('invalid body'),
    401: errorResponse('invalid_credentials, or the account is disabled'),
    403: errorResponse('demo_disabled: demo accounts work only in demo mode'),
    415: errorResponse('the body must be application/json'),
    429: errorResponse('too_many_attempts; see Retry-After'),
  },
})

const logout = createRoute({
  method: 'post',
  path: '/logout',
  tags: ['auth'],
  summary: 'End the session and clear the cookie',
  security: [{ cookieAuth: [], csrfToken: [] }],
  responses: {
    204: { description: 'signed out (also when there was no session)' },
    403: errorResponse('csrf: missing or wrong X-CSRF-Token'),
  },
})

const me = createRoute({
  method: 'get',
  path: '/me',
  tags: ['auth'],
  summary: 'The signed-in user and the CSRF token for writes',
  security: [{ cookieAuth: [] }],
  responses: {
    200: json(SessionInfo, 'signed in'),
    401: errorResponse('unauthenticated'),
  },
})

export function authRoutes(deps: AppDeps) {
  const { trustProxy, sessionHours: hours } = deps.config
  // Unknown usernames are checked against this, so the response time does not reveal which names exist.
  const dummyHash = hashPassword(randomBytes(16).toString('base64url'))
  const invalidCredentials = () => new HttpError({ code: 'invalid_credentials' })
  const cookieOptions = (c: Context) =>
    ({ httpOnly: true, sameSite: 'Lax', path: '/', secure: isHttps(c, trustProxy) }) as const

  const app = router<AuthEnv>()
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    app.openAPIRegistry.registerComponent('securitySchemes', name, scheme)
  }

  return app
    .openapi(login, async (c) => {
      const { username: given, password } = c.req.valid('json')
      const username = given.trim().toLowerCase()
      const attempt = await beginLoginAttempt(deps.db, username, clientIp(c, trustProxy))
      if (attempt.blocked) {
        c.header('Retry-After', String(attempt.retryAfterSeconds))
        throw new HttpError({ code: 'too_many_attempts', retryAfterSeconds: attempt.retryAfterSeconds })
      }
      const row = await findLoginUser(deps.db, username)
      const passwordOk = await verifyPassword(password, row?.password_hash ?? (await dummyHash))
      if (!row || !passwordOk) throw invalidCredentials()
      if (row.disabled_at) throw new HttpError({ code: 'account_disabled' })
      if (row.is_demo && !deps.demo) {
        throw new HttpError({ code: 'demo_disabled' })
      }
      await attempt.succeeded()

      const previous = c.get('session')
      if (previous) await deleteSession(deps.db, previous.tokenHash)
      const token = newToken()
      const csrfToken = newToken()
      const expires = await insertSession(deps.db, {
        tokenHash: hashToken(token),
        userId: row.id,
        csrfToken,
        hours,
      })
      setCookie(c, SESSION_COOKIE, token, { ...cookieOptions(c), expires, maxAge: Math.round(hours * 3600) })
      return c.json({ user: toSessionUser(row), csrfToken }, 200)
    })
    .openapi(logout, async (c) => {
      const session = c.get('session')
      if (session) await deleteSession(deps.db, session.tokenHash)
      deleteCookie(c, SESSION_COOKIE, cookieOptions(c))
      return c.body(null, 204)
    })
    .openapi(me, (c) => {
      const user = requireUser(c)
      return c.json({ user, csrfToken: c.get('session')!.csrfToken }, 200)
    })
}

/** Schema failures name the field and the problem (the same contract as app.ts's default hook). */
