import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole } from '../auth/guards'
import { IdParam, INT4_MAX } from '../http/common.schemas'
import { errorResponse } from '../http/error-schema'
import { signedIn } from '../http/request-guards'
import { router } from '../http/router'
import {
  BoundaryAlertList,
  ClientIdParam,
  FieldInspection,
  FieldInspectionInput,
  FieldMine,
} from './field-inspections.schemas'
import { putInspection } from './field-inspections.service'
import { alertsFor, inspectionFor } from './field-alerts.service'
import { fieldMine } from './field-mine.service'

const tags = ['field']
/** Staff who may open a mine in the field; enterprises keep their own record elsewhere. */
const FIELD_READERS = ['county', 'city', 'province', 'leader', 'planner', 'evaluator'] as const
/** County bureaus inspect; city and province may, inside their regions. */
const INSPECTORS = ['county', 'city', 'province'] as const

const mineRoute = createRoute({
  method: 'get',
  path: '/field/mines/{id}',
  tags,
  summary:
    'Everything the field inspection form needs for one mine in one answer (saved for offline use): record, licence polygon, footprint, checklist, open order, open tasks',
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: FieldMine } }, description: 'the mine for the field' },
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: role_required (enterprises)'),
    404: errorResponse('not_found: no such mine, or not in your region'),
  },
})

const putRoute = createRoute({
  method: 'put',
  path: '/field/inspections/{clientId}',
  tags,
  summary:
    "Records a field inspection under the outbox item's id: 201 new, 200 the same id and body again (replayed, never a second record)",
  security: [{ cookieAuth: [], csrfToken: [] }],
  middleware: [signedIn] as const,
  request: {
    params: ClientIdParam,
    body: { required: true, content: { 'application/json': { schema: FieldInspectionInput } } },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: FieldInspection } },
      description: 'already recorded (replayed)',
    },
    201: { content: { 'application/json': { schema: FieldInspection } }, description: 'recorded' },
    400: errorResponse('invalid_input, geometry_type, ring_not_closed, coordinate_out_of_range…'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: role_required (county, city, province); csrf'),
    404: errorResponse('not_found: no such mine, or not in your region'),
    409: errorResponse(
      'version_conflict: the mine changed since baseVersion (params.changes: who, when, what); field.client_id_reused',
    ),
    422: errorResponse(
      'future_date, field.too_old, geometry_self_intersection…, area_out_of_range, outside_province, too_far_from_footprint',
    ),
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/field/inspections/{clientId}',
  tags,
  summary: 'One field inspection by its outbox id',
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { params: ClientIdParam },
  responses: {
    200: { content: { 'application/json': { schema: FieldInspection } }, description: 'the inspection' },
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: role_required'),
    404: errorResponse('not_found'),
  },
})

const AlertQuery = z.object({
  mineId: z.coerce.number().int().positive().max(INT4_MAX).optional(),
  state: z.enum(['open', 'acknowledged']).optional(),
})

const alertsRoute = createRoute({
  method: 'get',
  path: '/field/alerts',
  tags,
  summary:
    'Out-of-boundary mining alerts (越界开采) raised by field inspections in your region, newest first',
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { query: AlertQuery },
  responses: {
    200: { content: { 'application/json': { schema: BoundaryAlertList } }, description: 'the alerts' },
    400: errorResponse('invalid_input'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: role_required (county, city, province, leader)'),
  },
})

/** The field inspection routes, to mount under /api. */
export function fieldInspectionRoutes(deps: Pick<AppDeps, 'db' | 'config'>) {
  return router()
    .openapi(mineRoute, async (c) => {
      const user = requireRole(c, ...FIELD_READERS)
      return c.json(await fieldMine(deps.db, user, c.req.valid('param').id), 200)
    })
    .openapi(putRoute, async (c) => {
      const user = requireRole(c, ...INSPECTORS)
      const result = await putInspection(
        { db: deps.db, backdateDays: deps.config.backdateDays },
        user,
        c.req.valid('param').clientId,
        c.req.valid('json'),
      )
      return result.status === 201 ? c.json(result.body, 201) : c.json(result.body, 200)
    })
    .openapi(getRoute, async (c) => {
      const user = requireRole(c, ...FIELD_READERS)
      return c.json(await inspectionFor(deps.db, user, c.req.valid('param').clientId), 200)
    })
    .openapi(alertsRoute, async (c) => {
      const user = requireRole(c, 'county', 'city', 'province', 'leader')
      return c.json({ items: await alertsFor(deps.db, user, c.req.valid('query')) }, 200)
    })
}
