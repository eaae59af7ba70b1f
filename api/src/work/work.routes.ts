import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { today } from '../workflow/workflow.service'
import { WorkQuery, WorkQueue } from './work.schemas'
import { workQueue } from './work.service'

const workRoute = createRoute({
  method: 'get',
  path: '/work',
  tags: ['inbox'],
  summary:
    'Your work queue: what waits on you, what is due soon, what is overdue (role × region × ownership)',
  request: { query: WorkQuery },
  responses: {
    200: { content: { 'application/json': { schema: WorkQueue } }, description: 'the queue and its counts' },
    400: errorResponse('invalid query'),
    401: errorResponse('not signed in'),
  },
})

export function workRoutes({ db }: AppDeps) {
  return router().openapi(workRoute, async (c) => {
    const user = requireUser(c)
    const { asOf = today() } = c.req.valid('query')
    return c.json(await workQueue(db, user, asOf), 200)
  })
}
