import { describe, expect, it } from 'vitest'
import {
  cityCodeOf,
  isCityCode,
  isCountyCode,
  isZhejiangCode,
  PROVINCE_CODE,
  provinceCodeOf,
  regionAt,
  regionContains,
  regionLevelOf,
  regionPrefix,
} from './region-codes'

describe('GB/T 2260 region codes', () => {
  it('reads the level from the trailing zeros', () => {
    expect(regionLevelOf(PROVINCE_CODE)).toBe('province')
    expect(regionLevelOf('330500')).toBe('city')
    expect(regionLevelOf('330522')).toBe('county')
  })

  it('tells Zhejiang city and county codes from anything else', () => {
    expect(isCityCode('330500')).toBe(true)
    expect(isCityCode(PROVINCE_CODE)).toBe(false)
    expect(isCityCode('340100')).toBe(false)
    expect(isCountyCode('330522')).toBe(true)
    expect(isCountyCode('330500')).toBe(false)
    expect(isCountyCode('3305xx')).toBe(false)
    expect(isZhejiangCode('33')).toBe(false)
  })

  it('climbs from a county to its city and province', () => {
    expect(cityCodeOf('330522')).toBe('330500')
    expect(provinceCodeOf('330522')).toBe('330000')
    expect(regionAt('330522', 'county')).toBe('330522')
    expect(regionAt('330522', 'city')).toBe('330500')
    expect(regionAt('330522', 'province')).toBe('330000')
  })

  it('gives the prefix every code inside a region starts with', () => {
    expect(regionPrefix(PROVINCE_CODE)).toBe('33')
    expect(regionPrefix('330500')).toBe('3305')
    expect(regionPrefix('330522')).toBe('330522')
  })

  it.each([
    ['330000', '330522', true],
    ['330000', '330110', true],
    ['330000', '340104', false],
    ['330500', '330522', true],
    ['330500', '330500', true],
    ['330500', '330110', false],
    ['330100', '330110', true],
    ['330522', '330522', true],
    ['330522', '330521', false],
    ['330522', '330500', false],
    ['33', '330522', false],
    ['3305xx', '330522', false],
    ['330000', '', false],
  ])('%s contains %s: %s', (region, code, expected) => {
    expect(regionContains(region, code)).toBe(expected)
  })
})
