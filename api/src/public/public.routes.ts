import { router } from '../http/router'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { readDb } from '../db/read-routing'
import type { AppEnv } from '../http/env'
import { regionStats } from '../stats/stats.service'
import { toPublicStats } from '../stats/stats.mappers'
import { memoizedJson } from '../stats/stats-memo'
import { knownAtEndOf } from '../stats/stats.queries'
import { errorResponse } from '../http/error-schema'
import { today } from '../workflow/workflow.service'
import { toDirectoryMine, toPublicDraw, toPublicNotice, toPublicRegion } from './public.mappers'
import {
  directoryMines,
  OUTLINE_WORLD_PX,
  publicNotices,
  publicOutlines,
  publicRegions,
  publishedDraws,
  spotCheckResults,
} from './public.queries'
import {
  PublicDirectory,
  PublicDirectoryQuery,
  PublicDrawList,
  PublicMapMineList,
  PublicMapQuery,
  PublicNoticeList,
  PublicOutlines,
  PublicRegionList,
  PublicRegionsQuery,
  PublicStats,
  PublicStatsQuery,
  PublicityQuery,
} from './public.schemas'

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
  request: { query: PublicRegionsQuery },
  responses: ok(PublicRegionList, 'regions'),
})
const outlines = createRoute({
  method: 'get',
  path: '/outlines',
  tags: ['public'],
  summary: "Cities' or counties' simplified outlines as SVG paths: the map's picture before the map loads",
  request: { query: PublicRegionsQuery },
  responses: ok(PublicOutlines, 'outlines'),
})
const stats = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['public'],
  summary: 'Published entry rates against targets, per region, as of a date',
  request: { query: PublicStatsQuery },
  responses: ok(PublicStats, 'rates'),
})
const directory = createRoute({
  method: 'get',
  path: '/directory',
  tags: ['public'],
  summary: 'Mines in the national green-mine directory',
  request: { query: PublicDirectoryQuery },
  responses: ok(PublicDirectory, 'directory mines'),
})
const publicity = createRoute({
  method: 'get',
  path: '/publicity',
  tags: ['public'],
  summary: 'Publicity notices (公示) with their period and objection channel',
  request: { query: PublicityQuery },
  responses: ok(PublicNoticeList, 'notices, newest first'),
})
const draws = createRoute({
  method: 'get',
  path: '/spot-checks',
  tags: ['public'],
  summary:
    'Published 双随机 spot-check draws: commitment (seed hash, population, inspector pool), revealed seed and draw (replayable), results',
  responses: ok(PublicDrawList, 'draws'),
})

const mapMines = createRoute({
  method: 'get',
  path: '/map/mines',
  tags: ['public'],
  summary: 'Every directory mine on a date, for the public map',
  request: { query: PublicMapQuery },
  responses: ok(PublicMapMineList, 'directory mines'),
})

/** Anonymous disclosure endpoints: only published facts, redacted here on the server. */
export function publicRoutes(deps: AppDeps) {
  return router()
    .openapi(regions, async (c) => {
      const db = await readDb(deps, c)
      c.header('Cache-Control', 'public, max-age=86400')
      const rows = await publicRegions(db, c.req.valid('query').level)
      return c.json(PublicRegionList.parse(rows.map(toPublicRegion)), 200)
    })
    .openapi(outlines, async (c) => {
      const db = await readDb(deps, c)
      c.header('Cache-Control', 'public, max-age=86400')
      const level = c.req.valid('query').level
      const items = await publicOutlines(db, level)
      return c.json(PublicOutlines.parse({ level, worldPx: OUTLINE_WORLD_PX, items }), 200)
    })
    .openapi(stats, async (c) => {
      const db = await readDb(deps, c)
      const { asOf = today(), level, knownAt } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      return memoizedJson(c, deps, db, JSON.stringify(['public-stats', asOf, level, knownAt]), async () =>
        PublicStats.parse(
          toPublicStats(await regionStats(db, { asOf, level, knownAt: knownAt && knownAtEndOf(knownAt) })),
        ),
      )
    })
    .openapi(directory, async (c) => {
      const db = await readDb(deps, c)
      const { asOf = today(), ...query } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      return memoizedJson(c, deps, db, JSON.stringify(['public-directory', asOf, query]), async () => {
        const { rows, total } = await directoryMines(db, asOf, query)
        const page = { items: rows.map(toDirectoryMine), total, page: query.page, pageSize: query.pageSize }
        return PublicDirectory.parse(page)
      })
    })
    .openapi(publicity, async (c) => {
      const db = await readDb(deps, c)
      const { asOf = today(), status, level } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      const { notices, items } = await publicNotices(db, asOf, status, level)
      return c.json(
        PublicNoticeList.parse({ items: notices.map((n) => toPublicNotice(n, items, asOf)) }),
        200,
      )
    })
    .openapi(mapMines, async (c) => {
      const db = await readDb(deps, c)
      const { asOf = today() } = c.req.valid('query')
      c.header('Cache-Control', CACHE)
      return memoizedJson(c, deps, db, JSON.stringify(['public-map', asOf]), async () => {
        const { rows } = await directoryMines(db, asOf, { page: 1, pageSize: 100_000 })
        return PublicMapMineList.parse(rows.map(toDirectoryMine))
      })
    })
    .openapi(draws, async (c) => {
      const db = await readDb(deps, c)
      c.header('Cache-Control', CACHE)
      const rows = await publishedDraws(db)
      const results = await spotCheckResults(
        db,
        rows.map((r) => r.id),
      )
      return c.json(PublicDrawList.parse({ items: rows.map((r) => toPublicDraw(r, results)) }), 200)
    })
}
