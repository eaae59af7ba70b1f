import { describe, expect, it } from 'vitest'
import type { LngLat } from './coords'
import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02'

describe('GCJ-02 correction of the boundary source', () => {
  it('moves a Hangzhou point by the known few hundred metres', () => {
    const [lng, lat] = wgs84ToGcj02([120.15, 30.28])
    const metres = Math.hypot((lng - 120.15) * 96_000, (lat - 30.28) * 111_000)
    expect(metres).toBeGreaterThan(300)
    expect(metres).toBeLessThan(700)
  })

  it('inverts the forward offset to well under a centimetre', () => {
    for (const p of [
      [118.2, 28.5],
      [120.15, 30.28],
      [122.3, 30.0],
    ] as LngLat[]) {
      const [lng, lat] = gcj02ToWgs84(wgs84ToGcj02(p))
      expect(Math.abs(lng - p[0])).toBeLessThan(1e-8)
      expect(Math.abs(lat - p[1])).toBeLessThan(1e-8)
    }
  })
})
