import { router } from '../http/router'
import { createRoute } from '@hono/zod-openapi'
import { allowedEvents, allowedOpsEvents } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import { mineAuditTrail } from '../audit/audit.queries'
import { toAuditEntry } from '../audit/audit.mappers'
import { AuditTrail } from '../audit/audit.schemas'
import { requireUser } from '../auth/guards'
import { mineAccess } from '../auth/policy'
import { IdParam } from '../http/common.schemas'
import { notFound } from '../http/errors'
import { errorResponse } from '../http/error-schema'
import { mineRefOf, mineStatesOf, toLicence, toMineDetail, toMineListItem } from './mines.mappers'
import {
  areaSummary,
  documentList,
  licenceOfMine,
  listMines,
  mineDetail,
  mineTimeline,
} from './mines.queries'
import { Licence, MineDetail, MineListQuery, MinePage } from './mines.schemas'

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
  request: { query: MineListQuery },
  responses: {
    200: { content: { 'application/json': { schema: MinePage } }, description: 'one page' },
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
    200: { content: { 'application/json': { schema: MineDetail } }, description: 'the mine' },
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
    200: { content: { 'application/json': { schema: AuditTrail } }, description: 'entries, oldest first' },
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
    200: { content: { 'application/json': { schema: Licence } }, description: 'the licence' },
    ...errors,
  },
})

export function mineRoutes({ db }: AppDeps) {
  const loadVisible = async (user: ReturnType<typeof requireUser>, id: number) => {
    const row = await mineDetail(db, id)
    const access = row ? mineAccess(user, mineRefOf(row)) : 'none'
    if (!row || access === 'none') throw notFound('mine', id)
    return { row, access }
  }
  return router()
    .openapi(list, async (c) => {
      const query = c.req.valid('query')
      const { rows, total } = await listMines(db, requireUser(c), query)
      return c.json(
        { items: rows.map(toMineListItem), total, page: query.page, pageSize: query.pageSize },
        200,
      )
    })
    .openapi(detail, async (c) => {
      const user = requireUser(c)
      const { row, access } = await loadVisible(user, c.req.valid('param').id)
      const [timeline, areas, documents] = await Promise.all([
        mineTimeline(db, row.id),
        areaSummary(db, row.id),
        documentList(db, row.id),
      ])
      const { greenState, opsStatus } = mineStatesOf(row)
      const events = [...allowedEvents(greenState, user.role), ...allowedOpsEvents(opsStatus, user.role)]
      return c.json(toMineDetail(row, { access, timeline, areas, documents, allowedEvents: events }), 200)
    })
    .openapi(licence, async (c) => {
      const { row } = await loadVisible(requireUser(c), c.req.valid('param').id)
      const licenceRow = await licenceOfMine(db, row.id)
      if (!licenceRow) throw notFound('licence', row.id)
      return c.json(toLicence(licenceRow), 200)
    })
    .openapi(audit, async (c) => {
      const { row } = await loadVisible(requireUser(c), c.req.valid('param').id)
      return c.json((await mineAuditTrail(db, row.id)).map(toAuditEntry), 200)
    })
}
