import { describe, expect, it } from 'vitest'
import type { LngLat } from './coords'
import { cornerPointsText, epsgOfZone, gaussKruger, zoneOf } from './gauss-kruger'

// Reference values from PostGIS 3.3 / PROJ: st_transform(st_setsrid(st_point(lng, lat), 4490), 4527|4528).
const PROJ: [at: LngLat, zone: number, x: number, y: number][] = [
  [[119.9, 31.0], 40, 3430978.615904285, 40490449.57146878],
  [[121.3, 28.6], 40, 3165626.969635541, 40627161.121537745],
  [[118.6, 29.1], 40, 3221162.8820560775, 40363709.83428505],
  [[118.2, 27.2], 39, 3010360.506714005, 39618899.528670974],
]

describe('Gauss-Krüger 3° zones on CGCS2000 (licence corner points)', () => {
  it('picks the 3° zone and its EPSG code: 120°E is the central meridian of zone 40 (EPSG:4528)', () => {
    expect(zoneOf(120)).toBe(40)
    expect(zoneOf(121.4)).toBe(40)
    expect(zoneOf(118.6)).toBe(40)
    expect(zoneOf(118.4)).toBe(39)
    expect(epsgOfZone(39)).toBe('EPSG:4527')
    expect(epsgOfZone(40)).toBe('EPSG:4528')
  })

  it.each(PROJ)('agrees with PROJ to the millimetre at %j in zone %i', (at, zone, x, y) => {
    const gk = gaussKruger(at, zone)
    expect(Math.abs(gk.x - x)).toBeLessThan(0.001)
    expect(Math.abs(gk.y - y)).toBeLessThan(0.001)
  })

  it('writes one "点号,X,Y" line per corner in centimetres, dropping the closing repeat', () => {
    const ring: LngLat[] = [
      [119.9, 31.0],
      [121.3, 28.6],
      [118.6, 29.1],
      [119.9, 31.0],
    ]
    expect(cornerPointsText(ring, 40)).toBe(
      ['1,3430978.62,40490449.57', '2,3165626.97,40627161.12', '3,3221162.88,40363709.83'].join('\n'),
    )
  })
})
