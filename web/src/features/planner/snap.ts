// Snapping while drawing: the nearest vertex of the mine's footprint or its other areas within a
// few pixels. Pure, so it is tested without a map.
import type { LngLat, PolygonCoords } from '@zgm/domain'

export const SNAP_PIXELS = 10

/** Every vertex of the polygons (closing positions once). */
export function snapVertices(polygons: readonly PolygonCoords[]): LngLat[] {
  return polygons.flatMap((polygon) => polygon.flatMap((ring) => ring.slice(0, -1)))
}

/** The vertex nearest `pointer` on screen, if within `pixels`; `project` maps lng/lat to pixels. */
export function snapTarget(
  pointer: { x: number; y: number },
  vertices: readonly LngLat[],
  project: (lng: number, lat: number) => { x: number; y: number },
  pixels = SNAP_PIXELS,
): LngLat | undefined {
  let best: LngLat | undefined
  let bestD = pixels
  for (const v of vertices) {
    const p = project(v[0], v[1])
    const d = Math.hypot(p.x - pointer.x, p.y - pointer.y)
    if (d <= bestD) {
      best = v
      bestD = d
    }
  }
  return best
}
