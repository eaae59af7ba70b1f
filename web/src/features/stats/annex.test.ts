import { describe, expect, it } from 'vitest'
import { ANNEX } from './annex'

describe('annex targets bundled from data/targets', () => {
  it('holds the 11 cities whose 2018 targets add up to the province-wide 180', () => {
    expect(ANNEX).toHaveLength(11)
    expect(ANNEX.reduce((sum, r) => sum + r.targetCount2018, 0)).toBe(180)
    expect(ANNEX.find((r) => r.cityCode === '330500')).toMatchObject({
      cityName: '湖州市',
      targetCount2018: 12,
      targetRate2019: 0.85,
      targetRate2020: 1,
    })
  })
})
