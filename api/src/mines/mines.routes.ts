import { router } from '../http/router'
import { createRoute, z } from '@hono/zod-openapi'
import { allowedEvents, allowedOpsEvents, GREEN_STATES, type GreenState, type MineStatus } from '@zgm/domain'
import type { AppDeps } from '../app'
import { auditTrail } from '../audit/audit.queries'
import { requireUser } from '../auth/guards'
import { mineAccess } from '../auth/policy'
import type { AppEnv } from '../http/env'
import { notFound } from '../http/errors'
import { errorResponse } from '../http/error-schema'
import {
  areaSummary,
  documentList,
  licenceOfMine,
  listMines,
  mineDetail,
  mineTimeline,
} from './mines.queries'

const code = z.string().regex(/^33\d{4}$/, 'must be a GB/T 2260 code 33xxxx')
const ListQuery = z.object({
  q: z.string().max(100).optional(),
  county: code.optional(),
  city: code.optional(),
  state: z.enum(GREEN_STATES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(['name', 'county', 'state', 'updated']).default('name'),
})
const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
})

const MineItem = z
  .object({
    id: z.number(),
    name: z.string(),
    licenceNo: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    mineral: z.string(),
    opsStatus: z.string(),
    greenState: z.string(),
    version: z.number(),
    lng: z.number(),
    lat: z.number(),
  })
  .openapi('MineListItem')

const errors = {
  400: errorResponse('invalid query'),
  401: errorResponse('not signed in'),
  404: errorResponse('no such mine, or not yours to see'),
}

const list = createRoute({
  method: 'get',
  path: '/mines',
  tags: ['mines'],
  summary: 'Mines the user may see: filter, search by name/licence/holder/county, page, sort',
  request: { query: ListQuery },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(MineItem),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
      description: 'one page',
    },
    ...errors,
  },
})

const detail = createRoute({
  method: 'get',
  path: '/mines/{id}',
  tags: ['mines'],
  summary: 'One mine: licence, state, lifecycle timeline, areas, documents, the events you may fire',
  request: { params: IdParam },
  responses: {
    200: {
      content: { 'application/json': { schema: z.record(z.string(), z.any()).openapi('MineDetail') } },
      description: 'the mine',
    },
    ...errors,
  },
})

const audit = createRoute({
  method: 'get',
  path: '/mines/{id}/audit',
  tags: ['mines'],
  summary: 'The audit trail of one mine (R8): who, when, before and after',
  request: { params: IdParam },
  responses: {
    200: {
      content: { 'application/json': { schema: z.array(z.record(z.string(), z.any())) } },
      description: 'entries, oldest first',
    },
    ...errors,
  },
})

const licence = createRoute({
  method: 'get',
  path: '/mines/{id}/licence',
  tags: ['mines'],
  summary: 'The mining licence: terms, corner points as issued (source CRS kept), licensed polygon',
  request: { params: IdParam },
  responses: {
    200: {
      content: { 'application/json': { schema: z.record(z.string(), z.any()).openapi('Licence') } },
      description: 'the licence',
    },
    ...errors,
  },
})

export function mineRoutes({ db }: AppDeps) {
  const loadVisible = async (user: ReturnType<typeof requireUser>, id: number) => {
    const row = await mineDetail(db, id)
    const mine = row && { ...row, assignedAgencyIds: row.assignedAgencyIds ?? [] }
    if (!mine || mineAccess(user, mine) === 'none') throw notFound('mine', id)
    return mine
  }
  return router()
    .openapi(list, async (c) => c.json(await listMines(db, requireUser(c), c.req.valid('query')), 200))
    .openapi(detail, async (c) => {
      const user = requireUser(c)
      const mine = await loadVisible(user, c.req.valid('param').id)
      const [timeline, areas, documents] = await Promise.all([
        mineTimeline(db, mine.id),
        areaSummary(db, mine.id),
        documentList(db, mine.id),
      ])
      const access = mineAccess(user, mine)
      return c.json(
        {
          ...mine,
          access,
          timeline,
          areas,
          documents,
          allowedEvents: [
            ...allowedEvents(mine.greenState as GreenState, user.role),
            ...allowedOpsEvents(mine.opsStatus as MineStatus, user.role),
          ],
        },
        200,
      )
    })
    .openapi(licence, async (c) => {
      const user = requireUser(c)
      const mine = await loadVisible(user, c.req.valid('param').id)
      return c.json((await licenceOfMine(db, mine.id))!, 200)
    })
    .openapi(audit, async (c) => {
      const user = requireUser(c)
      const mine = await loadVisible(user, c.req.valid('param').id)
      return c.json(await auditTrail(db, 'mine', mine.id), 200)
    })
}
