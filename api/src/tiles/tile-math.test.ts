import { describe, expect, it } from 'vitest'
import { lngLatToTile, tileBoundsLngLat, tileBoundsMercator, tileRangeOf, tilesIn } from './tile-math'
import { parseTileAddress } from './tile-address'

describe('tile arithmetic', () => {
  it('puts Hangzhou (120.15°E, 30.28°N) in tile 5/26/13 and 7/106/52', () => {
    expect(lngLatToTile(120.15, 30.28, 5).map(Math.floor)).toEqual([26, 13])
    expect(lngLatToTile(120.15, 30.28, 7).map(Math.floor)).toEqual([106, 52])
  })

  it('gives the EPSG:3857 square that ST_TileEnvelope gives', () => {
    expect(tileBoundsMercator({ z: 0, x: 0, y: 0 })).toEqual([
      -20037508.342789244, -20037508.342789244, 20037508.342789244, 20037508.342789244,
    ])
    const [minX, minY, maxX, maxY] = tileBoundsMercator({ z: 7, x: 106, y: 53 })
    expect(maxX - minX).toBeCloseTo(313086.0678, 3)
    expect(maxY - minY).toBeCloseTo(313086.0678, 3)
    expect(minX).toBeCloseTo(13149614.849955, 5)
  })

  it('maps tile corners to lon/lat and back', () => {
    const [w, s, e, n] = tileBoundsLngLat({ z: 7, x: 106, y: 53 })
    expect(lngLatToTile(w, n, 7)[0]).toBeCloseTo(106, 9)
    expect(lngLatToTile(w, n, 7)[1]).toBeCloseTo(53, 9)
    expect(lngLatToTile(e, s, 7)[0]).toBeCloseTo(107, 9)
    expect(lngLatToTile(e, s, 7)[1]).toBeCloseTo(54, 9)
  })

  it('finds the tiles a box touches, including neighbours whose buffer reaches into it', () => {
    const inner = tileBoundsLngLat({ z: 10, x: 853, y: 427 })
    const centre: [number, number, number, number] = [
      (inner[0] + inner[2]) / 2,
      (inner[1] + inner[3]) / 2,
      (inner[0] + inner[2]) / 2,
      (inner[1] + inner[3]) / 2,
    ]
    expect(tileRangeOf(centre, 10)).toEqual({ z: 10, minX: 853, maxX: 853, minY: 427, maxY: 427 })
    // a point just inside the west edge is also in the buffer of the tile to the west
    const west: [number, number, number, number] = [inner[0] + 1e-6, centre[1], inner[0] + 1e-6, centre[1]]
    expect(tileRangeOf(west, 10)).toEqual({ z: 10, minX: 852, maxX: 853, minY: 427, maxY: 427 })
    expect(tilesIn(tileRangeOf([118, 27, 123, 31.2], 6))).toHaveLength(4)
    expect(tileRangeOf([-180, -85, 180, 85], 2)).toEqual({ z: 2, minX: 0, maxX: 3, minY: 0, maxY: 3 })
  })
})

describe('parseTileAddress', () => {
  it('accepts integers within the zoom', () => {
    expect(parseTileAddress({ z: '7', x: '106', y: '53' })).toEqual({ z: 7, x: 106, y: 53 })
  })

  it.each([
    [{ z: '1.5', x: '0', y: '0' }, /z must be a non-negative integer/],
    [{ z: '5', x: '-1', y: '0' }, /x must be a non-negative integer/],
    [{ z: '5', x: '1', y: 'abc' }, /y must be a non-negative integer/],
    [{ z: '23', x: '0', y: '0' }, /z must be at most 22/],
    [{ z: '5', x: '32', y: '0' }, /x 32 is out of range for zoom 5 \(0..31\)/],
    [{ z: '0', x: '0', y: '1' }, /y 1 is out of range for zoom 0/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseTileAddress(raw)).toThrow(message)
  })
})
