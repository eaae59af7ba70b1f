import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { auditHead } from './audit.queries'
import { AuditHead, AuditHeadQuery } from './audit.schemas'

const head = createRoute({
  method: 'get',
  path: '/audit-head',
  tags: ['public'],
  summary: 'The audit chain’s head hash (now, or at a year’s close), published to detect a rewrite',
  request: { query: AuditHeadQuery },
  responses: {
    200: { content: { 'application/json': { schema: AuditHead } }, description: 'the head' },
    400: errorResponse('invalid query'),
  },
})

/** Mounted under /api/public: anyone may read and archive the head. */
export function auditHeadRoutes({ db }: AppDeps) {
  return router().openapi(head, async (c) => {
    const { year } = c.req.valid('query')
    const found = await auditHead(db, year ? `${year + 1}-01-01T00:00:00Z` : undefined)
    // A closed year's head never changes; today's moves with every write.
    c.header(
      'Cache-Control',
      year && year < new Date().getUTCFullYear() ? 'public, max-age=3600' : 'no-store',
    )
    return c.json({ ...found, year: year ?? null }, 200)
  })
}
