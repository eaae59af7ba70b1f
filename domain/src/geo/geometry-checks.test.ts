import { refusalMessage, type GeometryProblem } from '@zgm/domain'
import { describe, expect, it } from 'vitest'
import { checkGeometry } from './geometry-checks'

/** The English words of a problem (the same dictionary the API answers from). */
const en = (p: GeometryProblem) => refusalMessage(p, 'en')

const square = [
  [119.9, 31.0],
  [119.901, 31.0],
  [119.901, 31.001],
  [119.9, 31.001],
  [119.9, 31.0],
]

const problemOf = (g: unknown, limits?: { maxVertices: number }) => {
  const result = checkGeometry(g, limits)
  if (result.ok) throw new Error('expected a refusal')
  return result.problem
}

describe('checkGeometry accepts', () => {
  it('a Polygon, as a MultiPolygon with the same coordinates', () => {
    const result = checkGeometry({ type: 'Polygon', coordinates: [square] })
    expect(result).toEqual({
      ok: true,
      vertices: 5,
      geometry: { type: 'MultiPolygon', coordinates: [[square]] },
    })
  })

  it('a MultiPolygon with a hole, and drops altitude', () => {
    const hole = [
      [119.9002, 31.0002],
      [119.9002, 31.0004],
      [119.9004, 31.0004],
      [119.9002, 31.0002],
    ]
    const withZ = square.map(([x, y]) => [x, y, 12.5])
    const result = checkGeometry({ type: 'MultiPolygon', coordinates: [[withZ, hole]] })
    expect(result).toMatchObject({ ok: true, vertices: 9, geometry: { coordinates: [[square, hole]] } })
  })

  it.each([
    'urn:ogc:def:crs:OGC:1.3:CRS84',
    'urn:ogc:def:crs:OGC::CRS84',
    'EPSG:4326',
    'urn:ogc:def:crs:EPSG::4490',
  ])('a crs member naming lon/lat %s', (name) => {
    expect(
      checkGeometry({ type: 'Polygon', coordinates: [square], crs: { type: 'name', properties: { name } } })
        .ok,
    ).toBe(true)
  })
})

describe('checkGeometry refuses, naming the problem', () => {
  it.each([
    [{ type: 'Point', coordinates: [119.9, 31] }, 'got Point'],
    [{ type: 'LineString', coordinates: square }, 'got LineString'],
    [{ type: 'GeometryCollection', geometries: [] }, 'got GeometryCollection'],
    [{ type: 7, coordinates: [] }, 'got 7'],
    ['POLYGON((119.9 31, 119.91 31, 119.9 31.01, 119.9 31))', 'GeoJSON Polygon or MultiPolygon object'],
    [null, 'GeoJSON'],
  ])('geometry_type: %j', (g, text) => {
    const p = problemOf(g)
    expect(p.code).toBe('geometry_type')
    expect(en(p)).toContain(text)
  })

  it('a crs other than lon/lat (e.g. a Gauss-Krüger zone)', () => {
    const p = problemOf({
      type: 'Polygon',
      coordinates: [square],
      crs: { type: 'name', properties: { name: 'EPSG:4549' } },
    })
    expect(p).toMatchObject({ code: 'unsupported_crs' })
    expect(en(p)).toContain('EPSG:4549')
  })

  it.each([
    [{ type: 'Polygon', coordinates: [[[119.9, '31.0'], ...square.slice(1)]] }, 'coordinates[0][0]'],
    [
      { type: 'Polygon', coordinates: [[...square.slice(0, 2), [119.9], ...square.slice(3)]] },
      'coordinates[0][2]',
    ],
    [{ type: 'Polygon', coordinates: [] }, 'coordinates'],
    [{ type: 'Polygon', coordinates: 'nope' }, 'coordinates'],
    [{ type: 'MultiPolygon', coordinates: [[square], [{ x: 1 }]] }, 'coordinates[1][0]'],
    [{ type: 'MultiPolygon', coordinates: [] }, 'coordinates'],
  ])('invalid_coordinates at the right place: %j', (g, path) => {
    expect(problemOf(g)).toMatchObject({ code: 'invalid_coordinates', path })
  })

  it('swapped coordinates ([lat, lng]) and says which order is expected', () => {
    const swapped = square.map(([lng, lat]) => [lat, lng])
    const p = problemOf({ type: 'Polygon', coordinates: [swapped] })
    expect(p).toMatchObject({ code: 'swapped_coordinates', path: 'coordinates[0][0][0]' })
    expect(en(p)).toContain('[31, 119.9]')
    expect(en(p)).toContain('[lng, lat]')
  })

  it('out-of-range coordinates that are not a swap', () => {
    const p = problemOf({ type: 'Polygon', coordinates: [[[200, 31], ...square.slice(1)]] })
    expect(p).toMatchObject({ code: 'coordinate_out_of_range', path: 'coordinates[0][0][0]', at: [200, 31] })
  })

  it('an open ring, naming which ring of which polygon', () => {
    const open = square.slice(0, 4)
    expect(problemOf({ type: 'Polygon', coordinates: [open] })).toMatchObject({
      code: 'ring_not_closed',
      path: 'coordinates[0][0]',
    })
    const p = problemOf({ type: 'MultiPolygon', coordinates: [[square], [square, open]] })
    expect(p).toMatchObject({ code: 'ring_not_closed', path: 'coordinates[1][1]', polygon: 1, ring: 1 })
    expect(en(p)).toContain('hole 1 of polygon 2')
  })

  it('a closed ring of fewer than 4 positions', () => {
    const p = problemOf({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] })
    expect(p).toMatchObject({ code: 'ring_too_short' })
    expect(en(p)).toContain('3 positions')
  })

  it('too many vertices, with the count and the limit', () => {
    const p = problemOf({ type: 'Polygon', coordinates: [square] }, { maxVertices: 4 })
    expect(p.code).toBe('too_many_vertices')
    expect(en(p)).toContain('5 vertices')
    expect(en(p)).toContain('at most 4')
  })
})
