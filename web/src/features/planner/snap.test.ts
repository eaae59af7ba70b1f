import { describe, expect, it } from 'vitest'
import { snapTarget, snapVertices } from './snap'

// 1 pixel per 0.0001°.
const project = (lng: number, lat: number) => ({ x: lng * 10_000, y: -lat * 10_000 })

describe('snapping to the footprint and other areas', () => {
  const vertices = snapVertices([
    [
      [
        [119.9, 31.0],
        [119.901, 31.0],
        [119.901, 31.001],
        [119.9, 31.0],
      ],
    ],
  ])

  it('offers each vertex once (the closing position is the first)', () => {
    expect(vertices).toHaveLength(3)
  })

  it('snaps to the nearest vertex within the pixel radius, and not beyond it', () => {
    expect(snapTarget({ x: 1_199_010 + 4, y: -310_000 + 3 }, vertices, project)).toEqual([119.901, 31.0])
    expect(snapTarget({ x: 1_199_010 + 40, y: -310_000 }, vertices, project)).toBeUndefined()
  })
})
