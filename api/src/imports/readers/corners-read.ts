import type { Refusal } from '@zgm/domain'
import { nameAndArea, type SourceFile } from './source-file'

const ZONES = [39, 40, 41]

/**
 * Licence corner-point text: one `点号,X,Y` line per corner, X the northing and Y the easting
 * with the 3° zone number in front (CGCS2000 GK zones 39–41 → EPSG:4527–4529). `#` lines are notes.
 */
export function readCornerPoints(text: string, declaredAreaM2: number | null): SourceFile {
  const points = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/[\s,，;；]+/).map(Number))
    .filter((p) => p.length >= 3 && p.every(Number.isFinite))
    .map(([, x, y]) => ({ x, y }))
  const zone = points.length ? Math.floor(points[0].y / 1_000_000) : 0
  const problems: Refusal[] = []
  if (points.length < 3) problems.push({ code: 'too_few_corner_points', count: points.length })
  if (!ZONES.includes(zone) || points.some((p) => Math.floor(p.y / 1_000_000) !== zone))
    problems.push({ code: 'unknown_gk_zone', zone })
  const ring = points.map((p) => [p.y, p.x])
  if (ring.length) ring.push(ring[0])
  return {
    format: 'corners',
    srid: ZONES.includes(zone) ? 4488 + zone : 4490,
    records: [
      {
        index: 0,
        ...nameAndArea({}),
        declaredAreaM2,
        geometry: problems.length
          ? null
          : { geojson: JSON.stringify({ type: 'Polygon', coordinates: [ring] }) },
        problems,
      },
    ],
  }
}
