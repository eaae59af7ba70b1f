import { describe, expect, it } from 'vitest'
import {
  drawSpotCheck,
  replaySpotCheckDraw,
  verifySpotCheckDraw,
  type SpotCheckInput,
} from './spot-check-draw'
import { isRectificationOverdue, rectificationDeadline } from './rectification'

const mines = Array.from({ length: 40 }, (_, i) => `mine-${String(i + 1).padStart(3, '0')}`)
const inspectors = Array.from({ length: 12 }, (_, i) => `insp-${i + 1}`)
const base: SpotCheckInput = {
  seed: '2019-Q3-湖州',
  drawnOn: '2019-07-01',
  populationIds: mines,
  inspectorIds: inspectors,
  size: { ratio: 0.1 },
}

describe('R6 spot-check draw (双随机、一公开)', () => {
  it('R6: the same seed gives the same draw, whatever the order of the lists', () => {
    const a = drawSpotCheck(base)
    const b = drawSpotCheck({
      ...base,
      populationIds: [...mines].reverse(),
      inspectorIds: [...inspectors].reverse(),
    })
    expect(b).toEqual(a)
    expect(a.assignments).toHaveLength(4)
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
  })

  it('R6: a different seed gives a different draw', () => {
    const a = drawSpotCheck(base)
    const b = drawSpotCheck({ ...base, seed: '2019-Q3-湖州-2' })
    expect(b.assignments.map((x) => x.mineId)).not.toEqual(a.assignments.map((x) => x.mineId))
  })

  it('R6: each drawn mine gets at least two distinct inspectors, none with a conflict', () => {
    const first = drawSpotCheck(base).assignments[0]?.mineId ?? ''
    // Conflict every inspector but three with the first drawn mine.
    const dealings = inspectors
      .slice(3)
      .map((partyId) => ({ partyId, mineId: first, kind: 'business' as const, on: '2019-01-01' }))
    const draw = drawSpotCheck({ ...base, dealings })
    for (const a of draw.assignments) {
      expect(a.inspectorIds).toHaveLength(2)
      expect(new Set(a.inspectorIds).size).toBe(2)
    }
    const forFirst = draw.assignments.find((a) => a.mineId === first)?.inspectorIds ?? []
    expect(forFirst.every((id) => ['insp-1', 'insp-2', 'insp-3'].includes(id))).toBe(true)
    expect(draw.conflicts).toHaveLength(9)
  })

  it('R6: a stored draw can be replayed and verified; a tampered one fails', () => {
    const draw = drawSpotCheck(base)
    expect(replaySpotCheckDraw(draw)).toEqual(draw)
    expect(verifySpotCheckDraw(draw)).toBe(true)
    const tampered = {
      ...draw,
      assignments: [{ mineId: 'mine-001', inspectorIds: ['insp-1', 'insp-2'] }, ...draw.assignments.slice(1)],
    }
    expect(verifySpotCheckDraw(tampered)).toBe(false)
  })

  it('R6: sizes, too few inspectors and bad input are refused', () => {
    expect(drawSpotCheck({ ...base, size: { count: 7 } }).assignments).toHaveLength(7)
    expect(drawSpotCheck({ ...base, size: { ratio: 1 } }).assignments).toHaveLength(40)
    expect(() => drawSpotCheck({ ...base, size: { count: 41 } })).toThrow(
      expect.objectContaining({ code: 'R6.invalid_draw' }),
    )
    expect(() => drawSpotCheck({ ...base, size: { ratio: 0 } })).toThrow(
      expect.objectContaining({ code: 'R6.invalid_draw' }),
    )
    expect(() => drawSpotCheck({ ...base, inspectorsPerMine: 1 })).toThrow(
      expect.objectContaining({ code: 'R6.invalid_draw' }),
    )
    expect(() => drawSpotCheck({ ...base, inspectorIds: ['insp-1'] })).toThrow(
      expect.objectContaining({ code: 'R6.not_enough_inspectors' }),
    )
  })
})

describe('R6 rectification', () => {
  it('R6: the default deadline is 3 months; a given deadline must be after the order', () => {
    expect(rectificationDeadline('2019-11-30')).toBe('2020-02-29')
    expect(rectificationDeadline('2019-09-10', '2019-10-31')).toBe('2019-10-31')
    expect(() => rectificationDeadline('2019-09-10', '2019-09-10')).toThrow(
      expect.objectContaining({ code: 'R6.invalid_deadline' }),
    )
  })

  it('R6: a rectification is overdue after its deadline until it is re-checked', () => {
    expect(isRectificationOverdue('2019-12-10', '2019-12-10')).toBe(false)
    expect(isRectificationOverdue('2019-12-10', '2019-12-11')).toBe(true)
    expect(isRectificationOverdue('2019-12-10', '2019-12-11', '2019-12-11')).toBe(false)
  })
})
