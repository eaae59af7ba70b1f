import { router } from '../http/router'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { describeDatabase } from '../db/database'
import { lastEventDate } from '../stats/stats.queries'

const Health = z
  .object({
    status: z.literal('ok'),
    database: z.object({
      backend: z.enum(['embedded', 'server']),
      server: z.string().openapi({ example: '15.19' }),
      postgis: z.string().openapi({ example: '3.3.2' }),
    }),
    demo: z.boolean(),
    dataThrough: z
      .string()
      .nullable()
      .openapi({ description: 'Date of the newest recorded event; the demo history ends in 2020' }),
    basemap: z.object({ tiandituKey: z.string(), reviewNo: z.string() }).nullable().openapi({
      description: 'Optional online basemap (a Tianditu browser key); null = offline layers only',
    }),
  })
  .openapi('Health')

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
