import { z } from '@hono/zod-openapi'
import { IsoDate, RegionCode } from '../http/common.schemas'
import { WorkItem } from '../work/work.schemas'

const LngLatTuple = z.tuple([z.number(), z.number()]).openapi({ description: '[lng, lat], CGCS2000/WGS 84' })
const BBoxTuple = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .openapi({ description: '[west, south, east, north]' })
const MultiPolygonCoords = z
  .array(z.array(z.array(z.tuple([z.number(), z.number()]))))
  .openapi({ description: 'MultiPolygon coordinates (polygons → rings → [lng, lat])' })

export const FieldMine = z
  .object({
    id: z.number().int(),
    name: z.string(),
    countyCode: RegionCode,
    mineral: z.string(),
    greenState: z.string(),
    opsStatus: z.enum(['construction', 'producing', 'suspended', 'closed']),
    at: LngLatTuple.openapi({ description: "The mine's recorded location" }),
    bbox: BBoxTuple.openapi({ description: 'Around the footprint, the licence polygon and the location' }),
    footprint: MultiPolygonCoords.nullable().openapi({ description: 'The footprint (null: none drawn)' }),
    licence: MultiPolygonCoords.nullable().openapi({ description: 'The licensed polygon (null: none)' }),
    tasks: z.array(WorkItem).openapi({ description: "The caller's open work on this mine, with its clocks" }),
  })
  .openapi('FieldAreaMine')

export const FieldAreaQuery = z
  .object({
    regionCode: RegionCode.optional().openapi({
      description: 'A county (GB/T 2260) — or leave out and give scope',
    }),
    scope: z
      .enum(['assignments'])
      .optional()
      .openapi({ description: "assignments: the mines of the caller's work queue today" }),
  })
  .refine((q) => (q.regionCode === undefined) !== (q.scope === undefined), {
    message: 'give exactly one of regionCode and scope',
  })
  .openapi('FieldAreaQuery')

export const FieldAreaPack = z
  .object({
    kind: z.enum(['county', 'assignments']),
    regionCode: RegionCode.nullable(),
    name: z.string().openapi({ description: 'The county, or 今日任务 for the assignments' }),
    asOf: IsoDate,
    bbox: BBoxTuple.nullable().openapi({ description: 'null: an empty assignments area' }),
    mines: z.array(FieldMine).openapi({ description: 'The mines of the area the caller may see' }),
    estimate: z
      .object({
        tileCount: z.number().int().openapi({ description: 'Tiles in the plan (domain fieldTilePlan)' }),
        avgTileBytes: z
          .number()
          .int()
          .openapi({ description: 'Average tile body over a sample of the plan' }),
        sampledTiles: z.number().int(),
        tileBytes: z.number().int().openapi({ description: 'tileCount × avgTileBytes' }),
      })
      .openapi('FieldAreaEstimate'),
  })
  .openapi('FieldAreaPack')

export const FieldNearQuery = z
  .object({
    lng: z.coerce.number().min(73).max(136).openapi({ description: 'Longitude (China)' }),
    lat: z.coerce.number().min(3).max(54).openapi({ description: 'Latitude (China)' }),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .openapi('FieldNearQuery')

export const FieldNear = z
  .object({
    at: LngLatTuple,
    asOf: IsoDate,
    mines: z.array(FieldMine).openapi({ description: 'Nearest first (geodesic), mines the caller may see' }),
  })
  .openapi('FieldNear')
