import { z } from '@hono/zod-openapi'
import { REFUSAL_CODES } from '@zgm/domain'
import { JsonObject } from '../http/common.schemas'
import { ApiError } from '../http/error-schema'

/** What an import creates: drawn areas (planner's editor), the footprint or the licensed area (registry). */
export const IMPORT_KINDS = ['restoration', 'reclamation', 'footprint', 'licence'] as const

export const ImportUpload = z
  .object({
    file: z.instanceof(File).openapi({
      type: 'string',
      format: 'binary',
      description:
        'GeoJSON (.geojson/.json; a `crs` member is honoured), zipped Shapefile (.zip with .prj, .cpg), KML, ' +
        'GeoPackage (.gpkg) or licence corner-point text (.txt: 点号,X,Y in CGCS2000 GK zones 39–41), ≤ 20 MB',
    }),
    kind: z.enum(IMPORT_KINDS).openapi({
      description:
        'restoration / reclamation: draft areas (their editors: planner, enterprise); footprint: replaces the ' +
        "mine's footprint; licence: the licensed area of the mine's licence, one record, checked against its " +
        '矿区面积 (footprint and licence: county, city or province bureau)',
    }),
    commit: z
      .enum(['true', 'false'])
      .default('false')
      .openapi({ description: 'false: dry run (nothing written); true: all records or none' }),
    declaredAreaKm2: z.coerce
      .number()
      .positive()
      .optional()
      .openapi({ description: 'the area the source declares (e.g. 矿区面积 of a licence), km²' }),
  })
  .openapi('ImportUpload')

export const ImportRecord = z
  .object({
    index: z.number().int(),
    name: z.string().nullable(),
    areaM2: z.number().nullable(),
    declaredAreaM2: z.number().nullable(),
    geometry: z
      .object({
        type: z.literal('MultiPolygon'),
        coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))),
      })
      .nullable()
      .openapi({ description: 'the record in CRS84 after ST_Transform from the source CRS' }),
    problems: z.array(
      z.object({
        code: z.enum(REFUSAL_CODES).openapi({
          description:
            'what is wrong, as a refusal code: unknown_gk_zone, area_mismatch, geometry_type, outside_province, ' +
            'geometry_self_intersection, too_far_from_footprint …',
        }),
        message: z.string(),
        params: JsonObject,
      }),
    ),
  })
  .openapi('ImportRecord')

export const ImportReport = z
  .object({
    format: z.enum(['geojson', 'shp', 'kml', 'gpkg', 'corners']),
    kind: z.enum(IMPORT_KINDS),
    sourceCrs: z.string().openapi({ example: 'EPSG:4528' }),
    committed: z.boolean(),
    records: z.array(ImportRecord),
    areaIds: z.array(z.number().int()),
    sourceDocumentId: z.number().int().nullable().openapi({ description: 'the original file, kept' }),
  })
  .openapi('ImportReport')

export const ImportJob = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    kind: z.enum(IMPORT_KINDS),
    filename: z.string(),
    commit: z.boolean(),
    status: z.enum(['running', 'done', 'failed']),
    phase: z.enum(['checking', 'writing', 'finished']),
    processed: z
      .number()
      .int()
      .openapi({ description: 'records checked (phase checking) or written (writing)' }),
    total: z.number().int().openapi({ description: 'records in the file' }),
    // When done; when failed with import_has_problems, the dry-run report of every record; else absent.
    report: ImportReport.optional(),
    error: ApiError.shape.error
      .nullable()
      .openapi({ description: 'why the job failed (nothing was written)' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ImportJob', {
    description:
      'An import running after its request was answered. `report` (absent while running): when done, the ImportReport; when failed ' +
      'with import_has_problems, the dry-run report of every record.',
  })
