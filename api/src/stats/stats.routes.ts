import { router } from '../http/router'
import { createRoute } from '@hono/zod-openapi'
import { computeAlerts, isMandatory } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import { readDb } from '../db/read-routing'
import { requireUser } from '../auth/guards'
import type { AppEnv } from '../http/env'
import { visibleMineIds } from '../mines/mines.queries'
import { errorResponse } from '../http/error-schema'
import { today } from '../workflow/workflow.service'
import { spanMineSnapshots } from './snapshot-spans.queries'
import { memoizedJson } from './stats-memo'
import { knownAtEndOf, mineSnapshots } from './stats.queries'
import { regionStats, toAlertMine, toScopeMine } from './stats.service'
import { toAlert, toMapMine, toStats } from './stats.mappers'
import { AlertList, AlertsQuery, MapMineList, MapMinesQuery, Stats, StatsQuery } from './stats.schemas'

const WHOLE_PROVINCE_ROLES: ReadonlySet<string> = new Set(['province', 'leader'])

const errors = {
  400: errorResponse('invalid query'),
  401: errorResponse('not signed in'),
}

const statsRoute = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['statistics'],
  summary: 'Entry rates vs targets, pipeline and overdue counts per region, as of a date (R2, R7)',
  request: { query: StatsQuery },
  responses: {
    200: {
      content: { 'application/json': { schema: Stats } },
      description: 'one row per region',
    },
    ...errors,
  },
})

const alertsRoute = createRoute({
  method: 'get',
  path: '/alerts',
  tags: ['statistics'],
  summary: 'Overdue and coming-due items for the mines you may see, each with its rule',
  request: { query: AlertsQuery },
  responses: {
    200: { content: { 'application/json': { schema: AlertList } }, description: 'alerts, soonest first' },
    ...errors,
  },
})

const mapRoute = createRoute({
  method: 'get',
  path: '/map/mines',
  tags: ['statistics'],
  summary: 'Every mine you may see with its state as of a date, for the map',
  request: { query: MapMinesQuery },
  responses: {
    200: {
      content: { 'application/json': { schema: MapMineList } },
      description: 'mines',
    },
    ...errors,
  },
})

export function statsRoutes(deps: AppDeps) {
  return router()
    .openapi(statsRoute, async (c) => {
      const db = await readDb(deps, c)
      const user = requireUser(c)
      const { asOf = today(), knownAt, level, region, policy } = c.req.valid('query')
      // The pipeline and deadlines of the whole province are for province-wide roles only.
      const visible = WHOLE_PROVINCE_ROLES.has(user.role) ? undefined : await visibleMineIds(db, user)
      // Every province-wide user gets the same answer to the same question: kept until the data changes.
      const key = visible ? null : JSON.stringify(['stats', asOf, knownAt, level, region, policy])
      return memoizedJson(c, deps, db, key, async () =>
        toStats(
          await regionStats(db, {
            asOf,
            level,
            regionCode: region,
            policyId: policy,
            visible,
            knownAt: knownAt && knownAtEndOf(knownAt),
          }),
        ),
      )
    })
    .openapi(alertsRoute, async (c) => {
      const db = await readDb(deps, c)
      const user = requireUser(c)
      const { asOf = today(), region } = c.req.valid('query')
      // Province-wide users see every mine: one answer for all of them, kept until the data changes.
      const whole = WHOLE_PROVINCE_ROLES.has(user.role)
      return memoizedJson(c, deps, db, whole ? JSON.stringify(['alerts', asOf, region]) : null, async () => {
        // Only the mines that can raise one are read: a national province has tens of thousands.
        const [snapshots, visible] = await Promise.all([
          spanMineSnapshots(db, asOf, { regionCode: region, mayAlert: true }),
          whole ? null : visibleMineIds(db, user),
        ])
        const mines = visible ? snapshots.filter((m) => visible.has(m.id)) : snapshots
        return computeAlerts({ mines: mines.map(toAlertMine) }, asOf).map(toAlert)
      })
    })
    .openapi(mapRoute, async (c) => {
      const db = await readDb(deps, c)
      const user = requireUser(c)
      const { asOf = today(), policy } = c.req.valid('query')
      const [snapshots, visible] = await Promise.all([mineSnapshots(db, asOf), visibleMineIds(db, user)])
      return c.json(
        snapshots
          .filter((m) => visible.has(m.id))
          .map((m) => toMapMine(m, isMandatory(toScopeMine(m), asOf, policy).mandatory)),
        200,
      )
    })
}
