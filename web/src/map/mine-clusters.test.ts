import { describe, expect, it } from 'vitest'
import type { MapMine } from '../api/schemas'
import { clusterRadius, countyClusters } from './mine-clusters'

const mine = (id: number, countyCode: string, lng: number, lat: number) =>
  ({
    id,
    name: `m${id}`,
    lng,
    lat,
    countyCode,
    greenState: 'building',
    opsStatus: 'suspended',
    mandatory: true,
  }) as MapMine

describe('county clusters', () => {
  it('counts the mines of each county at their mean position', () => {
    const clusters = countyClusters([
      mine(1, '330522', 119.9, 31.0),
      mine(2, '330522', 120.1, 31.2),
      mine(3, '330523', 119.6, 30.6),
    ])
    expect(clusters).toEqual([
      { regionCode: '330522', count: 2, position: [120, 31.1] },
      { regionCode: '330523', count: 1, position: [119.6, 30.6] },
    ])
  })
  it('counts per city further out', () => {
    const clusters = countyClusters([mine(1, '330522', 119.9, 31.0), mine(3, '330523', 119.6, 30.6)], true)
    expect(clusters.map((c) => [c.regionCode, c.count])).toEqual([['330500', 2]])
  })
  it('keeps circles between a legible and a modest size', () => {
    expect(clusterRadius(1)).toBeGreaterThan(6)
    expect(clusterRadius(60)).toBeLessThanOrEqual(12)
    expect(clusterRadius(120, true)).toBeLessThanOrEqual(14)
  })
})
