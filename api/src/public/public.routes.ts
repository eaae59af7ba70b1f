import { router } from '../http/router'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import type { AppEnv } from '../http/env'
import { regionStats } from '../stats/stats.service'
import { isoDate } from '../stats/stats.routes'
import { errorResponse } from '../http/error-schema'
import { today } from '../workflow/workflow.service'
import { directoryMines, publicNotices, publicRegions, publishedDraws } from './public.queries'
import {
  PublicDirectory,
  PublicDirectoryMine,
  PublicDraw,
  PublicNotice,
  PublicRegion,
  PublicStats,
} from './public.schemas'

const code = z.string().regex(/^33\d{4}$/, 'must be a GB/T 2260 code 33xxxx')
const ok = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  200: { content: { 'application/json': { schema } }, description },
  400: errorResponse('invalid query'),
})
const CACHE = 'public, max-age=60'

const regions = createRoute({
  method: 'get',
  path: '/regions',
  tags: ['public'],
  summary: 'Cities or counties with label points and bounding boxes',
  request: { query: z.object({ level: z.enum(['city', 'county']).default('county') }) },
  responses: ok(z.array(PublicRegion), 'regions'),
})
const stats = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['public'],
  summary: 'Published entry rates against targets, per region, as of a date',
  request: {
    query: z.object({
      asOf: isoDate.optional(),
      level: z.enum(['province', 'city', 'county']).default('county'),
    }),
  },
  responses: ok(PublicStats, 'rates'),
})
const directory = createRoute({
  method: 'get',
  path: '/directory',
  tags: ['public'],
  summary: 'Mines in the national green-mine directory',
  request: {
    query: z.object({
      asOf: isoDate.optional(),
      q: z.string().max(100).optional(),
      county: code.optional(),
      city: code.optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(1000).default(50),
    }),
  },
  responses: ok(PublicDirectory, 'directory mines'),
})
const publicity = createRoute({
  method: 'get',
  path: '/publicity',
  tags: ['public'],
  summary: 'Publicity notices (公示) with their period and objection channel',
  request: {
    query: z.object({
      asOf: isoDate.optional(),
      status: z.enum(['open', 'closed', 'all']).default('all'),
      level: z.enum(['county', 'province', 'removal', 'spot_check']).optional(),
    }),
  },
  responses: ok(z.object({ items: z.array(PublicNotice) }), 'notices, newest first'),
})
const draws = createRoute({
  method: 'get',
  path: '/spot-checks',
  tags: ['public'],
  summary: 'Published 双随机 spot-check draws (seed and drawn mines, replayable)',
  responses: ok(z.object({ items: z.array(PublicDraw) }), 'draws'),
})

const mapMines = createRoute({
  method: 'get',
  path: '/map/mines',
  tags: ['public'],
  summary: 'Every directory mine on a date, for the public map',
  request: { query: z.object({ asOf: isoDate.optional() }) },
  responses: ok(z.array(PublicDirectoryMine), 'directory mines'),
})

/** Anonymous disclosure endpoints: only published facts, redacted here on the server. */
export function publicRoutes({ db }: AppDeps) {
  return router()
    .openapi(regions, async (c) => {
      c.header('Cache-Control', 'public, max-age=86400')
      return c.json(z.array(PublicRegion).parse(await publicRegions(db, c.req.valid('query').level)), 200)
    })
    .openapi(stats, async (c) => {
      const { asOf = today(), level } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      return c.json(PublicStats.parse(await regionStats(db, { asOf, level })), 200)
    })
    .openapi(directory, async (c) => {
      const { asOf = today(), ...query } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      return c.json(PublicDirectory.parse(await directoryMines(db, asOf, query)), 200)
    })
    .openapi(publicity, async (c) => {
      const { asOf = today(), status, level } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      return c.json({ items: z.array(PublicNotice).parse(await publicNotices(db, asOf, status, level)) }, 200)
    })
    .openapi(mapMines, async (c) => {
      const { asOf = today() } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      const { items } = await directoryMines(db, asOf, { page: 1, pageSize: 100_000 })
      return c.json(z.array(PublicDirectoryMine).parse(items), 200)
    })
    .openapi(draws, async (c) => {
      c.header('Cache-Control', CACHE)
      return c.json({ items: z.array(PublicDraw).parse(await publishedDraws(db)) }, 200)
    })
}
