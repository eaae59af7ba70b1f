import type { BBox, MultiPolygonGeometry } from '@zgm/domain'

/** The lon/lat box around a MultiPolygon. */
export function bboxOf(g: MultiPolygonGeometry): BBox {
  const points = g.coordinates.flat(2)
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}
