// PRODUCT §6 "Safe with bad input": measurements of a polygon without a database, for the
// planner's live checks (geodesic area, self-intersection, distance from the mine's footprint).
// The server decides with PostGIS; these agree with it to a fraction of a percent (tested).
import type { LngLat, PolygonCoords, Ring } from './coords'

/** The WGS 84 authalic radius (a sphere of the ellipsoid's area), metres. */
const R = 6_371_007.2
const rad = (deg: number) => (deg * Math.PI) / 180

/** A ring's area on the sphere in m² (always positive). */
export function ringAreaM2(ring: Ring): number {
  let sum = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!
    const [x2, y2] = ring[i + 1]!
    sum += rad(x2 - x1) * (2 + Math.sin(rad(y1)) + Math.sin(rad(y2)))
  }
  return Math.abs((sum * R * R) / 2)
}

/** Geodesic area of polygons (outer rings less their holes) in m². */
export function polygonsAreaM2(polygons: readonly PolygonCoords[]): number {
  let total = 0
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue
    total += ringAreaM2(outer) - holes.reduce((s, h) => s + ringAreaM2(h), 0)
  }
  return total
}

type Segment = [a: LngLat, b: LngLat]

/** A ring without repeated consecutive positions (valid in PostGIS; a drawing tool leaves them). */
function withoutRepeats(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1])
}

function segmentsOf(polygon: PolygonCoords): { seg: Segment; ring: number; index: number; of: number }[] {
  return polygon
    .map(withoutRepeats)
    .flatMap((ring, r) =>
      ring
        .slice(0, -1)
        .map((a, i) => ({ seg: [a, ring[i + 1]!] as Segment, ring: r, index: i, of: ring.length - 1 })),
    )
}

const cross = (o: LngLat, a: LngLat, b: LngLat) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

/** Where two segments cross (proper crossing or touching), or null. */
export function segmentIntersection([p, q]: Segment, [r, s]: Segment): LngLat | null {
  const d1 = cross(r, s, p)
  const d2 = cross(r, s, q)
  const d3 = cross(p, q, r)
  const d4 = cross(p, q, s)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2)
    return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]
  }
  const onSegment = (a: LngLat, b: LngLat, c: LngLat) =>
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1])
  if (d1 === 0 && onSegment(r, s, p)) return p
  if (d2 === 0 && onSegment(r, s, q)) return q
  if (d3 === 0 && onSegment(p, q, r)) return r
  if (d4 === 0 && onSegment(p, q, s)) return s
  return null
}

/**
 * The first place where a polygon's boundary crosses or touches itself (a bow-tie, a hole
 * crossing its shell), or null. Neighbouring edges of a ring share their vertex and do not count.
 */
export function selfIntersection(polygon: PolygonCoords): LngLat | null {
  const segments = segmentsOf(polygon)
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i]!
      const b = segments[j]!
      const sameRing = a.ring === b.ring
      if (sameRing && (b.index === a.index + 1 || (a.index === 0 && b.index === a.of - 1))) continue
      const at = segmentIntersection(a.seg, b.seg)
      if (at) return at
    }
  }
  return null
}

/** Metres east and north of `origin` (an equirectangular plane: exact enough within a few km). */
function planar(origin: LngLat): (p: LngLat) => [x: number, y: number] {
  const kx = rad(1) * R * Math.cos(rad(origin[1]))
  const ky = rad(1) * R
  return (p) => [(p[0] - origin[0]) * kx, (p[1] - origin[1]) * ky]
}

function pointSegmentM(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
}

/** Whether a point lies inside a polygon (even-odd over all rings, so holes are outside). */
export function pointInPolygon([x, y]: LngLat, polygon: PolygonCoords): boolean {
  let inside = false
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!
      const [xj, yj] = ring[j]!
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
    }
  }
  return inside
}

/** Shortest distance in metres between two sets of polygons; 0 when they touch, overlap or one holds the other. */
export function polygonsDistanceM(a: readonly PolygonCoords[], b: readonly PolygonCoords[]): number {
  const first = a[0]?.[0]?.[0]
  if (!first || !b.length) return Infinity
  for (const pa of a)
    for (const pb of b) {
      if (pointInPolygon(pb[0]![0]!, pa) || pointInPolygon(pa[0]![0]!, pb)) return 0
      for (const s of segmentsOf(pa))
        for (const t of segmentsOf(pb)) if (segmentIntersection(s.seg, t.seg)) return 0
    }
  const xy = planar(first)
  const edges = (polys: readonly PolygonCoords[]) =>
    polys.flatMap((p) => segmentsOf(p).map(({ seg }) => [xy(seg[0]), xy(seg[1])] as const))
  const ea = edges(a)
  const eb = edges(b)
  let best = Infinity
  for (const [p] of ea) for (const [s, t] of eb) best = Math.min(best, pointSegmentM(p, s, t))
  for (const [p] of eb) for (const [s, t] of ea) best = Math.min(best, pointSegmentM(p, s, t))
  return best
}
