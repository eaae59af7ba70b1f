import { z } from '@hono/zod-openapi'
import { APPROVALS, isLandClass } from '@zgm/domain'
import { DbId, INT4_MAX, IsoDate, IsoDateTime, JsonObject } from '../http/common.schemas'

export const AREA_KINDS = ['restoration', 'reclamation'] as const
export const DAMAGE_TYPES = ['excavated', 'occupied'] as const
export const PROGRESS = ['planned', 'in_progress', 'completed'] as const
const POSITION = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 3 } as const

/** Accepted loosely here so that the geometry checks (geometry-checks.ts) can name the exact problem. */
export const GeometryInput = z
  .object({
    type: z.string().openapi({ description: '"Polygon" or "MultiPolygon"', example: 'Polygon' }),
    // Typed for clients, checked by geometry-checks.ts so that a bad value gets its own refusal code.
    coordinates: z.unknown().openapi({
      description: 'RFC 7946 [lng, lat] positions, rings closed, ≥ 4 positions each',
      oneOf: [
        { type: 'array', items: { type: 'array', items: POSITION } },
        { type: 'array', items: { type: 'array', items: { type: 'array', items: POSITION } } },
      ],
    }),
    crs: z
      .unknown()
      .optional()
      .openapi({
        description: 'Omit (RFC 7946); if present it must name CRS84 or EPSG:4326/4490',
        type: 'object',
        properties: {
          type: { type: 'string', example: 'name' },
          properties: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
        },
        required: ['type', 'properties'],
      }),
  })
  .openapi('GeometryInput', {
    required: ['type', 'coordinates'],
    description:
      'A GeoJSON Polygon or MultiPolygon in lon/lat. The server also requires: valid (no self-intersection), ' +
      'inside Zhejiang, near the mine footprint, at most 5,000 vertices, 10 m² < area < 50 km².',
    example: {
      type: 'Polygon',
      coordinates: [
        [
          [119.9, 31.0],
          [119.902, 31.0],
          [119.902, 31.002],
          [119.9, 31.002],
          [119.9, 31.0],
        ],
      ],
    },
  })

export const MultiPolygon = z
  .object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))),
  })
  .openapi('MultiPolygon')

const landClass = z
  .string()
  // `params.issue` makes the refusal `invalid_input` with issue `land_class` (http/input-refusal.ts).
  .refine(isLandClass, {
    message: 'must be a GB/T 21010-2017 second-level land class code, e.g. 0301 (乔木林地)',
    params: { issue: 'land_class' },
  })
  .openapi({ description: 'GB/T 21010-2017 target land class', example: '0301' })

const attributeFields = {
  name: z.string().trim().min(1).max(200).openapi({ example: '东采场复绿区' }),
  damageType: z
    .enum(DAMAGE_TYPES)
    .nullable()
    .optional()
    .openapi({ description: '挖损 excavated / 压占 occupied' }),
  targetLandClass: landClass.nullable().optional(),
  progress: z.enum(PROGRESS).optional(),
  plannedStart: IsoDate.nullable().optional().openapi({ description: 'Planned start of the works' }),
  plannedEnd: IsoDate.nullable()
    .optional()
    .openapi({ description: 'Planned completion (not before plannedStart)' }),
  responsibleParty: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .optional()
    .openapi({ description: 'Who carries out the works', example: '长兴县某建材有限公司' }),
  notes: z.string().trim().max(2000).nullable().optional().openapi({ example: '先削坡后覆土，种植香樟' }),
}

const version = DbId.openapi({ description: 'The version the client last read' })

export const CreateAreaBody = z
  .strictObject({ kind: z.enum(AREA_KINDS), geometry: GeometryInput, ...attributeFields })
  .openapi('CreateAreaBody')

export const UpdateAreaBody = z
  .strictObject({
    version,
    kind: z.enum(AREA_KINDS).optional(),
    geometry: GeometryInput.optional(),
    ...attributeFields,
    name: attributeFields.name.optional(),
  })
  .openapi('UpdateAreaBody')

export const VersionBody = z.strictObject({ version }).openapi('VersionBody')

export const RejectBody = z
  .strictObject({
    version,
    reason: z.string().trim().min(1).max(2000).openapi({ example: '复垦方向与方案不符' }),
  })
  .openapi('RejectBody')

export const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .max(INT4_MAX)
    .openapi({ param: { name: 'version', in: 'query' }, example: 3 }),
})

export const AreaProperties = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    kind: z.enum(['footprint', ...AREA_KINDS]),
    name: z.string(),
    damageType: z.enum(DAMAGE_TYPES).nullable(),
    targetLandClass: z.string().nullable(),
    progress: z.enum(PROGRESS),
    approval: z.enum(APPROVALS),
    plannedStart: IsoDate.nullable(),
    plannedEnd: IsoDate.nullable(),
    responsibleParty: z.string().nullable(),
    notes: z.string().nullable(),
    rejectionReason: z
      .string()
      .nullable()
      .openapi({ description: 'Why the bureau sent it back (approval rejected), else null' }),
    version: z.number().int(),
    areaM2: z.number().openapi({ description: 'Geodesic area in square metres (never degrees)' }),
    updatedAt: IsoDateTime,
  })
  .openapi('AreaProperties')

export const AreaFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: MultiPolygon,
    properties: AreaProperties,
  })
  .openapi('AreaFeature')

export const AreaCollection = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(AreaFeature) })
  .openapi('AreaCollection')

export const AreaVersion = z
  .object({
    version: z.number().int(),
    change: z.enum(['create', 'update', 'revise', 'delete', 'submit', 'approve', 'reject']),
    changedAt: IsoDateTime,
    changedBy: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
    attrs: JsonObject,
    geometry: MultiPolygon,
  })
  .openapi('AreaVersion', {
    description: 'One version; attrs are the attributes at it (incl. approval, areaM2, reason)',
  })

export const QueueItem = z
  .object({
    area: AreaFeature,
    mineName: z.string(),
    countyCode: z.string(),
    submittedAt: IsoDateTime,
    submittedBy: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  })
  .openapi('AreaQueueItem')

export const AreaQueue = z.object({ items: z.array(QueueItem) }).openapi('AreaQueue', {
  description: 'Submitted areas the caller may approve or reject, oldest submission first',
})

export const AreaHistory = z
  .object({ areaId: z.number().int(), versions: z.array(AreaVersion) })
  .openapi('AreaHistory')

export type CreateAreaInput = z.infer<typeof CreateAreaBody>
export type UpdateAreaInput = z.infer<typeof UpdateAreaBody>
export type AreaFeatureShape = z.infer<typeof AreaFeature>
export type AreaVersionShape = z.infer<typeof AreaVersion>
export type AreaQueueShape = z.infer<typeof AreaQueue>
