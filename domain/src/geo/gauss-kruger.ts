// Gauss-Krüger 3° zones on the CGCS2000 ellipsoid: the transverse Mercator forward projection
// (Snyder 1987, eq. 8-9 … 8-10; sub-millimetre within a 3° zone), used to write licence corner
// points (拐点) the way licences list them: X = northing first, Y = easting with the zone prefix.
import type { LngLat } from './coords'

const A = 6378137
const F = 1 / 298.257222101
const E2 = F * (2 - F)
const EP2 = E2 / (1 - E2)

function meridianArc(phi: number): number {
  const e4 = E2 * E2
  const e6 = e4 * E2
  return (
    A *
    ((1 - E2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi -
      ((3 * E2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi) -
      ((35 * e6) / 3072) * Math.sin(6 * phi))
  )
}

/** The 3° zone a longitude falls in (zone 40 has its central meridian at 120°E). */
export function zoneOf(lng: number): number {
  return Math.round(lng / 3)
}

/** EPSG code of the CGCS2000 3° GK zone with the zone number in the easting (4527 = zone 39 … 4529 = zone 41). */
export function epsgOfZone(zone: number): string {
  return `EPSG:${4488 + zone}`
}

/** Northing and prefixed easting (metres) of a lon/lat point in the given zone. */
export function gaussKruger([lng, lat]: LngLat, zone: number): { x: number; y: number } {
  const phi = (lat * Math.PI) / 180
  const lambda = ((lng - zone * 3) * Math.PI) / 180
  const sin = Math.sin(phi)
  const cos = Math.cos(phi)
  const n = A / Math.sqrt(1 - E2 * sin * sin)
  const t = Math.tan(phi) ** 2
  const c = EP2 * cos * cos
  const a = lambda * cos
  const easting =
    n * (a + ((1 - t + c) * a ** 3) / 6 + ((5 - 18 * t + t * t + 72 * c - 58 * EP2) * a ** 5) / 120)
  const northing =
    meridianArc(phi) +
    n *
      Math.tan(phi) *
      ((a * a) / 2 +
        ((5 - t + 9 * c + 4 * c * c) * a ** 4) / 24 +
        ((61 - 58 * t + t * t + 600 * c - 330 * EP2) * a ** 6) / 720)
  return { x: northing, y: zone * 1_000_000 + 500_000 + easting }
}

/** Corner points as licence text: one `点号,X,Y` line per corner (ring closed or not), centimetres. */
export function cornerPointsText(ring: readonly LngLat[], zone: number): string {
  const open =
    ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1]
      ? ring.slice(0, -1)
      : ring
  return formatCornerPoints(open.map((p) => gaussKruger(p, zone)))
}

/** Projected corners (X northing, Y prefixed easting, metres) as licence text: `点号,X,Y` lines, centimetres. */
export function formatCornerPoints(points: readonly { x: number; y: number }[]): string {
  return points.map(({ x, y }, i) => `${i + 1},${x.toFixed(2)},${y.toFixed(2)}`).join('\n')
}
