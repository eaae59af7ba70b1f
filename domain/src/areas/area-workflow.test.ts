import { describe, expect, it } from 'vitest'
import { allowedAreaEvents, applyAreaEvent, mayFireAreaEvent } from './area-workflow'

describe('R8 area approval cycle', () => {
  it.each([
    ['draft', 'edit', 'draft', 'update'],
    ['rejected', 'edit', 'draft', 'update'],
    ['approved', 'edit', 'draft', 'revise'],
    ['draft', 'submit', 'submitted', 'submit'],
    ['rejected', 'submit', 'submitted', 'submit'],
    ['draft', 'delete', 'draft', 'delete'],
    ['rejected', 'delete', 'rejected', 'delete'],
  ] as const)('R8: a planner may %s --%s--> %s (change %s)', (from, action, approval, change) => {
    expect(applyAreaEvent(from, action, 'planner')).toEqual({ approval, change })
  })

  it.each([
    ['submitted', 'approve', 'approved'],
    ['submitted', 'reject', 'rejected'],
  ] as const)('R8: a bureau decides a submitted area: %s --%s--> %s', (from, action, approval) => {
    expect(applyAreaEvent(from, action, 'county')).toEqual({ approval, change: action })
  })

  it('R8: editing an approved area starts a new draft (revise); the approved version stays in history', () => {
    expect(applyAreaEvent('approved', 'edit', 'enterprise')).toEqual({ approval: 'draft', change: 'revise' })
  })

  it.each([
    ['submitted', 'edit', 'planner'],
    ['submitted', 'delete', 'planner'],
    ['approved', 'delete', 'planner'],
    ['approved', 'submit', 'planner'],
    ['submitted', 'submit', 'planner'],
    ['draft', 'approve', 'county'],
    ['approved', 'approve', 'county'],
    ['rejected', 'reject', 'city'],
  ] as const)('R8: refuses from %s: %s, saying when it is possible', (from, action, role) => {
    expect(() => applyAreaEvent(from, action, role)).toThrow(
      expect.objectContaining({
        code: 'R3.illegal_transition',
        status: 409,
        message: expect.stringMatching(new RegExp(`while the area is "${from}"; allowed from: `)),
        messageZh: expect.stringMatching(/^图斑当前状态为/),
      }),
    )
  })

  it('R8: editors draw and submit, bureaus decide: neither may do the other’s part', () => {
    expect(() => applyAreaEvent('submitted', 'approve', 'planner')).toThrow(
      expect.objectContaining({ code: 'R3.wrong_role', status: 403 }),
    )
    expect(() => applyAreaEvent('draft', 'submit', 'county')).toThrow(
      expect.objectContaining({ code: 'R3.wrong_role' }),
    )
    expect(mayFireAreaEvent('create', 'enterprise')).toBe(true)
    expect(mayFireAreaEvent('create', 'leader')).toBe(false)
    expect(mayFireAreaEvent('approve', 'province')).toBe(true)
  })

  it('R8: lists what a role may do next, for the UI', () => {
    expect(allowedAreaEvents('draft', 'planner')).toEqual(['edit', 'delete', 'submit'])
    expect(allowedAreaEvents('submitted', 'planner')).toEqual([])
    expect(allowedAreaEvents('submitted', 'city')).toEqual(['approve', 'reject'])
    expect(allowedAreaEvents('approved', 'evaluator')).toEqual([])
  })
})
