import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole, requireUser } from '../auth/guards'
import { IdParam } from '../http/common.schemas'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { Conflict, ConflictBody, ConflictList } from './conflicts.schemas'
import { mineConflicts, recordConflict } from './conflicts.service'

const json = <T extends z.ZodTypeAny>(schema: T) => ({ content: { 'application/json': { schema } } })
const errors = {
  400: errorResponse('invalid input'),
  401: errorResponse('not signed in'),
  403: errorResponse('only the county and the province keep the register'),
  404: errorResponse('no such mine or agency, or not yours'),
}

/** The conflict-of-interest register (agency–mine ties), read at every assignment. */
export function conflictRoutes({ db }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/mines/{id}/conflicts',
        tags: ['agencies'],
        summary: "A mine's conflict-of-interest register (R3.2)",
        request: { params: IdParam },
        responses: { 200: { ...json(ConflictList), description: 'recorded ties' }, ...errors },
      }),
      async (c) => {
        const items = await mineConflicts(db, requireUser(c), c.req.valid('param').id)
        return c.json({ items }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/mines/{id}/conflicts',
        tags: ['agencies'],
        summary: 'Record an agency–mine business tie or report help (R3.2, county or province)',
        request: { params: IdParam, body: { ...json(ConflictBody), required: true } },
        responses: { 201: { ...json(Conflict), description: 'the recorded tie' }, ...errors },
      }),
      async (c) => {
        const user = requireRole(c, 'county', 'province')
        return c.json(await recordConflict(db, user, c.req.valid('param').id, c.req.valid('json')), 201)
      },
    )
}
