// The live figure under the sketch: how much of the drawn disturbed area lies outside the licensed
// polygon (turf, on the sphere). The server measures it again with PostGIS; this is for the inspector.
import turfArea from '@turf/area'
import turfDifference from '@turf/difference'
import { feature, featureCollection } from '@turf/helpers'
import type { MultiPolygonGeometry } from '@zgm/domain'

export interface OutsideArea {
  sketchM2: number
  outsideM2: number
  /** The part outside the licence, to draw; null when nothing is outside. */
  outside: MultiPolygonGeometry | null
}

/** Without a licensed polygon nothing is licensed: the whole sketch counts as outside (as on the server). */
export function outsideArea(
  sketch: MultiPolygonGeometry | null,
  licence: MultiPolygonGeometry | null,
): OutsideArea | null {
  if (!sketch) return null
  const sketchM2 = turfArea(sketch)
  if (!licence) return { sketchM2, outsideM2: sketchM2, outside: sketch }
  let diff
  try {
    diff = turfDifference(featureCollection([feature(sketch), feature(licence)]))
  } catch {
    // A self-crossing sketch cannot be cut; the server will name the problem.
    return { sketchM2, outsideM2: Number.NaN, outside: null }
  }
  if (!diff) return { sketchM2, outsideM2: 0, outside: null }
  const g = diff.geometry
  const outside: MultiPolygonGeometry =
    g.type === 'Polygon'
      ? { type: 'MultiPolygon', coordinates: [g.coordinates as MultiPolygonGeometry['coordinates'][number]] }
      : (g as MultiPolygonGeometry)
  return { sketchM2, outsideM2: turfArea(outside), outside }
}
