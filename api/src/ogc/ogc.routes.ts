import { createRoute, z } from '@hono/zod-openapi'
import { todayInZhejiang } from '@zgm/domain'
import type { Context } from 'hono'
import type { AppDeps } from '../app-deps'
import type { Db } from '../db/database'
import { readDb } from '../db/read-routing'
import type { AuthEnv } from '../auth/auth.middleware'
import { contentDisposition } from '../documents/content-disposition'
import { errorResponse } from '../http/error-schema'
import { HttpError } from '../http/errors'
import { router } from '../http/router'
import { downloadSelection } from './download/download'
import { OFFERED_CRS, outputCrs, type OutputCrs } from './ogc-crs'
import { findCollection, OGC_COLLECTIONS, type OgcCollection as Def } from './ogc-collections'
import { cornerPointsFile, DOWNLOAD_TYPES, toOgcCollection, toOgcFeature } from './ogc.mappers'
import { countFeatures, licenceCorners, selectFeatures, type FeatureFilter } from './ogc.queries'
import {
  OgcCollection,
  OgcCollectionParam,
  OgcCollections,
  OgcConformance,
  OgcFeature,
  OgcFeatureCollection,
  OgcFeatureParams,
  OgcFeatureQuery,
  OgcItemsQuery,
  OgcLandingPage,
  type DownloadFormat,
} from './ogc.schemas'

const GEOJSON = 'application/geo+json'
const DEFAULT_LIMIT = 100
/** Downloads take the whole selection, up to this many features. */
const DOWNLOAD_MAX = 100_000

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
]

const json = <T extends z.ZodType>(schema: T, description: string, type = 'application/json') => ({
  content: { [type]: { schema } },
  description,
})
const refusals = {
  400: errorResponse('bad bbox, limit, offset, datetime or f (code invalid_input)'),
  401: errorResponse('a signed-in collection without a session (code unauthenticated)'),
  404: errorResponse('unknown collection or feature (code not_found)'),
}

const landing = createRoute({
  method: 'get',
  path: '/',
  tags: ['ogc'],
  summary: 'OGC API – Features landing page (self, service-desc, conformance, data)',
  responses: { 200: json(OgcLandingPage, 'the landing page') },
})
const conformance = createRoute({
  method: 'get',
  path: '/conformance',
  tags: ['ogc'],
  summary: 'Conformance classes: Part 1 core, GeoJSON, OpenAPI 3.0',
  responses: { 200: json(OgcConformance, 'the conformance declaration') },
})
const collections = createRoute({
  method: 'get',
  path: '/collections',
  tags: ['ogc'],
  summary: 'The feature collections this user may read (public ones for everyone)',
  responses: { 200: json(OgcCollections, 'the collections') },
})
const collection = createRoute({
  method: 'get',
  path: '/collections/{collectionId}',
  tags: ['ogc'],
  summary: 'One feature collection',
  request: { params: OgcCollectionParam },
  responses: { 200: json(OgcCollection, 'the collection'), ...refusals },
})
const binary = (description: string) => ({ schema: z.string().openapi({ format: 'binary', description }) })
const items = createRoute({
  method: 'get',
  path: '/collections/{collectionId}/items',
  tags: ['ogc'],
  summary: 'Features (paged GeoJSON), or with f= a download of the whole selection',
  request: { params: OgcCollectionParam, query: OgcItemsQuery },
  responses: {
    200: {
      description:
        'a page of features (numberMatched, numberReturned, next link); with f= a file attachment ' +
        '(geojson RFC 7946, FlatGeobuf, GeoPackage, zipped Shapefile with .prj and UTF-8 .cpg, KML, CSV with WKT)',
      content: {
        [GEOJSON]: { schema: OgcFeatureCollection },
        [DOWNLOAD_TYPES.fgb]: binary('FlatGeobuf'),
        [DOWNLOAD_TYPES.gpkg]: binary('GeoPackage'),
        [DOWNLOAD_TYPES.shp]: binary('zipped Shapefile'),
        [DOWNLOAD_TYPES.kml]: binary('KML'),
        'text/csv': binary('CSV'),
      },
    },
    ...refusals,
  },
})
const item = createRoute({
  method: 'get',
  path: '/collections/{collectionId}/items/{featureId}',
  tags: ['ogc'],
  summary: 'One feature',
  request: { params: OgcFeatureParams, query: OgcFeatureQuery },
  responses: {
    200: {
      description: 'the feature; with f=corners (licences) the corner points as licence text',
      content: {
        [GEOJSON]: { schema: OgcFeature },
        'text/plain': {
          schema: z.string().openapi({ description: 'corner points, one 点号,X,Y line each' }),
        },
      },
    },
    ...refusals,
  },
})

/** Absolute base URL of /ogc as the client called it. */
const baseOf = (c: Context) => `${new URL(c.req.url).origin}/ogc`

/** The collection, if this user may read it: 401 for a signed-in one without a session. */
function readable(c: Context<AuthEnv>, id: string): Def {
  const def = findCollection(id)
  if (!def) throw new HttpError({ code: 'not_found', resource: 'collection', collection: id })
  if (def.audience === 'signed_in' && !c.get('user')) throw new HttpError({ code: 'unauthenticated' })
  return def
}

/** A `crs`/`bbox-crs` this server offers, or 400 `invalid_input` listing the offered ones. */
function offeredCrs(field: 'crs' | 'bbox-crs', value: string | undefined): OutputCrs {
  const crs = outputCrs(value)
  if (!crs)
    throw new HttpError({ code: 'invalid_input', field, issue: 'invalid_value', values: [...OFFERED_CRS] })
  return crs
}

/** `datetime` → the as-of date: an instant's date, an interval's end ('..' or none: today). */
function asOfDate(datetime: string | undefined): { asOf: string; datetimeGiven: boolean } {
  const end = datetime?.split('/').pop()
  if (!end || end === '..') return { asOf: todayInZhejiang(), datetimeGiven: false }
  return { asOf: end.slice(0, 10), datetimeGiven: true }
}

/** c.json keeps a Content-Type given to it: GeoJSON is served as application/geo+json. */
const AS_GEOJSON = { 'Content-Type': GEOJSON }

/** OGC API – Features Part 1 over the platform's data, with downloads by `f=`. */
export function ogcRoutes(deps: AppDeps) {
  return router<AuthEnv>()
    .openapi(landing, (c) => {
      const base = baseOf(c)
      return c.json(
        OgcLandingPage.parse({
          title: '浙江省绿色矿山建设管理平台 OGC API – Features',
          description:
            'Counties, cities, directory mines and publicity notices for everyone; mines, areas and licences for signed-in users',
          links: [
            { href: `${base}`, rel: 'self', type: 'application/json', title: 'this document' },
            {
              href: `${new URL(c.req.url).origin}/api/openapi.json`,
              rel: 'service-desc',
              type: 'application/vnd.oai.openapi+json;version=3.0',
              title: 'the API definition',
            },
            {
              href: `${base}/conformance`,
              rel: 'conformance',
              type: 'application/json',
              title: 'conformance',
            },
            { href: `${base}/collections`, rel: 'data', type: 'application/json', title: 'collections' },
          ],
        }),
        200,
      )
    })
    .openapi(conformance, (c) => c.json(OgcConformance.parse({ conformsTo: CONFORMANCE }), 200))
    .openapi(collections, (c) => {
      const base = baseOf(c)
      const user = c.get('user')
      const list = OGC_COLLECTIONS.filter((d) => d.audience === 'public' || user)
      return c.json(
        OgcCollections.parse({
          links: [{ href: `${base}/collections`, rel: 'self', type: 'application/json' }],
          collections: list.map((d) => toOgcCollection(d, base)),
        }),
        200,
      )
    })
    .openapi(collection, (c) => {
      const def = readable(c, c.req.valid('param').collectionId)
      return c.json(OgcCollection.parse(toOgcCollection(def, baseOf(c))), 200)
    })
    .openapi(items, async (c) => {
      const db = await readDb(deps, c)
      const def = readable(c, c.req.valid('param').collectionId)
      const {
        bbox,
        limit,
        offset,
        datetime,
        f,
        crs: crsParam,
        'bbox-crs': bboxCrsParam,
      } = c.req.valid('query')
      const crs = offeredCrs('crs', crsParam)
      const bboxCrs = offeredCrs('bbox-crs', bboxCrsParam)
      const filter: FeatureFilter = { bbox, bboxCrs, crs, user: c.get('user'), ...asOfDate(datetime) }
      // Downloads are CRS84 (GeoJSON, KML by definition; the others say so in their own metadata).
      if (f && f !== 'json') {
        return download(db, c, def, { ...filter, crs: undefined }, f, {
          limit: limit ?? DOWNLOAD_MAX,
          offset,
        })
      }
      c.header('Content-Crs', `<${crs.uri}>`)
      const pageSize = limit ?? DEFAULT_LIMIT
      const rows = await selectFeatures(db, def, filter, { limit: pageSize, offset })
      const matched = rows[0]?.matched ?? (await countFeatures(db, def, filter))
      const url = new URL(c.req.url)
      const link = (rel: string, at: number) => {
        const u = new URL(url)
        u.searchParams.set('offset', String(at))
        u.searchParams.set('limit', String(pageSize))
        return { href: u.toString(), rel, type: GEOJSON }
      }
      const links = [
        { href: url.toString(), rel: 'self', type: GEOJSON },
        { href: `${baseOf(c)}/collections/${def.id}`, rel: 'collection', type: 'application/json' },
        ...(offset + rows.length < matched ? [link('next', offset + pageSize)] : []),
        ...(offset > 0 ? [link('prev', Math.max(0, offset - pageSize))] : []),
      ]
      return c.json(
        OgcFeatureCollection.parse({
          type: 'FeatureCollection',
          features: rows.map((r) => toOgcFeature(def, r)),
          numberMatched: matched,
          numberReturned: rows.length,
          timeStamp: new Date().toISOString(),
          links,
        }),
        200,
        AS_GEOJSON,
      )
    })
    .openapi(item, async (c) => {
      const db = await readDb(deps, c)
      const { collectionId, featureId } = c.req.valid('param')
      const def = readable(c, collectionId)
      const crs = offeredCrs('crs', c.req.valid('query').crs)
      const filter: FeatureFilter = { user: c.get('user'), id: featureId, crs, ...asOfDate(undefined) }
      if (c.req.valid('query').f === 'corners') {
        if (def.id !== 'licences') {
          throw new HttpError({ code: 'invalid_input', field: 'f', issue: 'invalid_value', values: ['json'] })
        }
        const corners = await licenceCorners(db, featureId, filter)
        if (!corners)
          throw new HttpError({ code: 'not_found', resource: 'feature', collection: def.id, id: featureId })
        return c.text(cornerPointsFile(corners), 200, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Disposition': contentDisposition(`${corners.licence_no}-拐点坐标.txt`),
        })
      }
      c.header('Content-Crs', `<${crs.uri}>`)
      const [row] = await selectFeatures(db, def, filter, { limit: 1, offset: 0 })
      if (!row)
        throw new HttpError({ code: 'not_found', resource: 'feature', collection: def.id, id: featureId })
      const base = `${baseOf(c)}/collections/${def.id}`
      const links = [
        { href: `${base}/items/${featureId}`, rel: 'self', type: GEOJSON },
        { href: base, rel: 'collection', type: 'application/json' },
      ]
      return c.json(OgcFeature.parse(toOgcFeature(def, row, links)), 200, AS_GEOJSON)
    })

  async function download(
    db: Db,
    c: Context,
    def: Def,
    filter: FeatureFilter,
    f: DownloadFormat,
    range: { limit: number; offset: number },
  ) {
    const name = `${def.id}-${filter.asOf}`
    const file = await downloadSelection(db, def, filter, f, range, def.id)
    return c.body(file.stream, 200, {
      'Content-Type': DOWNLOAD_TYPES[f],
      'Content-Disposition': contentDisposition(`${name}.${f === 'shp' ? 'shp.zip' : f}`),
      ...(file.size === undefined ? {} : { 'Content-Length': String(file.size) }),
    })
  }
}
