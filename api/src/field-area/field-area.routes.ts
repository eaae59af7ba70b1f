import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { FieldAreaPack, FieldAreaQuery, FieldNear, FieldNearQuery } from './field-area.schemas'
import { areaPack, nearMines } from './field-area.service'

const errors = { 400: errorResponse('invalid query or unknown county'), 401: errorResponse('not signed in') }

const packRoute = createRoute({
  method: 'get',
  path: '/field/areas/pack',
  tags: ['field'],
  summary:
    'An offline work area: a county (or the mines of your work queue today), its mines with footprint, licence polygon, clocks and open tasks, and the size of its tiles measured before saving',
  request: { query: FieldAreaQuery },
  responses: {
    200: { content: { 'application/json': { schema: FieldAreaPack } }, description: 'the area' },
    ...errors,
  },
})

const nearRoute = createRoute({
  method: 'get',
  path: '/field/near',
  tags: ['field'],
  summary: 'The mines nearest a position (geodesic), with footprint, licence polygon, clocks and open tasks',
  request: { query: FieldNearQuery },
  responses: {
    200: { content: { 'application/json': { schema: FieldNear } }, description: 'nearest first' },
    ...errors,
  },
})

export function fieldAreaRoutes(deps: AppDeps) {
  return router()
    .openapi(packRoute, async (c) => {
      const q = c.req.valid('query')
      const req = q.regionCode ? { regionCode: q.regionCode } : { scope: 'assignments' as const }
      return c.json(await areaPack(deps, requireUser(c), req), 200)
    })
    .openapi(nearRoute, async (c) => {
      const { lng, lat, limit } = c.req.valid('query')
      return c.json(await nearMines(deps, requireUser(c), [lng, lat], limit), 200)
    })
}
