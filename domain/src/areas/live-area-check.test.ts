import type { LngLat, PolygonCoords } from '@zgm/domain'
import { describe, expect, it } from 'vitest'
import { liveAreaCheck, type LiveCheckContext } from './live-area-check'
import { polygonsAreaM2, polygonsDistanceM, selfIntersection } from '../geo/polygon-measure'

/** A square of `side` degrees with its south-west corner at `sw`. */
const square = ([x, y]: LngLat, side: number): PolygonCoords => [
  [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y + side],
    [x, y],
  ],
]

const footprint = square([119.9, 31.0], 0.002)
const ctx: LiveCheckContext = {
  footprint: [footprint],
  maxDistanceM: 500,
  provinceBBox: [118.02, 27.04, 122.95, 31.18],
}
const polygon = (coordinates: PolygonCoords) => ({ type: 'Polygon', coordinates })
const codes = (input: unknown) => liveAreaCheck(input, ctx).problems.map((p) => p.code)

describe('live area checks (the server’s limits, before saving)', () => {
  it('R8: a square next to the footprint passes and is measured in hectares-worth of m² and metres', () => {
    const result = liveAreaCheck(polygon(square([119.9025, 31.0], 0.001)), ctx)
    expect(result.problems).toEqual([])
    // 0.001° × 0.001° at 31° N: 95.5 m × 111.2 m ≈ 10,600 m².
    expect(result.areaM2).toBeGreaterThan(10_400)
    expect(result.areaM2).toBeLessThan(10_800)
    // 0.0005° of longitude at 31° N ≈ 47.7 m.
    expect(result.distanceM).toBeGreaterThan(46)
    expect(result.distanceM).toBeLessThan(49)
  })

  it('R8: a bow-tie is refused as a self-intersection at the crossing', () => {
    const bowTie: PolygonCoords = [
      [
        [119.9025, 31.0],
        [119.9035, 31.001],
        [119.9035, 31.0],
        [119.9025, 31.001],
        [119.9025, 31.0],
      ],
    ]
    const result = liveAreaCheck(polygon(bowTie), ctx)
    expect(result.problems[0]).toMatchObject({ code: 'geometry_self_intersection' })
    expect(result.areaM2).toBeNull()
    const at = (result.problems[0] as { at: LngLat }).at
    expect(at[0]).toBeCloseTo(119.903, 6)
    expect(at[1]).toBeCloseTo(31.0005, 6)
  })

  it('R8: repeated positions (a drawing tool leaves them) are no self-intersection, as in PostGIS', () => {
    const ring = square([119.9025, 31.0], 0.001)[0]!
    expect(selfIntersection([[ring[0]!, ring[1]!, ring[2]!, ring[2]!, ring[3]!, ring[0]!]])).toBeNull()
  })

  it('R8: a hole is not a self-intersection; a hole crossing its shell is', () => {
    const withHole: PolygonCoords = [
      square([119.9, 31.0], 0.002)[0]!,
      square([119.9005, 31.0005], 0.0005)[0]!,
    ]
    expect(selfIntersection(withHole)).toBeNull()
    const crossing: PolygonCoords = [square([119.9, 31.0], 0.002)[0]!, square([119.9015, 31.0005], 0.001)[0]!]
    expect(selfIntersection(crossing)).not.toBeNull()
    expect(polygonsAreaM2([withHole])).toBeLessThan(polygonsAreaM2([square([119.9, 31.0], 0.002)]))
  })

  it('R8: too small, too far, outside the province, too few positions', () => {
    expect(codes(polygon(square([119.9025, 31.0], 0.00001)))).toContain('area_out_of_range')
    expect(codes(polygon(square([119.92, 31.0], 0.001)))).toEqual(['too_far_from_footprint'])
    expect(codes(polygon(square([117.5, 31.0], 0.001)))).toContain('outside_province')
    expect(
      codes(
        polygon([
          [
            [119.9, 31.0],
            [119.91, 31.0],
            [119.9, 31.0],
          ],
        ]),
      ),
    ).toEqual(['ring_too_short'])
  })

  it('R8: touching or overlapping the footprint is 0 m away; without a footprint no distance is claimed', () => {
    expect(polygonsDistanceM([square([119.901, 31.001], 0.002)], [footprint])).toBe(0)
    expect(polygonsDistanceM([square([119.9005, 31.0005], 0.0005)], [footprint])).toBe(0)
    expect(
      liveAreaCheck(polygon(square([119.95, 31.0], 0.001)), { ...ctx, footprint: null }).distanceM,
    ).toBeNull()
  })
})
