import { describe, expect, it } from 'vitest'
import { validityRefusal } from './validity-reason'

describe('validityRefusal turns PostGIS reasons into codes with a position', () => {
  it.each([
    ['Self-intersection[120.041 30.949]', { code: 'geometry_self_intersection', at: [120.041, 30.949] }],
    ['Ring Self-intersection[119.9 31]', { code: 'geometry_ring_self_intersection', at: [119.9, 31] }],
    ['Hole lies outside shell[119.95 30.95]', { code: 'geometry_hole_outside_shell', at: [119.95, 30.95] }],
    ['Nested holes[1 2]', { code: 'geometry_nested_holes', at: [1, 2] }],
    ['Nested shells[-1.5e-3 2]', { code: 'geometry_nested_shells', at: [-0.0015, 2] }],
    ['Interior is disconnected[3 4]', { code: 'geometry_interior_disconnected', at: [3, 4] }],
    ['Too few points in geometry component[5 6]', { code: 'geometry_too_few_points', at: [5, 6] }],
    ['Duplicate Rings[7 8]', { code: 'geometry_invalid', at: [7, 8] }],
    ['Something new', { code: 'geometry_invalid' }],
  ])('%s', (reason, refusal) => {
    expect(validityRefusal(reason)).toEqual(refusal)
  })
})
