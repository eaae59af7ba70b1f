import { z } from '@hono/zod-openapi'
import { GeometryInput, MultiPolygon } from '../areas/area.schemas'
import { DbId, INT4_MAX, IsoDate, IsoDateTime, LngLat, RegionCode } from '../http/common.schemas'
import { WorkKind } from '../work/work.schemas'

export const CHECK_RESULTS = ['pass', 'fail', 'na'] as const

/** The outbox item's id, in the path: a UUID the phone made before it had a connection. */
export const ClientIdParam = z.object({
  clientId: z
    .uuid()
    .openapi({ param: { name: 'clientId', in: 'path' }, example: '6f1c0a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f' }),
})

export const ChecklistResult = z
  .strictObject({
    code: z
      .string()
      .min(1)
      .max(64)
      .openapi({ description: 'A checklist item code of GET /api/field/mines/{id}' }),
    result: z.enum(CHECK_RESULTS).openapi({ description: 'pass, fail or na (not applicable)' }),
    note: z.string().max(500).optional(),
  })
  .openapi('ChecklistResult')

export const FieldInspectionInput = z
  .strictObject({
    mineId: DbId,
    on: IsoDate.openapi({
      description: 'Business date of the inspection: not in the future, not beyond BACKDATE_DAYS back',
    }),
    recordedAt: IsoDateTime.openapi({ description: 'When the inspector saved it on the phone' }),
    baseVersion: z.number().int().positive().max(INT4_MAX).openapi({
      description: 'The mine version the inspector saw; a mine changed since → 409 version_conflict',
    }),
    checklist: z.array(ChecklistResult).max(200),
    findings: z.string().max(4000).default(''),
    sketch: GeometryInput.nullable().optional().openapi({
      description: 'The disturbed area drawn on site (Polygon or MultiPolygon, ≤ 10 km², near the mine)',
    }),
  })
  .openapi('FieldInspectionInput')

const Person = z.object({ id: z.number().int(), displayName: z.string() })

export const AlertSummary = z
  .object({ id: z.number().int(), areaM2: z.number(), state: z.enum(['open', 'acknowledged']) })
  .openapi('BoundaryAlertSummary')

export const FieldInspection = z
  .object({
    id: z.number().int(),
    clientId: z.string(),
    mineId: z.number().int(),
    mineName: z.string(),
    regionCode: RegionCode,
    inspector: Person,
    on: IsoDate,
    recordedAt: IsoDateTime,
    receivedAt: IsoDateTime,
    checklist: z.array(ChecklistResult),
    findings: z.string(),
    sketch: z.union([MultiPolygon, z.null()]),
    sketchAreaM2: z.number().nullable(),
    outsideAreaM2: z
      .number()
      .nullable()
      .openapi({ description: 'Area of the sketch outside the licence polygon, m² on the spheroid' }),
    baseVersion: z.number().int(),
    alert: AlertSummary.nullable().openapi({
      description: '越界开采: raised when outsideAreaM2 > toleranceM2',
    }),
    replayed: z
      .boolean()
      .openapi({ description: 'true: this id was already recorded with this body; nothing new written' }),
  })
  .openapi('FieldInspection')

export const ChecklistItem = z
  .object({
    code: z.string(),
    zh: z.string(),
    en: z.string(),
    group: z.string().openapi({ description: '`prerequisites` or the indicator group id' }),
    groupZh: z.string(),
    groupEn: z.string(),
    maxScore: z
      .number()
      .nullable()
      .openapi({ description: 'Points of the group; null for pass/fail items or unconfirmed groups' }),
  })
  .openapi('ChecklistItem')

export const FieldMine = z
  .object({
    asOf: IsoDate,
    mine: z.object({
      id: z.number().int(),
      name: z.string(),
      licenceNo: z.string(),
      countyCode: RegionCode,
      countyName: z.string(),
      mineral: z.string(),
      greenState: z.string(),
      opsStatus: z.string(),
      version: z.number().int(),
      location: LngLat,
      isDemo: z.boolean(),
    }),
    /** The licensed polygon, lon/lat. */
    licence: z.union([MultiPolygon, z.null()]),
    /** The live footprints as one MultiPolygon. */
    footprint: z.union([MultiPolygon, z.null()]),
    checklist: z.object({
      indicatorSetId: z.string(),
      titleZh: z.string(),
      title: z.string(),
      items: z.array(ChecklistItem),
    }),
    rectification: z
      .object({
        id: z.number().int(),
        cause: z.string(),
        issuedOn: IsoDate,
        deadline: IsoDate,
        daysLeft: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'The open rectification order (R6), if any' }),
    spotCheck: z
      .object({ id: z.number().int(), checkedOn: IsoDate, result: z.string(), findings: z.string() })
      .nullable()
      .openapi({ description: 'The latest spot check of the mine, if any' }),
    openTasks: z
      .array(
        z.object({
          kind: WorkKind,
          dueOn: IsoDate.nullable(),
          overdue: z.boolean(),
          daysLeft: z.number().int().nullable(),
          rule: z.string().nullable(),
        }),
      )
      .openapi({ description: "The user's open work on this mine (GET /api/work)" }),
    toleranceM2: z
      .number()
      .openapi({ description: 'Outside area above which an out-of-boundary alert is raised' }),
    maxSketchM2: z.number(),
  })
  .openapi('FieldMine')

export const BoundaryAlert = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    mineName: z.string(),
    countyCode: RegionCode,
    inspectionId: z.number().int(),
    inspectionClientId: z.string(),
    on: IsoDate,
    inspector: Person,
    areaM2: z.number(),
    outside: MultiPolygon,
    raisedAt: IsoDateTime,
    state: z.enum(['open', 'acknowledged']),
  })
  .openapi('BoundaryAlert')

export const BoundaryAlertList = z.object({ items: z.array(BoundaryAlert) }).openapi('BoundaryAlertList')

export type FieldInspectionInputShape = z.infer<typeof FieldInspectionInput>
export type FieldInspectionShape = z.infer<typeof FieldInspection>
export type FieldMineShape = z.infer<typeof FieldMine>
export type BoundaryAlertShape = z.infer<typeof BoundaryAlert>
export type ChecklistItemShape = z.infer<typeof ChecklistItem>
