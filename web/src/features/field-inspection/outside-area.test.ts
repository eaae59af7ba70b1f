import { describe, expect, it } from 'vitest'
import type { MultiPolygonGeometry } from '@zgm/domain'
import { outsideArea } from './outside-area'

const box = (w: number, s: number, e: number, n: number): MultiPolygonGeometry => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  ],
})
/** The API tests' licence: 119.8975–119.9025 E, 30.9975–31.0025 N. */
const LICENCE = box(119.8975, 30.9975, 119.9025, 31.0025)

describe('outside area of a sketch against the licence (turf)', () => {
  it('measures the part east of the licence like PostGIS does (≈ 31,800 m²)', () => {
    const r = outsideArea(box(119.901, 30.999, 119.904, 31.001), LICENCE)!
    // 0.0015° × 0.002° at 31° N: 143.1 m × 221.8 m.
    expect(r.outsideM2).toBeGreaterThan(31_000)
    expect(r.outsideM2).toBeLessThan(32_500)
    expect(r.sketchM2).toBeCloseTo(r.outsideM2 * 2, -3)
    expect(r.outside?.type).toBe('MultiPolygon')
  })

  it('a sketch wholly inside has nothing outside', () => {
    const r = outsideArea(box(119.899, 30.999, 119.9005, 31.0005), LICENCE)!
    expect(r.outsideM2).toBe(0)
    expect(r.outside).toBeNull()
    expect(r.sketchM2).toBeGreaterThan(10_000)
  })

  it('without a licence polygon the whole sketch is outside; without a sketch nothing is measured', () => {
    const sketch = box(119.899, 30.999, 119.9005, 31.0005)
    const r = outsideArea(sketch, null)!
    expect(r.outsideM2).toBe(r.sketchM2)
    expect(outsideArea(null, LICENCE)).toBeNull()
  })
})
