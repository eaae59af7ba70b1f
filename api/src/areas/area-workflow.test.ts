import { describe, expect, it } from 'vitest'
import { transition } from './area-workflow'

describe('area approval cycle', () => {
  it.each([
    ['draft', 'edit', 'draft', 'update'],
    ['rejected', 'edit', 'draft', 'update'],
    ['approved', 'edit', 'draft', 'revise'],
    ['draft', 'submit', 'submitted', 'submit'],
    ['rejected', 'submit', 'submitted', 'submit'],
    ['submitted', 'approve', 'approved', 'approve'],
    ['submitted', 'reject', 'rejected', 'reject'],
    ['draft', 'delete', 'draft', 'delete'],
    ['rejected', 'delete', 'rejected', 'delete'],
  ] as const)('%s --%s--> %s (change %s)', (from, action, approval, change) => {
    expect(transition(from, action)).toEqual({ ok: true, approval, change })
  })

  it.each([
    ['submitted', 'edit'],
    ['submitted', 'delete'],
    ['approved', 'delete'],
    ['approved', 'submit'],
    ['submitted', 'submit'],
    ['draft', 'approve'],
    ['approved', 'approve'],
    ['rejected', 'reject'],
  ] as const)('refuses from %s: %s, saying when it is possible', (from, action) => {
    const result = transition(from, action)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.message).toMatch(new RegExp(`cannot ${action} an area that is ${from}; .* possible when`))
  })
})
