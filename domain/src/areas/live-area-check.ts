// PRODUCT §6 "Safe with bad input" and R8: the checks a planner sees while drawing, with the
// server's limits and the server's refusal codes, so that what is refused live is what the server
// would refuse. The server checks again with PostGIS (validity, the exact province outline).
import { AREA_LIMITS } from '../geo/area-limits'
import type { BBox, LngLat, PolygonCoords } from '../geo/coords'
import { checkGeometry, type MultiPolygonGeometry } from '../geo/geometry-checks'
import { polygonsAreaM2, polygonsDistanceM, selfIntersection } from '../geo/polygon-measure'
import type { Refusal } from '../refusals/refusal'

export interface LiveCheckContext {
  /** The mine's footprint polygons; null when the mine has none drawn (the server then measures from its licence or location). */
  footprint: readonly PolygonCoords[] | null
  maxDistanceM: number
  /** A box the province lies in: a coarse live check, the server uses the outline itself. */
  provinceBBox: BBox
}

export interface LiveCheck {
  /** Refusals in the server's codes; empty when the shape may be saved. */
  problems: Refusal[]
  geometry: MultiPolygonGeometry | null
  vertices: number
  /** Geodesic area in m² (null when the shape cannot be measured). */
  areaM2: number | null
  /** Metres from the footprint (0 touching or overlapping), null without a footprint. */
  distanceM: number | null
}

const inBox = ([lng, lat]: LngLat, [w, s, e, n]: BBox) => lng >= w && lng <= e && lat >= s && lat <= n

/** Every problem a drawn (Multi)Polygon has before it is sent, with measurements for the status line. */
export function liveAreaCheck(input: unknown, ctx: LiveCheckContext): LiveCheck {
  const checked = checkGeometry(input, AREA_LIMITS)
  if (!checked.ok)
    return { problems: [checked.problem], geometry: null, vertices: 0, areaM2: null, distanceM: null }
  const { geometry, vertices } = checked
  const problems: Refusal[] = []
  for (const polygon of geometry.coordinates) {
    const at = selfIntersection(polygon)
    if (at) problems.push({ code: 'geometry_self_intersection', at })
  }
  const areaM2 = polygonsAreaM2(geometry.coordinates)
  const { minAreaM2, maxAreaM2 } = AREA_LIMITS
  // As on the server, an invalid shape has no meaningful area (a bow-tie's halves cancel out).
  if (problems.length === 0 && !(areaM2 > minAreaM2 && areaM2 < maxAreaM2)) {
    problems.push({
      code: 'area_out_of_range',
      areaM2: Math.round(areaM2 * 10) / 10,
      minM2: minAreaM2,
      maxM2: maxAreaM2,
    })
  }
  const outside = geometry.coordinates.flat(2).find((p) => !inBox(p, ctx.provinceBBox))
  if (outside) problems.push({ code: 'outside_province' })
  const distanceM = ctx.footprint?.length ? polygonsDistanceM(geometry.coordinates, ctx.footprint) : null
  if (distanceM !== null && distanceM > ctx.maxDistanceM) {
    problems.push({
      code: 'too_far_from_footprint',
      distanceM: Math.round(distanceM),
      maxDistanceM: ctx.maxDistanceM,
      reference: 'footprint',
    })
  }
  // A crossing boundary has no area to speak of (its parts cancel out); the status line shows none.
  const measurable = !problems.some((p) => p.code === 'geometry_self_intersection')
  return { problems, geometry, vertices, areaM2: measurable ? areaM2 : null, distanceM }
}
