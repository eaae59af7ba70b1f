import { z } from '@hono/zod-openapi'
import { GREEN_EVENT_TYPES, GREEN_STATES, MINE_STATUSES, MINING_METHODS, OPS_EVENTS } from '@zgm/domain'
import { IsoDate, IsoDateTime, JsonObject, RegionCode } from '../http/common.schemas'
import { MultiPolygon } from '../areas/area.schemas'

export const MINE_EVENT_TYPES = [
  ...GREEN_EVENT_TYPES,
  ...(Object.keys(OPS_EVENTS) as (keyof typeof OPS_EVENTS)[]),
] as const

export const MineListQuery = z
  .object({
    q: z.string().max(100).optional(),
    county: RegionCode.optional(),
    city: RegionCode.optional(),
    state: z.enum(GREEN_STATES).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    sort: z.enum(['name', 'county', 'state', 'updated']).default('name'),
  })
  .openapi('MineListQuery')

const position = {
  lng: z.number().openapi({ description: 'Longitude of the mine point' }),
  lat: z.number().openapi({ description: 'Latitude of the mine point' }),
}

export const MineListItem = z
  .object({
    id: z.number().int(),
    name: z.string(),
    licenceNo: z.string(),
    countyCode: RegionCode,
    countyName: z.string(),
    mineral: z.string(),
    opsStatus: z.enum(MINE_STATUSES),
    greenState: z.enum(GREEN_STATES),
    version: z.number().int(),
    ...position,
  })
  .openapi('MineListItem')

export const MinePage = z
  .object({
    items: z.array(MineListItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('MinePage')

export const MineEvent = z
  .object({
    id: z.number().int(),
    type: z.string().openapi({
      description: 'A workflow event type, or a recorded fact such as baseline or licence_renewed',
      example: 'submit_self_assessment',
    }),
    on: IsoDate,
    greenFrom: z.enum(GREEN_STATES).nullable(),
    greenTo: z.enum(GREEN_STATES).nullable(),
    opsFrom: z.enum(MINE_STATUSES).nullable(),
    opsTo: z.enum(MINE_STATUSES).nullable(),
    actorRole: z.string().openapi({ description: 'A user role, or system for imports and seeds' }),
    actorName: z.string().nullable(),
    payload: JsonObject,
    recordedAt: IsoDateTime,
  })
  .openapi('MineEvent', {
    description:
      "One step of the mine's life; payload holds the facts recorded with it (its shape depends on the type)",
  })

export const MineAreaSummary = z
  .object({
    kind: z.enum(['footprint', 'restoration', 'reclamation']),
    progress: z.enum(['planned', 'in_progress', 'completed']),
    count: z.number().int(),
    areaM2: z.number().openapi({ description: 'Summed geodesic area in square metres' }),
  })
  .openapi('MineAreaSummary')

export const MineDocument = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: IsoDateTime,
  })
  .openapi('MineDocument')

const licenceTerms = {
  licenceNo: z.string(),
  holderName: z.string(),
  minerals: z.array(z.string()),
  scale10ktPerYear: z.number().openapi({ description: 'Licensed scale, 10,000 t a year' }),
  declaredAreaKm2: z.number(),
  elevationTopM: z.number(),
  elevationBottomM: z.number(),
  issuer: z.string(),
  sourceCrs: z.string().openapi({ example: 'EPSG:4528' }),
  drawnAreaKm2: z
    .number()
    .nullable()
    .openapi({ description: 'Geodesic area of the licensed polygon; null without a polygon' }),
}

export const MineDetail = z
  .object({
    id: z.number().int(),
    name: z.string(),
    countyCode: RegionCode,
    countyName: z.string(),
    enterpriseId: z.number().int(),
    enterpriseName: z.string(),
    mineral: z.string(),
    sector: z.string(),
    miningMethod: z.enum(MINING_METHODS),
    opsStatus: z.enum(MINE_STATUSES),
    greenState: z.enum(GREEN_STATES),
    productionStart: IsoDate.nullable(),
    hasSandEquipment: z.boolean(),
    version: z.number().int(),
    isDemo: z.boolean(),
    ...position,
    ...licenceTerms,
    licenceValidFrom: IsoDate,
    licenceValidTo: IsoDate,
    licenceStatus: z.enum(['registered', 'transferred', 'suspended', 'cancelled']),
    access: z
      .enum(['read', 'write'])
      .openapi({ description: 'What the signed-in user may do with this mine' }),
    timeline: z.array(MineEvent),
    areas: z.array(MineAreaSummary),
    documents: z.array(MineDocument),
    allowedEvents: z
      .array(z.enum(MINE_EVENT_TYPES))
      .openapi({ description: 'Events this user may fire now (POST /api/mines/{id}/events/{type})' }),
  })
  .openapi('MineDetail')

export const Licence = z
  .object({
    id: z.number().int(),
    ...licenceTerms,
    mineName: z.string(),
    miningMethod: z.enum(MINING_METHODS),
    validFrom: IsoDate,
    validTo: IsoDate,
    status: z.enum(['registered', 'transferred', 'suspended', 'cancelled']),
    statusOn: IsoDate,
    cornerPointsText: z.string().nullable().openapi({ description: 'The corner points as issued' }),
    geometry: z.union([MultiPolygon, z.null()]).openapi({ description: 'The licensed polygon, lon/lat' }),
  })
  .openapi('Licence')

export type MineListItemShape = z.infer<typeof MineListItem>
export type MineEventShape = z.infer<typeof MineEvent>
export type MineDetailShape = z.infer<typeof MineDetail>
export type LicenceShape = z.infer<typeof Licence>
