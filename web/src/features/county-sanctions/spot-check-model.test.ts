import { revealMatches } from '@zgm/domain'
import { describe, expect, it } from 'vitest'
import type { PublicDraw, SpotCheckResult } from './sanctions-queries'
import { drawsFor, halfYearOf, newSeed, rectificationOrders, seedFile, seedHashOf } from './spot-check-model'

const result = (over: Partial<SpotCheckResult>): SpotCheckResult => ({
  mineId: 1,
  mineName: '甲矿',
  checkedOn: '2026-09-01',
  result: 'declined',
  rectificationDeadline: '2026-12-10',
  recheckOn: null,
  recheckPassed: null,
  removed: false,
  ...over,
})
const draw = (id: number, regionCode: string, results: SpotCheckResult[] = []) =>
  ({ id, regionCode, results }) as unknown as PublicDraw

describe('the seed', () => {
  it('is 32 random bytes as hex, and only its hash is the commitment the server checks', () => {
    const seed = newSeed()
    expect(seed).toMatch(/^[0-9a-f]{64}$/)
    expect(newSeed()).not.toBe(seed)
    const hash = seedHashOf(seed)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(seed)
    expect(revealMatches(hash, seed)).toBe(true)
    expect(revealMatches(hash, `${seed} `)).toBe(false)
  })

  it('goes into a file that names the region, the period, the seed and its hash', () => {
    const text = seedFile({ regionCode: '330522', period: '2026-H2', seed: 'ab', seedHash: 'cd' })
    expect(text).toContain('330522 2026-H2')
    expect(text).toContain('seed=ab\n')
    expect(text).toContain('sha256=cd\n')
  })
})

describe('periods and draws', () => {
  it('names the half-year of a date', () => {
    expect(halfYearOf('2026-06-30')).toBe('2026-H1')
    expect(halfYearOf('2026-07-01')).toBe('2026-H2')
  })

  it("keeps the county's own draws and those of the regions holding it, never a neighbour's", () => {
    const all = [
      draw(1, '330522'),
      draw(2, '330500'),
      draw(3, '330000'),
      draw(4, '330521'),
      draw(5, '330100'),
    ]
    expect(drawsFor(all, '330522').map((d) => d.id)).toEqual([1, 2, 3])
  })
})

describe('rectification orders', () => {
  const mines = new Set([1, 2, 3, 4])
  const draws = [
    draw(10, '330500', [
      result({ mineId: 1, rectificationDeadline: '2026-12-10' }),
      result({ mineId: 2, rectificationDeadline: '2026-11-20' }),
      result({ mineId: 3, recheckOn: '2026-11-01', recheckPassed: false }),
      result({ mineId: 4, result: 'pass', rectificationDeadline: null }),
      result({ mineId: 99, rectificationDeadline: '2026-12-01' }),
    ]),
  ]

  it("lists the county's declined checks, open first by deadline, with days left or overdue", () => {
    const orders = rectificationOrders(draws, mines, '2026-11-30')
    expect(orders.map((o) => [o.result.mineId, o.stage, o.daysLeft])).toEqual([
      [2, 'open', -10],
      [1, 'open', 10],
      [3, 'removal_proposed', null],
    ])
  })
})
