// GeoJSON for the area tests, around the fixture mine at 119.9°E 31.0°N.

/** A closed axis-aligned rectangle ring with its south-west corner at (lng, lat). */
export function rectRing(lng: number, lat: number, w = 0.001, h = 0.001): number[][] {
  return [
    [lng, lat],
    [lng + w, lat],
    [lng + w, lat + h],
    [lng, lat + h],
    [lng, lat],
  ]
}

export const rect = (lng: number, lat: number, w?: number, h?: number) => ({
  type: 'Polygon',
  coordinates: [rectRing(lng, lat, w, h)],
})

/** About 95 m × 111 m (≈ 10,600 m²) inside the footprint. */
export const INSIDE = rect(119.899, 30.999)

/** Two triangles crossing at their tips: PostGIS calls it a self-intersection. */
export const BOW_TIE = {
  type: 'Polygon',
  coordinates: [
    [
      [119.899, 30.999],
      [119.9, 31.0],
      [119.9, 30.999],
      [119.899, 31.0],
      [119.899, 30.999],
    ],
  ],
}

/** A circle of n + 1 positions (closed) around the mine. */
export function circle(n: number, radiusDeg = 0.001) {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n
    return [119.9 + radiusDeg * Math.cos(a), 31.0 + radiusDeg * Math.sin(a)]
  })
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] }
}
