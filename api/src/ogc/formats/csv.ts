import { fieldsOf, type FeatureTable } from './feature-table'
import type { Geometry } from './geometry'

/** One RFC 4180 cell: quoted when it holds a quote, comma or line break; null is empty. */
export const quote = (v: string | number | null) => {
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

/** The header line of the CSV of a collection (UTF-8 BOM first, so spreadsheets read the Chinese). */
export const csvHead = (t: FeatureTable) =>
  `\uFEFF${['WKT', 'id', ...fieldsOf(t).map((f) => f.name)].join(',')}\r\n`

/** One CRLF-terminated line per feature, geometry as WKT. */
export const csvRows = (t: FeatureTable) =>
  t.features.map((f) => `${[quote(toWkt(f.geometry)), f.id, ...f.values.map(quote)].join(',')}\r\n`).join('')

/** RFC 4180 CSV in UTF-8 with a BOM, geometry as WKT. */
export const writeCsv = (t: FeatureTable): string => csvHead(t) + csvRows(t)
