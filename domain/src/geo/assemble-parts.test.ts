import { describe, expect, it } from 'vitest'
import type { LngLat, Ring } from './coords'
import { assembleParts, ringsOf } from './assemble-parts'

const box = ([x, y]: LngLat, s: number): Ring => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
]

describe('assembleParts (drawn rings to a MultiPolygon)', () => {
  it('R8: a ring inside another is its hole; rings apart are parts; the order drawn does not matter', () => {
    const outer = box([119.9, 31.0], 0.002)
    const hole = box([119.9005, 31.0005], 0.0005)
    const apart = box([119.91, 31.0], 0.001)
    expect(assembleParts([hole, apart, outer])).toEqual([[outer, hole], [apart]])
    expect(ringsOf(assembleParts([outer, hole, apart]))).toHaveLength(3)
  })

  it('R8: a ring only partly inside another stays a part (the checks then report the overlap)', () => {
    const outer = box([119.9, 31.0], 0.002)
    const across = box([119.901, 31.001], 0.002)
    expect(assembleParts([outer, across])).toHaveLength(2)
  })
})
