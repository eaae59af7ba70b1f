import { router } from '../http/router'
import { createRoute, z } from '@hono/zod-openapi'
import { computeAlerts, isMandatory, SCOPE_POLICIES } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import type { AppEnv } from '../http/env'
import { visibleMineIds } from '../mines/mines.queries'
import { errorResponse } from '../http/error-schema'
import { today } from '../workflow/workflow.service'
import { mineSnapshots } from './stats.queries'
import { regionStats, toAlertMine, toScopeMine } from './stats.service'

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
const policyIds = Object.keys(SCOPE_POLICIES) as [string, ...string[]]
export const StatsQuery = z.object({
  asOf: isoDate.optional().openapi({ description: 'Defaults to today' }),
  level: z.enum(['province', 'city', 'county']).default('county'),
  region: z
    .string()
    .regex(/^33\d{4}$/)
    .optional()
    .openapi({ description: 'Only rows inside this region' }),
  policy: z.enum(policyIds).default('ZJ-2018').openapi({ description: 'R1 scope policy' }),
})

const Target = z
  .object({
    kind: z.enum(['count', 'rate']),
    value: z.number(),
    year: z.number(),
    dueOn: z.string(),
    source: z.string(),
  })
  .nullable()
export const PublicStatsRow = z
  .object({
    code: z.string(),
    level: z.string(),
    parentCode: z.string().nullable(),
    name: z.string(),
    nameEn: z.string(),
    mandatory: z.number(),
    inDirectory: z.number(),
    inDirectoryTotal: z.number(),
    rate: z.number().nullable(),
    target: Target,
    status: z.enum(['met', 'behind', 'no_target']),
    shortfall: z.number(),
  })
  .openapi('PublicStatsRow')
const StatsRow = PublicStatsRow.extend({
  pipeline: z.record(z.string(), z.number()),
  overdue: z.number(),
  comingDue: z.number(),
}).openapi('StatsRow')

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
      content: {
        'application/json': {
          schema: z.object({
            asOf: z.string(),
            targetYear: z.number(),
            policyId: z.string(),
            rows: z.array(StatsRow),
          }),
        },
      },
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
  request: {
    query: z.object({
      asOf: isoDate.optional(),
      region: z
        .string()
        .regex(/^33\d{4}$/)
        .optional(),
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.array(z.record(z.string(), z.any())) } },
      description: 'alerts, soonest first',
    },
    ...errors,
  },
})

const mapRoute = createRoute({
  method: 'get',
  path: '/map/mines',
  tags: ['statistics'],
  summary: 'Every mine you may see with its state as of a date, for the map',
  request: { query: z.object({ asOf: isoDate.optional(), policy: z.enum(policyIds).default('ZJ-2018') }) },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.array(
            z.object({
              id: z.number(),
              name: z.string(),
              lng: z.number(),
              lat: z.number(),
              countyCode: z.string(),
              greenState: z.string(),
              opsStatus: z.string(),
              mandatory: z.boolean(),
            }),
          ),
        },
      },
      description: 'mines',
    },
    ...errors,
  },
})

export function statsRoutes({ db }: AppDeps) {
  return router()
    .openapi(statsRoute, async (c) => {
      requireUser(c)
      const { asOf = today(), level, region, policy } = c.req.valid('query')
      return c.json(await regionStats(db, { asOf, level, regionCode: region, policyId: policy }), 200)
    })
    .openapi(alertsRoute, async (c) => {
      const user = requireUser(c)
      const { asOf = today(), region } = c.req.valid('query')
      const [snapshots, visible] = await Promise.all([
        mineSnapshots(db, asOf, { regionCode: region }),
        visibleMineIds(db, user),
      ])
      const mine = snapshots.filter((m) => visible.has(m.id))
      return c.json(computeAlerts({ mines: mine.map(toAlertMine) }, asOf), 200)
    })
    .openapi(mapRoute, async (c) => {
      const user = requireUser(c)
      const { asOf = today(), policy } = c.req.valid('query')
      const [snapshots, visible] = await Promise.all([mineSnapshots(db, asOf), visibleMineIds(db, user)])
      return c.json(
        snapshots
          .filter((m) => visible.has(m.id))
          .map((m) => ({
            id: m.id,
            name: m.name,
            lng: m.lng,
            lat: m.lat,
            countyCode: m.countyCode,
            greenState: m.greenState,
            opsStatus: m.opsStatus,
            mandatory: isMandatory(toScopeMine(m), asOf, policy).mandatory,
          })),
        200,
      )
    })
}
