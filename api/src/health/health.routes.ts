import { router } from '../http/router'
import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { describeDatabase } from '../db/database'
import { lastEventDate } from '../stats/stats.queries'
import { Health } from './health.schemas'

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness, database backend and PostGIS version',
  responses: { 200: { content: { 'application/json': { schema: Health } }, description: 'healthy' } },
})

export function healthRoutes({ db, backend, databaseUrl, demo, config }: AppDeps) {
  const basemap = config.tiandituKey
    ? { tiandituKey: config.tiandituKey, reviewNo: config.tiandituReviewNo }
    : null
  return router().openapi(route, async (c) => {
    const [{ server, postgis }, dataThrough] = await Promise.all([
      describeDatabase(db, databaseUrl),
      lastEventDate(db),
    ])
    return c.json(
      { status: 'ok' as const, database: { backend, server, postgis }, demo, dataThrough, basemap },
      200,
    )
  })
}
