import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole, requireUser } from '../auth/guards'
import { IdParam } from '../http/common.schemas'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { toEventResult } from '../workflow/workflow.mappers'
import { toBackdatedEntry } from './backdating.mappers'
import { listBackdatedEntries } from './backdating.queries'
import {
  ApproveBackdatedBody,
  BackdatedDecision,
  BackdatedEntryList,
  BackdatedEntryQuery,
  RejectBackdatedBody,
} from './backdating.schemas'
import { approveBackdated, rejectBackdated } from './backdating.service'
import { workflowRules } from '../workflow/workflow.service'

const PROVINCE_WIDE: ReadonlySet<string> = new Set(['province', 'leader'])

const errors = {
  400: errorResponse('invalid input'),
  401: errorResponse('not signed in'),
  403: errorResponse('only the province decides backdated entries'),
  404: errorResponse('no such entry'),
  409: errorResponse('already decided, or the mine changed since (stale version)'),
  422: errorResponse('a programme rule refuses the event now (the code names it)'),
}

const listRoute = createRoute({
  method: 'get',
  path: '/backdated-entries',
  tags: ['two clocks'],
  summary: 'Events dated too far back, held for the province (province and leader: all; others: their own)',
  request: { query: BackdatedEntryQuery },
  responses: {
    200: { content: { 'application/json': { schema: BackdatedEntryList } }, description: 'newest first' },
    ...errors,
  },
})

function decisionRoute(step: 'approve' | 'reject') {
  const body = step === 'approve' ? ApproveBackdatedBody : RejectBackdatedBody
  return createRoute({
    method: 'post',
    path: `/backdated-entries/{id}/${step}`,
    tags: ['two clocks'],
    summary:
      step === 'approve'
        ? 'The province approves a held event: it is recorded now with its business date (R7)'
        : 'The province rejects a held event, with a reason; nothing is recorded (R7)',
    request: { params: IdParam, body: { content: { 'application/json': { schema: body } }, required: true } },
    responses: {
      200: { content: { 'application/json': { schema: BackdatedDecision } }, description: 'the decision' },
      ...errors,
    },
  })
}

/** The province's desk for backdated events (two clocks). */
export function backdatingRoutes({ db, config }: AppDeps) {
  return router()
    .openapi(listRoute, async (c) => {
      const user = requireUser(c)
      const { status } = c.req.valid('query')
      const requestedBy = PROVINCE_WIDE.has(user.role) ? undefined : user.id
      const rows = await listBackdatedEntries(db, { status, requestedBy })
      return c.json(rows.map(toBackdatedEntry), 200)
    })
    .openapi(decisionRoute('approve'), async (c) => {
      const user = requireRole(c, 'province')
      const { entry, result } = await approveBackdated(
        db,
        user,
        c.req.valid('param').id,
        c.req.valid('json').reason || null,
        workflowRules(config),
      )
      return c.json({ entry: toBackdatedEntry(entry), event: toEventResult(result) }, 200)
    })
    .openapi(decisionRoute('reject'), async (c) => {
      const user = requireRole(c, 'province')
      const body = c.req.valid('json') as { reason: string }
      const entry = await rejectBackdated(db, user, c.req.valid('param').id, body.reason)
      return c.json({ entry: toBackdatedEntry(entry), event: null }, 200)
    })
}
