import { describe, expect, it } from 'vitest'
import type { StatsRow } from '../../api/schemas'
import { HUZHOU_COUNTIES, inHuzhou, mineGroupCounts, provincialCountyMedian } from './huzhou'

describe('Huzhou demonstration zone', () => {
  it('has the five 2017 county-level units', () => {
    expect(HUZHOU_COUNTIES).toEqual(['330502', '330503', '330521', '330522', '330523'])
    expect(inHuzhou('330523')).toBe(true)
    expect(inHuzhou('330602')).toBe(false)
  })

  it('takes the provincial median over counties that have 应建 mines', () => {
    const row = (rate: number | null, mandatory: number) => ({ rate, mandatory }) as StatsRow
    expect(provincialCountyMedian([row(0.2, 5), row(0.6, 5), row(null, 0), row(1, 3)])).toBeCloseTo(0.6)
  })

  it('counts mines by state group', () => {
    const counts = mineGroupCounts([
      { id: 1, name: 'a', lng: 0, lat: 0, countyCode: '330522', greenState: 'in_directory' },
      { id: 2, name: 'b', lng: 0, lat: 0, countyCode: '330522', greenState: 'rectifying' },
      { id: 3, name: 'c', lng: 0, lat: 0, countyCode: '330522', greenState: 'county_publicity' },
    ])
    expect(counts).toMatchObject({ directory: 1, rectifying: 1, publicity: 1, building: 0 })
  })
})
