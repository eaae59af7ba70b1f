import { todayInZhejiang } from '@zgm/domain'
import { router } from '../http/router'
import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { describeDatabase } from '../db/database'
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/database-errors'
import { lastEventDate } from '../stats/stats.queries'
import { Health } from './health.schemas'
import { VECTOR_BASEMAP_PATH } from '../basemap/basemap.routes'

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness, database backend and PostGIS version',
  responses: {
    200: { content: { 'application/json': { schema: Health } }, description: 'healthy' },
    503: {
      content: { 'application/json': { schema: Health } },
      description: 'degraded: the database cannot be reached (restart, failover, network cut)',
    },
  },
})

export function healthRoutes({ db, backend, databaseUrl, demo, config, replica }: AppDeps) {
  const basemap = config.tiandituKey
    ? { tiandituKey: config.tiandituKey, reviewNo: config.tiandituReviewNo }
    : null
  const settings = {
    testClock: config.clockFile !== '',
    vectorBasemap: config.basemapPmtiles ? VECTOR_BASEMAP_PATH : null,
    areaMaxDistanceM: config.areaMaxDistanceM,
  }
  return router().openapi(route, async (c) => {
    try {
      const [{ server, postgis }, dataThrough, replicaLag] = await Promise.all([
        describeDatabase(db, databaseUrl),
        lastEventDate(db),
        replica ? replica.lag(db) : null,
      ])
      const database = { backend, reachable: true, server, postgis }
      return c.json(
        {
          status: 'ok' as const,
          database,
          replica: replicaLag,
          demo,
          today: todayInZhejiang(),
          dataThrough,
          basemap,
          ...settings,
        },
        200,
      )
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err
      c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
      c.header('Cache-Control', 'no-store')
      const database = { backend, reachable: false, server: null, postgis: null }
      return c.json(
        {
          status: 'degraded' as const,
          database,
          replica: replica ? { reachable: replica.reachable, lagBytes: null, lagSeconds: null } : null,
          demo,
          today: todayInZhejiang(),
          dataThrough: null,
          basemap,
          ...settings,
        },
        503,
      )
    }
  })
}
