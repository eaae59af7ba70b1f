import { OpenAPIHono } from '@hono/zod-openapi'
import type { Env } from 'hono'
import type { AppEnv } from './env'
import { HttpError } from './errors'
import { inputRefusal, type InputIssueLike } from './input-refusal'

/** Schema validation failures become 400 `invalid_input` with the field and the kind of problem. */
export function rejectInvalid(result: {
  success: boolean
  data?: unknown
  error?: { issues: InputIssueLike[] }
}) {
  if (result.success || !result.error) return
  throw new HttpError(inputRefusal(result.error.issues[0], result.data))
}

/** Every feature's sub-app: OpenAPI-described routes with the one validation error path. */
export function router<E extends Env = AppEnv>() {
  return new OpenAPIHono<E>({ defaultHook: rejectInvalid })
}
