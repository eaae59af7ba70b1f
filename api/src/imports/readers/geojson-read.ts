import { nameAndArea, refuse, type SourceFile, type SourceRecord } from './source-file'

/** The EPSG code a GeoJSON `crs` member names (RFC 7946 has none: CRS84). */
export function sridOfCrsName(name: string | undefined): number | null {
  if (!name) return 4326
  if (/CRS84$/i.test(name)) return 4326
  const m = name.match(/EPSG:{1,2}(?:[\d.]*:)?(\d{4,5})$/i)
  return m ? Number(m[1]) : null
}

/** GeoJSON (FeatureCollection, Feature or bare geometry); a `crs` member is honoured. */
export function readGeoJson(text: string): SourceFile {
  let doc: {
    type?: string
    features?: unknown[]
    geometry?: unknown
    crs?: { properties?: { name?: string } }
  }
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw refuse('broken_file', (e as Error).message)
  }
  if (!doc || typeof doc !== 'object') throw refuse('broken_file', 'not a GeoJSON object')
  const srid = sridOfCrsName(doc.crs?.properties?.name)
  if (srid === null) throw refuse('unknown_format', `crs ${doc.crs?.properties?.name}`)
  const features =
    doc.type === 'FeatureCollection' && Array.isArray(doc.features)
      ? doc.features
      : doc.type === 'Feature'
        ? [doc]
        : [{ type: 'Feature', geometry: doc, properties: {} }]
  const records = features.map((f, index): SourceRecord => {
    const feature = (f ?? {}) as { geometry?: { type?: string }; properties?: Record<string, unknown> }
    const type = feature.geometry?.type
    const polygon = type === 'Polygon' || type === 'MultiPolygon'
    return {
      index,
      ...nameAndArea(feature.properties ?? {}),
      geometry: polygon ? { geojson: JSON.stringify(feature.geometry) } : null,
      problems: polygon ? [] : [{ code: 'geometry_type', got: type ?? 'none' }],
    }
  })
  return { format: 'geojson', srid, records }
}
