// "Near me" geometry on the sphere: distance, initial bearing and its compass word, whether a
// position lies inside a polygon, and the nearest mines first. The formulas are turf's (haversine
// on its mean Earth radius, the initial great-circle bearing); api/src/field-area checks them
// against @turf/turf.
import type { BBox, LngLat, PolygonCoords } from '../geo/coords'

/** Turf's mean Earth radius in metres. */
export const EARTH_RADIUS_M = 6371008.8

const rad = (d: number) => (d * Math.PI) / 180
const deg = (r: number) => (r * 180) / Math.PI

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LngLat, b: LngLat): number {
  const dLat = rad(b[1] - a[1])
  const dLng = rad(b[0] - a[0])
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h))
}

/** Initial bearing from a to b, degrees clockwise from north in [0, 360). */
export function bearingDeg(a: LngLat, b: LngLat): number {
  const [l1, p1, l2, p2] = [rad(a[0]), rad(a[1]), rad(b[0]), rad(b[1])]
  const y = Math.sin(l2 - l1) * Math.cos(p2)
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(l2 - l1)
  return (deg(Math.atan2(y, x)) + 360) % 360
}

export const COMPASS_POINTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const
export type CompassPoint = (typeof COMPASS_POINTS)[number]

/** The words a surveyor says, Chinese first. */
export const COMPASS_WORDS: Readonly<Record<CompassPoint, { zh: string; en: string }>> = {
  N: { zh: '北', en: 'N' },
  NE: { zh: '东北', en: 'NE' },
  E: { zh: '东', en: 'E' },
  SE: { zh: '东南', en: 'SE' },
  S: { zh: '南', en: 'S' },
  SW: { zh: '西南', en: 'SW' },
  W: { zh: '西', en: 'W' },
  NW: { zh: '西北', en: 'NW' },
}

/** The eight-point compass sector of a bearing (each 45° wide, centred on its direction). */
export function compassPoint(bearing: number): CompassPoint {
  if (!Number.isFinite(bearing)) throw new RangeError(`compassPoint: bearing is not a number: ${bearing}`)
  const b = ((bearing % 360) + 360) % 360
  return COMPASS_POINTS[Math.round(b / 45) % 8]
}

/** "850 m" below a kilometre, "1.2 km" below ten, "23 km" beyond. */
export function formatDistance(m: number): string {
  if (!(m >= 0)) throw new RangeError(`formatDistance: not a distance: ${m}`)
  if (m < 1000) return `${Math.round(m)} m`
  if (m < 10_000) return `${(m / 1000).toFixed(1)} km`
  return `${Math.round(m / 1000)} km`
}

/** Ray casting on one polygon (outer ring minus holes); lon/lat treated as planar at quarry scale. */
export function inPolygon([x, y]: LngLat, rings: PolygonCoords): boolean {
  const inRing = (ring: LngLat[]) => {
    let inside = false
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]
      const [xj, yj] = ring[j]
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
    }
    return inside
  }
  return rings.length > 0 && inRing(rings[0]) && !rings.slice(1).some(inRing)
}

/** Inside any polygon of a MultiPolygon (null: no polygon recorded). */
export function inMultiPolygon(at: LngLat, polygons: readonly PolygonCoords[] | null): boolean {
  return !!polygons && polygons.some((p) => inPolygon(at, p))
}

/** The box of a MultiPolygon's outer rings. */
export function boxOf(polygons: readonly PolygonCoords[]): BBox | null {
  let box: BBox | null = null
  for (const [outer] of polygons)
    for (const [x, y] of outer ?? [])
      box = box
        ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
        : [x, y, x, y]
  return box
}

export interface NearInput {
  id: number
  at: LngLat
}

export interface Near<M> {
  mine: M
  distanceM: number
  bearing: number
  compass: CompassPoint
}

/** Mines nearest first (ties by id, so the order is stable), at most `limit`. */
export function nearestMines<M extends NearInput>(from: LngLat, mines: readonly M[], limit = 10): Near<M>[] {
  return mines
    .map((mine) => {
      const bearing = bearingDeg(from, mine.at)
      return { mine, distanceM: distanceM(from, mine.at), bearing, compass: compassPoint(bearing) }
    })
    .sort((a, b) => a.distanceM - b.distanceM || a.mine.id - b.mine.id)
    .slice(0, limit)
}
