import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { today } from '../workflow/workflow.service'
import { toAssignment } from './assignments.mappers'
import { agencyAssignments } from './assignments.queries'
import { AssignmentList } from './assignments.schemas'

const listRoute = createRoute({
  method: 'get',
  path: '/assignments',
  tags: ['assignments'],
  summary:
    "The evaluator's work: its agency's verifications and re-checks, open ones first, with their clocks",
  security: [{ cookieAuth: [] }],
  responses: {
    200: {
      content: { 'application/json': { schema: AssignmentList } },
      description: 'open first, then newest',
    },
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: evaluators only'),
  },
})

/** The assignment routes, to mount under /api. */
export function assignmentRoutes(deps: Pick<AppDeps, 'db'>) {
  return router().openapi(listRoute, async (c) => {
    const user = requireRole(c, 'evaluator')
    const day = today()
    const rows = await agencyAssignments(deps.db, user.organizationId ?? -1)
    const items = rows.map((r) => toAssignment(r, day))
    // Open first (soonest due first), then the filed ones, newest first (the query's order).
    const open = items.filter((i) => i.open).sort((a, b) => (a.dueOn ?? '9').localeCompare(b.dueOn ?? '9'))
    return c.json({ today: day, items: [...open, ...items.filter((i) => !i.open)] }, 200)
  })
}
