import { z } from '@hono/zod-openapi'
import { REFUSAL_CODES } from '@zgm/domain'
import { AREA_KINDS } from '../areas/area.schemas'
import { JsonObject } from '../http/common.schemas'

export const ImportUpload = z
  .object({
    file: z.instanceof(File).openapi({
      type: 'string',
      format: 'binary',
      description:
        'GeoJSON (.geojson/.json; a `crs` member is honoured), zipped Shapefile (.zip with .prj, .cpg), KML, ' +
        'GeoPackage (.gpkg) or licence corner-point text (.txt: 点号,X,Y in CGCS2000 GK zones 39–41), ≤ 20 MB',
    }),
    kind: z.enum(AREA_KINDS),
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
    sourceCrs: z.string().openapi({ example: 'EPSG:4528' }),
    committed: z.boolean(),
    records: z.array(ImportRecord),
    areaIds: z.array(z.number().int()),
    sourceDocumentId: z.number().int().nullable().openapi({ description: 'the original file, kept' }),
  })
  .openapi('ImportReport')
