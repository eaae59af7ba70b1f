import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { commitmentOf, drawSeed, periodBounds, revealMatches, sha256Hex } from './commit-reveal'

describe('commit-reveal', () => {
  it('R6: sha256Hex agrees with node:crypto on empty, ASCII, Chinese and multi-block input', () => {
    for (const text of ['', 'abc', '长兴县 2026 抽查', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(1000)]) {
      expect(sha256Hex(text), text.slice(0, 10)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    }
  })

  it('R6: a reveal matches only its own commitment', () => {
    const c = commitmentOf('seed-2026-h1')
    expect(revealMatches(c, 'seed-2026-h1')).toBe(true)
    expect(revealMatches(c.toUpperCase(), 'seed-2026-h1')).toBe(true)
    expect(revealMatches(c, 'seed-2026-h1 ')).toBe(false)
    expect(drawSeed('a', 'e1')).not.toBe(drawSeed('a', 'e2'))
  })

  it('R6: periods are a year or a half-year', () => {
    expect(periodBounds('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' })
    expect(periodBounds('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' })
    expect(periodBounds('2026-Q1')).toBeNull()
    expect(periodBounds('26')).toBeNull()
  })
})
