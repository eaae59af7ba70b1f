import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { isRuleError } from '@zgm/domain'

/** The one error type handlers throw; `onError` turns it into `{"error":{"code","message"}}`. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new HttpError(400, code, message, details)
export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`)
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message)
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new HttpError(409, code, message, details)

export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ? { details } : {}) } }
}

/** Known errors keep their status; anything else is logged and becomes a bare 500. */
export function onError(err: Error, c: Context) {
  if (err instanceof HttpError) return c.json(errorBody(err.code, err.message, err.details), err.status)
  // A programme rule refused the step: say which rule, in both languages.
  if (isRuleError(err)) {
    return c.json(
      errorBody(err.code, err.message, { rule: err.rule, messageZh: err.messageZh, ...err.details }),
      err.status,
    )
  }
  const status = (err as { status?: number }).status
  if (status === 413) return c.json(errorBody('payload_too_large', 'request body too large'), 413)
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return c.json(errorBody('bad_request', err.message), status as ContentfulStatusCode)
  }
  console.error('unhandled error', c.req.method, c.req.path, err)
  return c.json(errorBody('internal', 'internal server error'), 500)
}
