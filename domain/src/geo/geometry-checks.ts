// PRODUCT §6 "Safe with bad input": the checks on a drawn polygon that need no database.
// Each refusal names the problem and where it is (a JSON path into `coordinates`).

import type { LngLat, PolygonCoords, Ring } from './coords'

/** What every accepted geometry becomes: RFC 7946 lon/lat, as a MultiPolygon, altitude dropped. */
export interface MultiPolygonGeometry {
  type: 'MultiPolygon'
  coordinates: PolygonCoords[]
}

export interface GeometryLimits {
  maxVertices: number
}

export const GEOMETRY_LIMITS: Readonly<GeometryLimits> = Object.freeze({ maxVertices: 5000 })

export type GeometryProblemCode =
  | 'geometry_type'
  | 'unsupported_crs'
  | 'invalid_coordinates'
  | 'coordinate_out_of_range'
  | 'swapped_coordinates'
  | 'ring_not_closed'
  | 'ring_too_short'
  | 'too_many_vertices'

export interface GeometryProblem {
  code: GeometryProblemCode
  message: string
  /** Where in the geometry, e.g. `coordinates[0][1]` for a ring, `coordinates[0][1][3]` for a position. */
  path?: string
}

export type GeometryCheck =
  { ok: true; geometry: MultiPolygonGeometry; vertices: number } | { ok: false; problem: GeometryProblem }

/**
 * RFC 7946 allows no `crs` member (coordinates are CRS84). Older GeoJSON named one; accept the
 * names that mean lon/lat on WGS 84 or CGCS2000 (which agree to centimetres, PRODUCT §4).
 */
const LON_LAT_CRS = [
  /^urn:ogc:def:crs:OGC:(1\.3)?:CRS84$/i,
  /^(urn:ogc:def:crs:)?EPSG:(\d*:)?(4326|4490)$/i,
  /^https?:\/\/www\.opengis\.net\/def\/crs\/OGC\/1\.3\/CRS84$/i,
]

class Refusal extends Error {
  constructor(readonly problem: GeometryProblem) {
    super(problem.message)
  }
}

const refuse = (code: GeometryProblemCode, message: string, path?: string): never => {
  throw new Refusal({ code, message, ...(path ? { path } : {}) })
}

/** Validates a GeoJSON geometry object from a request and normalises it to a MultiPolygon. */
export function checkGeometry(input: unknown, limits: GeometryLimits = GEOMETRY_LIMITS): GeometryCheck {
  try {
    const geometry = normalise(input)
    const vertices = countVertices(geometry)
    if (vertices > limits.maxVertices) {
      refuse(
        'too_many_vertices',
        `the geometry has ${vertices} vertices; at most ${limits.maxVertices} are accepted`,
      )
    }
    geometry.coordinates.forEach((polygon, p) =>
      polygon.forEach((ring, r) => {
        const path = `coordinates[${p}][${r}]`
        ring.forEach((position, i) => checkRange(position, `${path}[${i}]`))
        checkRing(ring, path, describeRing(p, r, geometry.coordinates.length > 1))
      }),
    )
    return { ok: true, geometry, vertices }
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, problem: err.problem }
    throw err
  }
}

function normalise(input: unknown): MultiPolygonGeometry {
  if (!isRecord(input))
    return refuse('geometry_type', 'geometry must be a GeoJSON Polygon or MultiPolygon object')
  checkCrs(input.crs)
  const { type, coordinates } = input
  if (type === 'Polygon')
    return { type: 'MultiPolygon', coordinates: [polygonOf(coordinates, 'coordinates')] }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      return refuse(
        'invalid_coordinates',
        'a MultiPolygon needs a non-empty array of polygons',
        'coordinates',
      )
    }
    return { type: 'MultiPolygon', coordinates: coordinates.map((p, i) => polygonOf(p, `coordinates[${i}]`)) }
  }
  const got = typeof type === 'string' ? type : JSON.stringify(type ?? null)
  return refuse('geometry_type', `geometry must be a Polygon or MultiPolygon, got ${got}`)
}

function checkCrs(crs: unknown) {
  if (crs === undefined || crs === null) return
  const name = isRecord(crs) && isRecord(crs.properties) ? crs.properties.name : undefined
  if (typeof name === 'string' && LON_LAT_CRS.some((re) => re.test(name.trim()))) return
  const shown = typeof name === 'string' ? `"${name}"` : JSON.stringify(crs)
  refuse(
    'unsupported_crs',
    `coordinates must be lon/lat (RFC 7946 CRS84, or EPSG:4326/4490); the crs member names ${shown}`,
  )
}

function polygonOf(value: unknown, path: string): PolygonCoords {
  if (!Array.isArray(value) || value.length === 0) {
    return refuse('invalid_coordinates', `${path} must be a non-empty array of linear rings`, path)
  }
  return value.map((ring, r) => {
    const ringPath = `${path}[${r}]`
    if (!Array.isArray(ring))
      return refuse('invalid_coordinates', `${ringPath} must be an array of positions`, ringPath)
    return ring.map((position, i) => positionOf(position, `${ringPath}[${i}]`))
  })
}

function positionOf(value: unknown, path: string): LngLat {
  const ok =
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  if (!ok)
    return refuse(
      'invalid_coordinates',
      `${path} must be a position [lng, lat] of two numbers, got ${preview(value)}`,
      path,
    )
  return [value[0], value[1]]
}

const lngOk = (v: number) => v >= -180 && v <= 180
const latOk = (v: number) => v >= -90 && v <= 90

function checkRange([lng, lat]: LngLat, path: string) {
  if (lngOk(lng) && latOk(lat)) return
  // A latitude above 90 that would be a fine longitude, paired with a fine latitude: [lat, lng] order.
  if (lngOk(lat) && latOk(lng)) {
    refuse(
      'swapped_coordinates',
      `${path} is [${lng}, ${lat}], which looks like [lat, lng]; GeoJSON positions are [lng, lat], i.e. [${lat}, ${lng}]`,
      path,
    )
  }
  refuse(
    'coordinate_out_of_range',
    `${path} is [${lng}, ${lat}]; longitude must be in -180..180 and latitude in -90..90`,
    path,
  )
}

function checkRing(ring: Ring, path: string, label: string) {
  const first = ring[0]
  const last = ring[ring.length - 1]
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    refuse(
      'ring_not_closed',
      `${label} (${path}) is not closed: it starts at [${first}] and ends at [${last}]; the last position must repeat the first`,
      path,
    )
  }
  if (ring.length < 4) {
    refuse(
      'ring_too_short',
      `${label} (${path}) has ${ring.length} positions; a closed ring needs at least 4`,
      path,
    )
  }
}

function describeRing(polygon: number, ring: number, multi: boolean): string {
  const which = ring === 0 ? 'the outer ring' : `hole ${ring}`
  return multi ? `${which} of polygon ${polygon + 1}` : which
}

function countVertices(g: MultiPolygonGeometry): number {
  let n = 0
  for (const polygon of g.coordinates) for (const ring of polygon) n += ring.length
  return n
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function preview(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
