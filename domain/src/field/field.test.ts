import { describe, expect, it } from 'vitest'
import type { BBox, LngLat } from '../geo/coords'
import { bearingDeg, compassPoint, distanceM, formatDistance, inMultiPolygon, nearestMines } from './near'
import { estimateAreaBytes, formatBytes } from './size-estimate'
import { fieldTilePlan, tileOf, tilesInBBox } from './tile-plan'

describe('tile plan', () => {
  it('finds the tile of a known place (长兴 at z8)', () => {
    expect(tileOf([119.91, 31.03], 8)).toEqual({ z: 8, x: 213, y: 104 })
    expect(tileOf([0, 0], 1)).toEqual({ z: 1, x: 1, y: 1 })
  })

  it('covers a box with every tile it touches, corners included', () => {
    const box: BBox = [119.5, 30.7, 120.1, 31.2]
    const z10 = tilesInBBox(box, 10)
    const xs = new Set(z10.map((t) => t.x))
    const ys = new Set(z10.map((t) => t.y))
    expect(z10).toHaveLength(xs.size * ys.size)
    expect(xs).toContain(tileOf([119.5, 31.2], 10).x)
    expect(ys).toContain(tileOf([120.1, 30.7], 10).y)
  })

  it('refuses a box given south-north swapped', () => {
    expect(() => tilesInBBox([120, 31, 121, 30], 10)).toThrow(/west-south-east-north/)
  })

  it('keeps whole-box tiles to z12 and only tiles near mines from z13 to z15', () => {
    const bbox: BBox = [119.5, 30.7, 120.1, 31.2]
    const mine: BBox = [119.8, 31.0, 119.802, 31.002]
    const plan = fieldTilePlan({ bbox, mineBoxes: [mine] })
    const count = (set: string, z: number) => plan.filter((t) => t.set === set && t.z === z).length
    expect(count('counties', 12)).toBe(tilesInBBox(bbox, 12).length)
    expect(count('counties', 13)).toBe(0)
    expect(count('mines', 13)).toBeLessThan(5)
    expect(count('mines', 15)).toBeGreaterThan(0)
    expect(count('mines', 15)).toBeLessThan(20)
    expect(count('mines', 16)).toBe(0)
    expect(count('restoration', 9)).toBe(0)
    expect(plan.length).toBeLessThan(1000)
  })

  it('lists a tile once even when two mines share it', () => {
    const bbox: BBox = [119.5, 30.7, 120.1, 31.2]
    const a: BBox = [119.8, 31.0, 119.801, 31.001]
    const plan = fieldTilePlan({ bbox, mineBoxes: [a, a] })
    const keys = plan.map((t) => `${t.set}/${t.z}/${t.x}/${t.y}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('size estimate', () => {
  it('is tiles × average plus records', () => {
    expect(
      estimateAreaBytes({
        tileCount: 100,
        avgTileBytes: 2000,
        mineCount: 10,
        avgMineRecordBytes: 5000,
        fixedBytes: 1000,
      }),
    ).toBe(251_000)
  })

  it('refuses a negative count', () => {
    expect(() =>
      estimateAreaBytes({
        tileCount: -1,
        avgTileBytes: 1,
        mineCount: 0,
        avgMineRecordBytes: 0,
        fixedBytes: 0,
      }),
    ).toThrow(/tileCount/)
  })

  it('formats like a phone does', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(340_400)).toBe('340 KB')
    expect(formatBytes(12_480_000)).toBe('12.5 MB')
  })
})

describe('near me', () => {
  const here: LngLat = [119.9, 31.0]

  it('measures distance like turf (1° of latitude ≈ 111.2 km)', () => {
    expect(distanceM([120, 30], [120, 31])).toBeCloseTo(111_195, -1)
  })

  it('names the eight directions in Chinese-ready sectors', () => {
    expect(compassPoint(bearingDeg(here, [119.9, 31.1]))).toBe('N')
    expect(compassPoint(bearingDeg(here, [120.0, 31.08]))).toBe('NE')
    expect(compassPoint(bearingDeg(here, [120.0, 31.0]))).toBe('E')
    expect(compassPoint(bearingDeg(here, [119.9, 30.9]))).toBe('S')
    expect(compassPoint(bearingDeg(here, [119.8, 30.92]))).toBe('SW')
    expect(compassPoint(bearingDeg(here, [119.8, 31.0]))).toBe('W')
    expect(compassPoint(337.6)).toBe('N')
    expect(compassPoint(337.4)).toBe('NW')
    expect(() => compassPoint(Number.NaN)).toThrow(/bearing/)
  })

  it('writes metres below a kilometre, kilometres above', () => {
    expect(formatDistance(849.6)).toBe('850 m')
    expect(formatDistance(1234)).toBe('1.2 km')
    expect(formatDistance(23_456)).toBe('23 km')
    expect(() => formatDistance(-1)).toThrow()
  })

  it('orders the nearest first and stops at the limit', () => {
    const mines = [
      { id: 1, at: [119.95, 31.0] as LngLat },
      { id: 2, at: [119.901, 31.0] as LngLat },
      { id: 3, at: [120.5, 31.0] as LngLat },
    ]
    const near = nearestMines(here, mines, 2)
    expect(near.map((n) => n.mine.id)).toEqual([2, 1])
    expect(near[0].compass).toBe('E')
    expect(near[0].distanceM).toBeGreaterThan(90)
    expect(near[0].distanceM).toBeLessThan(100)
  })

  it('tells inside from outside a polygon with a hole', () => {
    const square = (c: LngLat, r: number): LngLat[] => [
      [c[0] - r, c[1] - r],
      [c[0] + r, c[1] - r],
      [c[0] + r, c[1] + r],
      [c[0] - r, c[1] + r],
      [c[0] - r, c[1] - r],
    ]
    const withHole = [[square(here, 0.01), square(here, 0.002)]]
    expect(inMultiPolygon([119.905, 31.0], withHole)).toBe(true)
    expect(inMultiPolygon(here, withHole)).toBe(false)
    expect(inMultiPolygon([119.95, 31.0], withHole)).toBe(false)
    expect(inMultiPolygon(here, null)).toBe(false)
  })
})
