import type { z } from '@hono/zod-openapi'
import type { FeatureTable } from './formats/feature-table'
import type { Geometry } from './formats/geometry'
import type { OgcCollection as Def } from './ogc-collections'
import type { FeatureRow, LicenceCorners } from './ogc.queries'
import { epsgOfZone, formatCornerPoints } from '@zgm/domain'
import type { OgcCollection, OgcFeature, OgcLink } from './ogc.schemas'
import { ZHEJIANG_BBOX } from './ogc-collections'
import { CRS84, OFFERED_CRS } from './ogc-crs'

type Link = z.infer<typeof OgcLink>
const GEOJSON = 'application/geo+json'

export const DOWNLOAD_TYPES = {
  geojson: GEOJSON,
  fgb: 'application/flatgeobuf',
  gpkg: 'application/geopackage+sqlite3',
  shp: 'application/zip',
  kml: 'application/vnd.google-earth.kml+xml',
  csv: 'text/csv; charset=utf-8',
} as const

const value = (v: unknown): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : String(v)

export function toFeatureTable(def: Def, rows: readonly FeatureRow[]): FeatureTable {
  return {
    collection: def,
    features: rows.map((r) => ({
      id: Number(r.id),
      geometry: JSON.parse(r.geometry) as Geometry,
      values: def.fields.map((f) => value(r[f.name])),
    })),
  }
}

export function toOgcFeature(def: Def, row: FeatureRow, links?: Link[]): z.infer<typeof OgcFeature> {
  return {
    type: 'Feature',
    id: Number(row.id),
    geometry: JSON.parse(row.geometry) as Geometry,
    properties: Object.fromEntries(def.fields.map((f) => [f.name, value(row[f.name])])),
    ...(links ? { links } : {}),
  }
}

export function toOgcCollection(def: Def, base: string): z.infer<typeof OgcCollection> {
  const items = `${base}/collections/${def.id}/items`
  return {
    id: def.id,
    title: def.title,
    description: def.datetime ? `${def.description}. datetime: ${def.datetime}` : def.description,
    itemType: 'feature',
    crs: [...OFFERED_CRS],
    storageCrs: CRS84,
    extent: { spatial: { bbox: [[...ZHEJIANG_BBOX]], crs: CRS84 } },
    links: [
      { href: `${base}/collections/${def.id}`, rel: 'self', type: 'application/json', title: def.title },
      { href: items, rel: 'items', type: GEOJSON, title: 'items' },
      ...Object.entries(DOWNLOAD_TYPES).map(([f, type]) => ({
        href: `${items}?f=${f}`,
        rel: 'enclosure',
        type,
        title: `download (${f})`,
      })),
    ],
  }
}

/**
 * A licence's corner points in its own form: the text as issued when there is one, otherwise
 * the licensed polygon's outer ring projected by PostGIS; a `#` header names licence and CRS.
 */
export function cornerPointsFile(l: LicenceCorners): string {
  const issued = l.corner_points_text?.trim()
  const crs = issued ? l.source_crs : epsgOfZone(l.zone)
  const points = l.computed.slice(0, -1) // the ring is closed; licences list each corner once
  return [
    `# 采矿许可证号 ${l.licence_no}`,
    `# 坐标系 ${crs} (CGCS2000 3° Gauss-Krüger${issued ? ', as issued' : `, zone ${l.zone}, computed by PostGIS`}); 点号,X (northing),Y (easting with zone prefix), metres`,
    issued ?? formatCornerPoints(points),
    '',
  ].join('\n')
}
