import { describe, expect, it } from 'vitest'
import { RuleError } from '../errors'
import {
  checkYearClosable,
  checkYearOpen,
  closableFromOf,
  figureChanges,
  type AssessedRow,
} from './year-close'

const refusal = (f: () => void) => {
  try {
    f()
  } catch (e) {
    return (e as RuleError).refusal
  }
  throw new Error('not refused')
}

const row = (code: string, over: Partial<AssessedRow> = {}): AssessedRow => ({
  code,
  mandatory: 10,
  inDirectory: 10,
  inDirectoryTotal: 11,
  rate: 1,
  status: 'met',
  shortfall: 0,
  overdue: 0,
  rectifications: 0,
  removals: 0,
  ...over,
})

describe('R7 year close', () => {
  it('R7: a year can be closed from 1 January of the next year, not on its 31 December', () => {
    expect(closableFromOf(2020)).toBe('2021-01-01')
    expect(refusal(() => checkYearClosable(2020, '2020-12-31', null))).toEqual({
      code: 'R7.year_not_over',
      year: 2020,
      closableFrom: '2021-01-01',
    })
    expect(() => checkYearClosable(2020, '2021-01-01', null)).not.toThrow()
  })

  it('R7: a closed year cannot be closed again, nor its targets changed', () => {
    const closedAt = '2021-01-05T02:00:00.000Z'
    expect(refusal(() => checkYearClosable(2020, '2026-11-30', closedAt)).code).toBe('R7.year_closed')
    expect(refusal(() => checkYearOpen(2020, closedAt))).toEqual({
      code: 'R7.year_closed',
      year: 2020,
      closedAt,
    })
    expect(() => checkYearOpen(2021, null)).not.toThrow()
  })

  it('R7: a later removal shows as a restatement of the figures it changes, figure by figure', () => {
    const closed = [row('330522'), row('330521')]
    const now = [
      row('330522', {
        inDirectory: 9,
        inDirectoryTotal: 10,
        rate: 0.9,
        status: 'behind',
        shortfall: 1,
        removals: 1,
      }),
      row('330521'),
    ]
    expect(figureChanges(closed, now)).toEqual([
      { code: '330522', figure: 'inDirectory', closed: 10, now: 9 },
      { code: '330522', figure: 'inDirectoryTotal', closed: 11, now: 10 },
      { code: '330522', figure: 'rate', closed: 1, now: 0.9 },
      { code: '330522', figure: 'status', closed: 'met', now: 'behind' },
      { code: '330522', figure: 'shortfall', closed: 0, now: 1 },
      { code: '330522', figure: 'removals', closed: 0, now: 1 },
    ])
    expect(figureChanges(closed, closed)).toEqual([])
  })
})
