import { z } from '@hono/zod-openapi'
import { COLLECTION_IDS } from './ogc-collections'

export const DOWNLOAD_FORMATS = ['geojson', 'fgb', 'gpkg', 'shp', 'kml', 'csv'] as const
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]

export const OgcLink = z
  .object({
    href: z.string(),
    rel: z.string(),
    type: z.string().optional(),
    title: z.string().optional(),
  })
  .openapi('OgcLink')

export const OgcLandingPage = z
  .object({ title: z.string(), description: z.string(), links: z.array(OgcLink) })
  .openapi('OgcLandingPage')

export const OgcConformance = z.object({ conformsTo: z.array(z.string()) }).openapi('OgcConformance')

export const OgcCollection = z
  .object({
    id: z.enum(COLLECTION_IDS),
    title: z.string(),
    description: z.string(),
    itemType: z.literal('feature'),
    crs: z.array(z.string()),
    storageCrs: z.string(),
    extent: z.object({
      spatial: z.object({ bbox: z.array(z.array(z.number())), crs: z.string() }),
    }),
    links: z.array(OgcLink),
  })
  .openapi('OgcCollection')

export const OgcCollections = z
  .object({ links: z.array(OgcLink), collections: z.array(OgcCollection) })
  .openapi('OgcCollections')

const Position = z.tuple([z.number(), z.number()]).openapi({ description: '[lng, lat] in CRS84' })

export const OgcGeometry = z
  .union([
    z.object({ type: z.literal('Point'), coordinates: Position }),
    z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
  ])
  .openapi('OgcGeometry')

export const OgcFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: OgcGeometry,
    properties: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    links: z.array(OgcLink).optional(),
  })
  .openapi('OgcFeature')

export const OgcFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(OgcFeature),
    numberMatched: z.number().int(),
    numberReturned: z.number().int(),
    timeStamp: z.string(),
    links: z.array(OgcLink),
  })
  .openapi('OgcFeatureCollection')

export const OgcCollectionParam = z.object({
  // A plain string so that an unknown collection is a 404, as OGC API – Features wants, not a 400.
  collectionId: z
    .string()
    .max(64)
    .openapi({
      param: { name: 'collectionId', in: 'path' },
      example: 'counties',
      description: COLLECTION_IDS.join(', '),
    }),
})

export const OgcFeatureParams = z.object({
  collectionId: OgcCollectionParam.shape.collectionId,
  featureId: z.coerce
    .number()
    .int()
    .openapi({ param: { name: 'featureId', in: 'path', required: true }, example: 330522 }),
})

export const OgcItemsQuery = z
  .object({
    bbox: z
      .string()
      .transform((s) => s.split(',').map(Number))
      .pipe(z.tuple([z.number(), z.number(), z.number(), z.number()]))
      .optional()
      .openapi({ description: 'minLng,minLat,maxLng,maxLat in CRS84', example: '119.5,30.8,120.2,31.2' }),
    limit: z.coerce.number().int().min(1).max(10_000).optional().openapi({
      description: 'page size, default 100 (for `f=` downloads: everything selected)',
    }),
    offset: z.coerce.number().int().min(0).default(0),
    datetime: z
      .string()
      .regex(
        /^(\.\.|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)(\/(\.\.|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?))?$/,
      )
      .optional()
      .openapi({
        description:
          'an instant or an interval; its (end) date is the as-of date where the collection has one',
        example: '2020-12-31',
      }),
    crs: z.string().max(100).optional().openapi({
      description:
        'output CRS (Part 2): CRS84 (default), EPSG:4326, 4490, 4527–4529 as http://www.opengis.net/def/crs/EPSG/0/n; paged JSON only',
      example: 'http://www.opengis.net/def/crs/EPSG/0/4528',
    }),
    'bbox-crs': z
      .string()
      .max(100)
      .optional()
      .openapi({ description: 'the CRS of bbox (same choices), in its axis order' }),
    f: z
      .enum(['json', ...DOWNLOAD_FORMATS])
      .optional()
      .openapi({ description: 'json (the default, paged) or a download of the whole selection' }),
  })
  .openapi('OgcItemsQuery')

export const OgcFeatureQuery = z
  .object({
    crs: z.string().max(100).optional().openapi({ description: 'output CRS (Part 2), as for items' }),
    f: z
      .enum(['json', 'corners'])
      .optional()
      .openapi({
        description:
          'json (default), or for a licence `corners`: its corner points as licence text ' +
          '(点号,X northing,Y easting with the zone prefix; CGCS2000 3° Gauss-Krüger)',
      }),
  })
  .openapi('OgcFeatureQuery')
