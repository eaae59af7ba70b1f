import { fieldsOf, type FeatureTable } from './feature-table'
import type { Geometry } from './geometry'

const quote = (v: string | number | null) => {
  if (v === null) return ''
  const s = String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const pos = ([x, y]: [number, number]) => `${x} ${y}`
const ring = (r: [number, number][]) => `(${r.map(pos).join(', ')})`

/** WKT of a geometry (GDAL's CSV driver reads a column named WKT as the geometry). */
export function toWkt(g: Geometry): string {
  if (g.type === 'Point') return `POINT (${pos(g.coordinates)})`
  if (g.type === 'MultiPoint') return `MULTIPOINT (${g.coordinates.map((p) => `(${pos(p)})`).join(', ')})`
  return `MULTIPOLYGON (${g.coordinates.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`
}

/** RFC 4180 CSV in UTF-8 with a BOM (so that spreadsheet programs read the Chinese), geometry as WKT. */
export function writeCsv(t: FeatureTable): string {
  const header = ['WKT', 'id', ...fieldsOf(t).map((f) => f.name)].join(',')
  const lines = t.features.map((f) => [quote(toWkt(f.geometry)), f.id, ...f.values.map(quote)].join(','))
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`
}
