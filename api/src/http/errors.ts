import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import {
  isRuleError,
  refusalMessage,
  refusalParams,
  type Refusal,
  type RefusalLang,
  type RefusalOf,
} from '@zgm/domain'
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/database-errors'
import { refusalStatus } from './refusal-status'
import { requestLang } from './request-lang'

/**
 * The one error type handlers throw: a Refusal (code + params) and its HTTP status. `onError`
 * writes `{"error":{"code","message","params"}}` with the message in the request's language;
 * `message` here is the English text, for logs and the CLI.
 */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode

  constructor(
    readonly refusal: Refusal,
    status?: ContentfulStatusCode,
  ) {
    super(refusalMessage(refusal, 'en'))
    this.status = status ?? refusalStatus(refusal.code)
  }

  get code(): Refusal['code'] {
    return this.refusal.code
  }
}

/** 404 `not_found`; also for things the user may not see, so that they look alike. */
export const notFound = (resource: RefusalOf<'not_found'>['resource'], id?: number) =>
  new HttpError({ code: 'not_found', resource, ...(id === undefined ? {} : { id }) })

export function errorBody(refusal: Refusal, lang: RefusalLang) {
  return {
    error: { code: refusal.code, message: refusalMessage(refusal, lang), params: refusalParams(refusal) },
  }
}

/** Known refusals keep their status; anything else is logged and becomes a bare 500. */
export function onError(err: Error, c: Context) {
  const lang = requestLang(c.req)
  const answer = (refusal: Refusal, status: ContentfulStatusCode) => c.json(errorBody(refusal, lang), status)
  if (err instanceof HttpError) return answer(err.refusal, err.status)
  // A programme rule refused the step.
  if (isRuleError(err)) return answer(err.refusal, err.status)
  // Hono's own refusals (HTTPException): never pass their English text on.
  const status = (err as { status?: number }).status
  if (status === 413) return answer({ code: 'payload_too_large' }, 413)
  if (status === 400 && /json/i.test(err.message)) return answer({ code: 'malformed_json' }, 400)
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return answer({ code: 'bad_request' }, status as ContentfulStatusCode)
  }
  // The database restarts, fails over or cannot be reached: the request may be retried as it was.
  if (isDatabaseUnavailable(err)) {
    console.error('database unavailable', c.req.method, c.req.path, (err as Error).message)
    c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
    return answer({ code: 'database_unavailable', retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS }, 503)
  }
  // PostgreSQL refused a value (class 22: data exception, e.g. a date or number out of range):
  // the input was bad even though a schema let it through. Still logged, as a gap to close.
  const sqlState = (err as { code?: unknown }).code
  if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
    console.warn('input refused by the database', c.req.method, c.req.path, sqlState, err.message)
    return answer({ code: 'bad_request' }, 400)
  }
  console.error('unhandled error', c.req.method, c.req.path, err)
  return answer({ code: 'internal' }, 500)
}
