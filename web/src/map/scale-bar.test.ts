import { describe, expect, it } from 'vitest'
import { metresPerPixel, scaleBar } from './scale-bar'

describe('scale bar', () => {
  it('measures a MapLibre pixel: ≈ 78 km at zoom 0 on the equator, half of it at 60°', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0)
    expect(metresPerPixel(60, 0)).toBeCloseTo(39_135.8, 0)
    expect(metresPerPixel(30, 8) * 2).toBeCloseTo(metresPerPixel(30, 7), 6)
  })

  it('picks the longest round distance (1, 2, 5 × 10ⁿ) that fits', () => {
    // Zhejiang at zoom 7: ≈ 522 m a pixel, 120 px ≈ 62.6 km → 50 km
    const bar = scaleBar(metresPerPixel(29.2, 7), 120)
    expect(bar).toMatchObject({ metres: 50_000, label: '50 km' })
    expect(bar.px).toBeGreaterThan(60)
    expect(bar.px).toBeLessThanOrEqual(120)
    expect(scaleBar(1, 120)).toMatchObject({ metres: 100, label: '100 m', px: 100 })
    expect(scaleBar(3, 120).label).toBe('200 m')
  })
})
