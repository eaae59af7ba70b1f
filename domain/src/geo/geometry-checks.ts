// PRODUCT §6 "Safe with bad input": the checks on a drawn polygon that need no database.
// Each refusal names the problem and where it is (a JSON path into `coordinates`).
import type { GeometryProblem } from '@zgm/domain'

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

class GeometryRefused extends Error {
  constructor(readonly problem: GeometryProblem) {
    super(problem.code)
  }
}

/** The problem (code + params); `path` is where, e.g. `coordinates[0][1]` for a ring. */
const refuse = (problem: GeometryProblem): never => {
  throw new GeometryRefused(problem)
}

/** Validates a GeoJSON geometry object from a request and normalises it to a MultiPolygon. */
export function checkGeometry(input: unknown, limits: GeometryLimits = GEOMETRY_LIMITS): GeometryCheck {
  try {
    const geometry = normalise(input)
    const vertices = countVertices(geometry)
    if (vertices > limits.maxVertices) {
      refuse({ code: 'too_many_vertices', vertices, maxVertices: limits.maxVertices })
    }
    geometry.coordinates.forEach((polygon, p) =>
      polygon.forEach((ring, r) => {
        const path = `coordinates[${p}][${r}]`
        ring.forEach((position, i) => checkRange(position, `${path}[${i}]`))
        checkRing(ring, { path, polygon: p, ring: r, multi: geometry.coordinates.length > 1 })
      }),
    )
    return { ok: true, geometry, vertices }
  } catch (err) {
    if (err instanceof GeometryRefused) return { ok: false, problem: err.problem }
    throw err
  }
}

function normalise(input: unknown): MultiPolygonGeometry {
  if (!isRecord(input)) return refuse({ code: 'geometry_type' })
  checkCrs(input.crs)
  const { type, coordinates } = input
  if (type === 'Polygon')
    return { type: 'MultiPolygon', coordinates: [polygonOf(coordinates, 'coordinates')] }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      return refuse({ code: 'invalid_coordinates', path: 'coordinates', expected: 'polygons' })
    }
    return { type: 'MultiPolygon', coordinates: coordinates.map((p, i) => polygonOf(p, `coordinates[${i}]`)) }
  }
  const got = typeof type === 'string' ? type : JSON.stringify(type ?? null)
  return refuse({ code: 'geometry_type', got })
}

function checkCrs(crs: unknown) {
  if (crs === undefined || crs === null) return
  const name = isRecord(crs) && isRecord(crs.properties) ? crs.properties.name : undefined
  if (typeof name === 'string' && LON_LAT_CRS.some((re) => re.test(name.trim()))) return
  const shown = typeof name === 'string' ? `"${name}"` : JSON.stringify(crs)
  refuse({ code: 'unsupported_crs', crs: shown })
}

function polygonOf(value: unknown, path: string): PolygonCoords {
  if (!Array.isArray(value) || value.length === 0) {
    return refuse({ code: 'invalid_coordinates', path, expected: 'rings' })
  }
  return value.map((ring, r) => {
    const ringPath = `${path}[${r}]`
    if (!Array.isArray(ring))
      return refuse({ code: 'invalid_coordinates', path: ringPath, expected: 'positions' })
    return ring.map((position, i) => positionOf(position, `${ringPath}[${i}]`))
  })
}

function positionOf(value: unknown, path: string): LngLat {
  const ok =
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  if (!ok) return refuse({ code: 'invalid_coordinates', path, expected: 'position', got: preview(value) })
  return [value[0], value[1]]
}

const lngOk = (v: number) => v >= -180 && v <= 180
const latOk = (v: number) => v >= -90 && v <= 90

function checkRange([lng, lat]: LngLat, path: string) {
  if (lngOk(lng) && latOk(lat)) return
  // A latitude above 90 that would be a fine longitude, paired with a fine latitude: [lat, lng] order.
  if (lngOk(lat) && latOk(lng)) {
    refuse({ code: 'swapped_coordinates', path, at: [lng, lat] })
  }
  refuse({ code: 'coordinate_out_of_range', path, at: [lng, lat] })
}

function checkRing(ring: Ring, place: { path: string; polygon: number; ring: number; multi: boolean }) {
  const first = ring[0]
  const last = ring[ring.length - 1]
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    refuse({ code: 'ring_not_closed', ...place, first, last, at: last })
  }
  if (ring.length < 4) refuse({ code: 'ring_too_short', ...place, positions: ring.length })
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
