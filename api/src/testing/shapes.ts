// Test geometry: axis-aligned squares in lon/lat, closed and counter-clockwise.
import type { LngLat } from '@zgm/domain'

/** The ring of a square `side` degrees wide whose south-west corner is `sw`. */
export const squareRing = ([lng, lat]: LngLat, side: number): LngLat[] => [
  [lng, lat],
  [lng + side, lat],
  [lng + side, lat + side],
  [lng, lat + side],
  [lng, lat],
]

/** A GeoJSON Polygon: the square of half-width `half` degrees centred on `at`. */
export const squareAround = ([lng, lat]: LngLat, half: number) => ({
  type: 'Polygon' as const,
  coordinates: [squareRing([lng - half, lat - half], 2 * half)],
})
