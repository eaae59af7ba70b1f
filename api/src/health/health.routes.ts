import { router } from '../http/router'
import { createRoute, z } from '@hono/zod-openapi'
import { describeDatabase, type Db } from '../db/database'

const Health = z
  .object({
    status: z.literal('ok'),
    database: z.object({
      backend: z.enum(['embedded', 'server']),
      server: z.string().openapi({ example: '15.19' }),
      postgis: z.string().openapi({ example: '3.3.2' }),
    }),
    demo: z.boolean(),
  })
  .openapi('Health')

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness, database backend and PostGIS version',
  responses: { 200: { content: { 'application/json': { schema: Health } }, description: 'healthy' } },
})

export function healthRoutes(db: Db, backend: 'embedded' | 'server', url: string, demo: boolean) {
  return router().openapi(route, async (c) => {
    const { server, postgis } = await describeDatabase(db, url)
    return c.json({ status: 'ok' as const, database: { backend, server, postgis }, demo }, 200)
  })
}
