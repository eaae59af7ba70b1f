import { refuse, type SourceFile, type SourceRecord } from './source-file'

const unescape = (s: string) =>
  s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

const ring = (coords: string) =>
  coords
    .trim()
    .split(/\s+/)
    .map((t) => t.split(',').slice(0, 2).map(Number))

/**
 * KML polygons (WGS 84 by definition). Any DOCTYPE is refused before anything is read, so no
 * external or recursive entity can be expanded; the XML is read with patterns, not a resolver.
 */
export function readKml(text: string): SourceFile {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuse('external_entity')
  if (!/<kml[\s>]/.test(text)) throw refuse('broken_file', 'no <kml> element')
  const placemarks = text.match(/<Placemark[\s>][\s\S]*?<\/Placemark>/g) ?? []
  const records = placemarks.map((p, index): SourceRecord => {
    const name = p.match(/<name>([\s\S]*?)<\/name>/)?.[1]
    const polygons = (p.match(/<Polygon[\s>][\s\S]*?<\/Polygon>/g) ?? []).map((poly) => {
      const outer = poly.match(/<outerBoundaryIs>[\s\S]*?<coordinates>([\s\S]*?)<\/coordinates>/)?.[1] ?? ''
      const inner = [...poly.matchAll(/<innerBoundaryIs>[\s\S]*?<coordinates>([\s\S]*?)<\/coordinates>/g)]
      return [ring(outer), ...inner.map((m) => ring(m[1]))]
    })
    const area = p.match(/<(?:SimpleData|Data) name="(?:area_m2|面积)"[^>]*>(?:<value>)?([\d.]+)/)?.[1]
    return {
      index,
      name: name ? unescape(name).trim() : null,
      declaredAreaM2: area ? Number(area) : null,
      geometry: polygons.length
        ? { geojson: JSON.stringify({ type: 'MultiPolygon', coordinates: polygons }) }
        : null,
      problems: polygons.length ? [] : [{ code: 'geometry_type', got: 'none' }],
    }
  })
  return { format: 'kml', srid: 4326, records }
}
