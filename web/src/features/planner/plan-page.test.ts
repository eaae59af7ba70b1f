import { describe, expect, it } from 'vitest'
import { planPageOf } from './plan-page'

describe("the planner's addresses", () => {
  it('reads an area, a new area of a kind for a mine, and anything else as the start page', () => {
    expect(planPageOf('/plan/areas/42')).toEqual({ page: 'area', id: 42 })
    expect(planPageOf('/plan/mines/7/new/reclamation')).toEqual({
      page: 'new',
      mineId: 7,
      kind: 'reclamation',
    })
    expect(planPageOf('/plan/mines/7/new/footprint')).toEqual({ page: 'home' })
    expect(planPageOf('/plan/areas/abc')).toEqual({ page: 'home' })
    expect(planPageOf('/plan')).toEqual({ page: 'home' })
  })
})
