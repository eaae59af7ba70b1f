import type { MiddlewareHandler } from 'hono'
import { createMiddleware } from 'hono/factory'
import { bodyLimit } from 'hono/body-limit'
import { requireUser } from '../auth/guards'
import { HttpError } from './errors'
import type { AppEnv } from './env'
import { READ_METHODS } from './read-methods'

/** 401 before the body is even read, so an anonymous caller learns nothing from validation. */
export const signedIn = createMiddleware<AppEnv>(async (c, next) => {
  requireUser(c)
  await next()
})

/** Writes anyone may make without an account: signing in, and objecting to a notice (§4.3). */
const OPEN_WRITES = new Set(['/api/public/objections'])

/**
 * Every write outside /api/auth/* needs a session, checked before any body is read or
 * validated: an anonymous caller gets 401, never field details (mounted once on /api, so a new
 * write route cannot forget it).
 */
export const writesNeedSession = createMiddleware<AppEnv>(async (c, next) => {
  if (!READ_METHODS.has(c.req.method) && !c.req.path.startsWith('/api/auth/') && !OPEN_WRITES.has(c.req.path))
    requireUser(c)
  await next()
})

/**
 * 413 `payload_too_large` with the limit (params.maxBytes), before the body is parsed. A read has
 * no body: asking it for one would build a full web Request (≈ 10 % of a small answer's CPU).
 */
export const limitBody = (maxBytes: number): MiddlewareHandler => {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError({ code: 'payload_too_large', maxBytes })
    },
  })
  return (c, next) => (READ_METHODS.has(c.req.method) ? next() : limit(c, next))
}
