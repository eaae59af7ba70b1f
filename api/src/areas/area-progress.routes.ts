// GET /api/areas/progress: restoration (生态修复) and reclamation (土地复垦) progress per county of a
// region as of a date — one request where the Huzhou view used to ask for every mine in turn.
import { createRoute, z } from '@hono/zod-openapi'
import { todayInZhejiang } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { IsoDate } from '../http/common.schemas'
import { HttpError } from '../http/errors'
import { signedIn } from '../http/request-guards'
import { router } from '../http/router'
import {
  findRegion,
  progressByCounty,
  visibleCounties,
  type CountyRow,
  type ProgressRow,
} from './area-progress.queries'
import { AREA_KINDS } from './area.schemas'

const ProgressQuery = z.object({
  region: z
    .string()
    .regex(/^33\d{4}$/, 'must be a GB/T 2260 code 33xxxx')
    .openapi({ description: 'A county, a city or the province (330000)', example: '330500' }),
  asOf: IsoDate.optional().openapi({
    description: 'Defaults to today (Zhejiang date)',
    example: '2020-12-31',
  }),
})

const AreaProgressFigures = z
  .object({
    areas: z.number().int().openapi({ description: 'Areas drawn and not deleted as of the date' }),
    completedAreas: z.number().int(),
    hectares: z.number().openapi({ description: 'Their geodesic area, ha' }),
    completedHectares: z.number(),
    approvedAreas: z.number().int().openapi({ description: 'Of them, approved by the bureau' }),
    approvedHectares: z.number(),
    submittedAreas: z.number().int().openapi({ description: 'Of them, submitted and awaiting a decision' }),
    submittedHectares: z.number(),
  })
  .openapi('AreaProgressFigures')

const AreaProgressCounty = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    restoration: AreaProgressFigures,
    reclamation: AreaProgressFigures,
  })
  .openapi('AreaProgressCounty')

export const AreaProgress = z
  .object({
    region: z.string(),
    asOf: z.string(),
    counties: z
      .array(AreaProgressCounty)
      .openapi({ description: 'The counties of the region in which you see at least one mine' }),
    total: z.object({ restoration: AreaProgressFigures, reclamation: AreaProgressFigures }),
  })
  .openapi('AreaProgress')

type Figures = z.infer<typeof AreaProgressFigures>
const FIGURE_FIELDS = Object.keys(AreaProgressFigures.shape) as (keyof Figures)[]
type Kinds = Record<(typeof AREA_KINDS)[number], Figures>

const figures = (row: ProgressRow | undefined): Figures => ({
  areas: row?.areas ?? 0,
  completedAreas: row?.completed_areas ?? 0,
  hectares: (row?.area_m2 ?? 0) / 10_000,
  completedHectares: (row?.completed_m2 ?? 0) / 10_000,
  approvedAreas: Number(row?.approved_areas ?? 0),
  approvedHectares: Number(row?.approved_m2 ?? 0) / 10_000,
  submittedAreas: Number(row?.submitted_areas ?? 0),
  submittedHectares: Number(row?.submitted_m2 ?? 0) / 10_000,
})

/** Rows (per county and kind) to the API shape; counties without areas answer zeros. */
export function toAreaProgress(
  region: string,
  asOf: string,
  counties: readonly CountyRow[],
  rows: readonly ProgressRow[],
): z.infer<typeof AreaProgress> {
  const byCounty = (code: string): Kinds => {
    const of = (kind: keyof Kinds) => figures(rows.find((r) => r.county_code === code && r.kind === kind))
    return { restoration: of('restoration'), reclamation: of('reclamation') }
  }
  const list = counties.map((c) => ({ code: c.code, name: c.name, nameEn: c.name_en, ...byCounty(c.code) }))
  const sum = (kind: keyof Kinds): Figures => {
    const total = (field: keyof Figures) => list.reduce((s, c) => s + c[kind][field], 0)
    return Object.fromEntries(FIGURE_FIELDS.map((f) => [f, total(f)])) as Figures
  }
  return {
    region,
    asOf,
    counties: list,
    total: { restoration: sum('restoration'), reclamation: sum('reclamation') },
  }
}

const progressRoute = createRoute({
  method: 'get',
  path: '/areas/progress',
  tags: ['areas'],
  summary: 'Restoration and reclamation totals and completed, per county of a region, as of a date',
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { query: ProgressQuery },
  responses: {
    200: { content: { 'application/json': { schema: AreaProgress } }, description: 'per county' },
    400: errorResponse('invalid_input, unknown_region'),
    401: errorResponse('unauthenticated'),
  },
})

/** Mounted under /api before areaRoutes, whose /areas/{id} would otherwise claim the path. */
export function areaProgressRoutes({ db }: Pick<AppDeps, 'db'>) {
  return router().openapi(progressRoute, async (c) => {
    const user = requireUser(c)
    const { region, asOf = todayInZhejiang() } = c.req.valid('query')
    if (!(await findRegion(db, region))) throw new HttpError({ code: 'unknown_region', region })
    const [counties, rows] = await Promise.all([
      visibleCounties(db, user, region),
      progressByCounty(db, user, region, asOf),
    ])
    return c.json(toAreaProgress(region, asOf, counties, rows), 200)
  })
}
