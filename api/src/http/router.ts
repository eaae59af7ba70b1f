import { OpenAPIHono } from '@hono/zod-openapi'
import type { Env } from 'hono'
import type { AppEnv } from './env'
import { badRequest } from './errors'

/** Schema validation failures become 400 `invalid_input` naming the field and the problem. */
export function rejectInvalid(result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) {
  if (result.success || !result.error) return
  const issue = result.error.issues[0]
  throw badRequest('invalid_input', `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
}

/** Every feature's sub-app: OpenAPI-described routes with the one validation error path. */
export function router<E extends Env = AppEnv>() {
  return new OpenAPIHono<E>({ defaultHook: rejectInvalid })
}
