import { OpenAPIHono } from '@hono/zod-openapi'
import type { Db } from './db/database'
import { errorBody, onError } from './http/errors'
import { healthRoutes } from './health/health.routes'

import type { Config } from './config'

export interface AppDeps {
  config: Readonly<Config>
  db: Db
  backend: 'embedded' | 'server'
  databaseUrl: string
  demo: boolean
}

/** The whole HTTP API as one Hono app of feature sub-apps (no listening, so tests can call app.request). */
export function createApp(deps: AppDeps) {
  const api = new OpenAPIHono({ defaultHook: validationError })
    .route('/', healthRoutes(deps.db, deps.backend, deps.databaseUrl, deps.demo))

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Zhejiang Green Mine Platform API', version: '1.0.0' },
  })

  const app = new OpenAPIHono().route('/api', api)
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404))
  app.onError(onError)
  return app
}

export type App = ReturnType<typeof createApp>

/** Schema validation failures name the field and the problem. */
function validationError(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, c: any) {
  if (result.success || !result.error) return
  const issue = result.error.issues[0]
  const field = issue.path.map(String).join('.') || '(body)'
  return c.json(errorBody('invalid_input', `${field}: ${issue.message}`), 400)
}
