import { describe, expect, it } from 'vitest'
import { backdateVerdict, DEFAULT_BACKDATE_DAYS } from './backdating'

describe('backdating (two clocks)', () => {
  it('R7: an event dated up to N days back takes effect; one day more waits for the province', () => {
    expect(backdateVerdict('2026-10-31', '2026-11-30', 30)).toEqual({ daysBack: 30, needsApproval: false })
    expect(backdateVerdict('2026-10-30', '2026-11-30', 30)).toEqual({ daysBack: 31, needsApproval: true })
    expect(backdateVerdict('2026-11-30', '2026-11-30', 0)).toEqual({ daysBack: 0, needsApproval: false })
    expect(backdateVerdict('2026-11-29', '2026-11-30', 0).needsApproval).toBe(true)
  })

  it('R7: a removal dated back into 2020 needs approval under the default limit', () => {
    const verdict = backdateVerdict('2020-12-15', '2026-11-30', DEFAULT_BACKDATE_DAYS)
    expect(verdict.needsApproval).toBe(true)
    expect(verdict.daysBack).toBe(2176)
  })
})
