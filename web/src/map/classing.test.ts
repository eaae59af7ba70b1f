import { describe, expect, it } from 'vitest'
import { median } from './classing'

describe('median', () => {
  it('ignores missing values and averages the middle pair', () => {
    expect(median([0.5, null, 0.9, 0.7])).toBeCloseTo(0.7)
    expect(median([0.2, 0.4, 0.6, 0.8])).toBeCloseTo(0.5)
    expect(median([])).toBeNull()
  })
})
