// Plane geometry for the demo: quarry-shaped footprints, licence polygons and restoration areas are
// drawn in metres around the mine (star-shaped about it, so scaled copies nest inside), then placed
// inside a real county polygon with a margin from its border.
import { booleanPointInPolygon } from '@turf/turf'
import type { BBox, LngLat, SeededRandom } from '@zgm/domain'
import type { County } from './counties'

export type XY = [x: number, y: number]

/** Local metric frame (east, north) around a point; exact enough over a few kilometres. */
export interface Frame {
  lng0: number
  lat0: number
  mPerDegLng: number
  mPerDegLat: number
}

export function frameAt([lng0, lat0]: LngLat): Frame {
  const phi = (lat0 * Math.PI) / 180
  return {
    lng0,
    lat0,
    mPerDegLat: 111132.92 - 559.82 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi),
    mPerDegLng: 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi),
  }
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7

export function toLngLat(f: Frame, [x, y]: XY): LngLat {
  return [round7(f.lng0 + x / f.mPerDegLng), round7(f.lat0 + y / f.mPerDegLat)]
}

export function toXY(f: Frame, [lng, lat]: LngLat): XY {
  return [(lng - f.lng0) * f.mPerDegLng, (lat - f.lat0) * f.mPerDegLat]
}

/** A closed lon/lat ring from an open metric ring. */
export function ringToLngLat(f: Frame, ring: readonly XY[]): LngLat[] {
  const out = ring.map((p) => toLngLat(f, p))
  out.push([out[0]![0], out[0]![1]])
  return out
}

const rotate = ([x, y]: XY, a: number): XY => [
  x * Math.cos(a) - y * Math.sin(a),
  x * Math.sin(a) + y * Math.cos(a),
]
const scale = ([x, y]: XY, s: number): XY => [x * s, y * s]
const norm = ([x, y]: XY) => Math.hypot(x, y)

/** Shoelace area of an open ring (m², positive when counter-clockwise). */
export function planarArea(ring: readonly XY[]): number {
  let sum = 0
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!
    const [x2, y2] = ring[(i + 1) % ring.length]!
    sum += x1 * y2 - x2 * y1
  }
  return sum / 2
}

export function maxRadius(rings: readonly (readonly XY[])[]): number {
  return Math.max(...rings.flat().map(norm))
}

/** A pit: an irregular, elongated, star-shaped ring of about `areaM2`, counter-clockwise. */
export function quarryRing(rng: SeededRandom, areaM2: number, elongation: number, azimuth: number): XY[] {
  const n = rng.int(14, 22)
  const phase2 = rng.float(0, 2 * Math.PI)
  const phase3 = rng.float(0, 2 * Math.PI)
  const a2 = rng.float(0.08, 0.2)
  const a3 = rng.float(0.03, 0.1)
  const raw = Array.from({ length: n }, (_, i) => {
    const theta = ((i + rng.float(-0.3, 0.3)) / n) * 2 * Math.PI
    return {
      theta,
      r: 1 + a2 * Math.sin(2 * theta + phase2) + a3 * Math.sin(3 * theta + phase3) + rng.float(-0.08, 0.08),
    }
  })
  // Smooth the noise so the rim reads as a bench line, not a saw.
  const radii = raw.map((v, i) => (raw[(i + n - 1) % n]!.r + 2 * v.r + raw[(i + 1) % n]!.r) / 4)
  const ring = raw.map((v, i): XY =>
    rotate([Math.cos(v.theta) * radii[i]! * elongation, Math.sin(v.theta) * radii[i]!], azimuth),
  )
  const s = Math.sqrt(areaM2 / planarArea(ring))
  return ring.map((p) => scale(p, s))
}

/** A small rounded blob (waste dump, plant site) of radius ~`radius` centred at `centre`. */
export function blobRing(rng: SeededRandom, centre: XY, radius: number): XY[] {
  const n = rng.int(9, 13)
  return Array.from({ length: n }, (_, i): XY => {
    const theta = ((i + rng.float(-0.2, 0.2)) / n) * 2 * Math.PI
    const r = radius * rng.float(0.8, 1.15)
    return [centre[0] + r * Math.cos(theta), centre[1] + r * Math.sin(theta)]
  })
}

/** Distance from the origin to `ring`'s boundary along direction `phi` (ring star-shaped about the origin). */
export function rayRadius(ring: readonly XY[], phi: number): number {
  const d: XY = [Math.cos(phi), Math.sin(phi)]
  let best = Infinity
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!
    const [bx, by] = ring[(i + 1) % ring.length]!
    const ex = bx - ax
    const ey = by - ay
    const den = d[0] * ey - d[1] * ex
    if (Math.abs(den) < 1e-12) continue
    const t = (ax * ey - ay * ex) / den
    const u = (ax * d[1] - ay * d[0]) / den
    if (t > 0 && u >= 0 && u <= 1) best = Math.min(best, t)
  }
  return best
}

/**
 * The part of a star-shaped ring between vertices `from` and `from + count - 1` (cyclic), between
 * `inner` and `outer` times its radius: inside the ring, and disjoint from `ring × inner`.
 */
export function annularSector(
  ring: readonly XY[],
  from: number,
  count: number,
  inner: number,
  outer: number,
): XY[] {
  const idx = Array.from({ length: count }, (_, k) => (from + k) % ring.length)
  return [...idx.map((i) => scale(ring[i]!, outer)), ...idx.reverse().map((i) => scale(ring[i]!, inner))]
}

export function scaledRing(ring: readonly XY[], s: number): XY[] {
  return ring.map((p) => scale(p, s))
}

/**
 * A licence polygon around `inner` (which must contain the origin): the rotated bounding rectangle
 * plus `margin`, at least `minAreaM2`, with a few extra corners, every corner pushed outward along
 * its ray. Pushing along rays keeps it star-shaped about the origin, simple, and a cover of `inner`.
 */
export function licenceRing(
  rng: SeededRandom,
  inner: readonly XY[],
  azimuth: number,
  margin: number,
  minAreaM2 = 0,
): XY[] {
  const local = inner.map((p) => rotate(p, -azimuth))
  let minX = Math.min(...local.map((p) => p[0])) - margin
  let maxX = Math.max(...local.map((p) => p[0])) + margin
  let minY = Math.min(...local.map((p) => p[1])) - margin
  let maxY = Math.max(...local.map((p) => p[1])) + margin
  const area = (maxX - minX) * (maxY - minY)
  if (area < minAreaM2) {
    const grow = Math.sqrt(minAreaM2 / area)
    const cx = (minX + maxX) / 2
    const cy = (minY + maxY) / 2
    ;[minX, maxX] = [cx - (cx - minX) * grow, cx + (maxX - cx) * grow]
    ;[minY, maxY] = [cy - (cy - minY) * grow, cy + (maxY - cy) * grow]
  }
  const corners: XY[] = [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
  ]
  const ring: XY[] = []
  corners.forEach((c, i) => {
    ring.push(c)
    if (rng.chance(0.35)) {
      const next = corners[(i + 1) % 4]!
      const t = rng.float(0.3, 0.7)
      ring.push([c[0] + (next[0] - c[0]) * t, c[1] + (next[1] - c[1]) * t])
    }
  })
  return ring.map((p) => rotate(scale(p, rng.float(1, 1.1)), azimuth))
}

function pointSegmentDistance([px, py]: XY, [ax, ay]: XY, [bx, by]: XY): number {
  const ex = bx - ax
  const ey = by - ay
  const len2 = ex * ex + ey * ey
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / len2))
  return Math.hypot(px - ax - t * ex, py - ay - t * ey)
}

/** Places mines inside one county: strictly inside, a margin from every border, apart from each other. */
export class CountyPlacer {
  private readonly frame: Frame
  private readonly segments: [XY, XY][] = []
  private readonly bbox: BBox
  private readonly feature
  private readonly placed: { at: XY; radius: number }[] = []

  constructor(readonly county: County) {
    const all = county.coordinates.flat(2)
    const lngs = all.map((p) => p[0])
    const lats = all.map((p) => p[1])
    this.bbox = [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]
    this.frame = frameAt([(this.bbox[0] + this.bbox[2]) / 2, (this.bbox[1] + this.bbox[3]) / 2])
    for (const ring of county.coordinates.flat()) {
      const xy = ring.map((p) => toXY(this.frame, p))
      for (let i = 0; i + 1 < xy.length; i++) this.segments.push([xy[i]!, xy[i + 1]!])
    }
    this.feature = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'MultiPolygon' as const, coordinates: county.coordinates },
    }
  }

  private borderDistance(p: XY): number {
    let best = Infinity
    for (const [a, b] of this.segments) best = Math.min(best, pointSegmentDistance(p, a, b))
    return best
  }

  /** A point whose disc of `radius` metres lies inside the county and clear of earlier mines; null if none found. */
  place(rng: SeededRandom, radius: number, tries = 4000): LngLat | null {
    // The county frame is equirectangular over up to ~100 km: allow 2% for its distortion.
    const needed = radius * 1.02 + 60
    for (let i = 0; i < tries; i++) {
      const lng = rng.float(this.bbox[0], this.bbox[2])
      const lat = rng.float(this.bbox[1], this.bbox[3])
      if (!booleanPointInPolygon([lng, lat], this.feature)) continue
      const xy = toXY(this.frame, [lng, lat])
      if (this.placed.some((m) => norm([xy[0] - m.at[0], xy[1] - m.at[1]]) < m.radius + radius + 150))
        continue
      if (this.borderDistance(xy) < needed) continue
      this.placed.push({ at: xy, radius })
      return [round7(lng), round7(lat)]
    }
    return null
  }
}
