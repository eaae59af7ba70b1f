// Coordinate tuples, labelled so that lon/lat and other spaces are not mixed (RFC 7946 order).

/** A position on the ellipsoid: longitude first, degrees (WGS 84 / CGCS2000 unless a name says otherwise). */
export type LngLat = [lng: number, lat: number]

/** A lon/lat bounding box, west-south-east-north. */
export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number]

/** A linear ring; closed rings repeat the first position at the end. */
export type Ring = LngLat[]

/** A polygon's rings: the outer ring, then holes. */
export type PolygonCoords = Ring[]
