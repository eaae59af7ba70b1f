import { distanceM } from '@zgm/domain'
import { describe, expect, it } from 'vitest'
import { circleRing, fieldMapStyle } from './field-map-style'

describe('field map style', () => {
  it('draws the accuracy circle at its radius, closed', () => {
    const ring = circleRing([119.9, 31.0], 50)
    expect(ring[0]).toEqual(ring[ring.length - 1])
    for (const p of ring) expect(Math.abs(distanceM([119.9, 31.0], p) - 50)).toBeLessThan(0.5)
  })

  it('stops its tile sources at the zooms an offline area keeps (the map overzooms beyond)', () => {
    const style = fieldMapStyle('http://127.0.0.1:8787')
    expect(style.sources.mines).toMatchObject({ maxzoom: 15 })
    expect(style.sources.counties).toMatchObject({ maxzoom: 12 })
  })
})
