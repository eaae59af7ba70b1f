import { describe, expect, it } from 'vitest'
import { checkIndustryStandard } from './industry-standard'

const SAND = 'DZ/T 0316-2018'

describe('R3.4 industry standard', () => {
  it("R3.4: the verification must name the mine's own norm; a non-conforming mine cannot pass", () => {
    expect(checkIndustryStandard(SAND, { code: SAND, conforms: true }, undefined)).toBe(true)
    expect(checkIndustryStandard(SAND, { code: SAND, conforms: false }, undefined)).toBe(false)
    expect(checkIndustryStandard(SAND, { code: SAND, conforms: false }, 'fail')).toBe(false)
    expect(() => checkIndustryStandard(SAND, { code: SAND, conforms: false }, 'pass')).toThrow(
      expect.objectContaining({ code: 'R3.4.standard_not_met' }),
    )
    expect(() => checkIndustryStandard(SAND, { code: 'DZ/T 0318-2018', conforms: true }, undefined)).toThrow(
      expect.objectContaining({ code: 'R3.4.wrong_standard' }),
    )
    expect(() => checkIndustryStandard(SAND, undefined, undefined)).toThrow(
      expect.objectContaining({ code: 'R3.4.wrong_standard' }),
    )
    expect(() => checkIndustryStandard(null, { code: SAND, conforms: true }, undefined)).toThrow(
      expect.objectContaining({ code: 'R3.4.wrong_standard' }),
    )
  })
})
