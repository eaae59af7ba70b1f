import { describe, expect, it } from 'vitest'
import { en, zh } from './dict'
import { formatArea, formatDate, formatMonth, formatNumber, formatPercent, formatPoints } from './format'
import { translate } from './dict'

describe('formatting', () => {
  it('groups numbers in both languages and shows a dash for missing values', () => {
    expect(formatNumber(12345, 'zh')).toBe('12,345')
    expect(formatNumber(12345, 'en')).toBe('12,345')
    expect(formatNumber(null, 'zh')).toBe('—')
    expect(formatNumber(Number.NaN, 'en')).toBe('—')
  })

  it('formats shares as percents with one decimal by default', () => {
    expect(formatPercent(0.853, 'zh')).toBe('85.3%')
    expect(formatPercent(1, 'en', 0)).toBe('100%')
    expect(formatPercent(null, 'zh')).toBe('—')
  })

  it('writes percentage-point gaps with a sign and the unit of the language', () => {
    expect(formatPoints(-0.032, 'zh')).toBe('−3.2 个百分点')
    expect(formatPoints(0.1, 'en')).toBe('+10.0 pts')
    expect(formatPoints(0, 'en')).toBe('±0.0 pts')
  })

  it('writes dates the way each language does', () => {
    expect(formatDate('2019-06-30', 'zh')).toBe('2019年6月30日')
    expect(formatDate('2019-06-30', 'en')).toBe('30 Jun 2019')
    expect(formatDate('not a date', 'en')).toBe('—')
    expect(formatMonth('2020-03-31', 'zh')).toBe('2020.03')
    expect(formatMonth('2020-03-31', 'en')).toBe('Mar 2020')
  })

  it('writes areas in hectares', () => {
    expect(formatArea(12_345, 'zh')).toBe('1.23 公顷')
    expect(formatArea(1_234_567, 'en')).toBe('123 ha')
  })
})

describe('dictionary', () => {
  it('has the same keys in both languages and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text.trim()).not.toBe('')
  })

  it('fills placeholders', () => {
    expect(translate('zh', 'targetYear', { year: 2019 })).toBe('2019 年目标')
    expect(translate('en', 'shortfall', { n: 3 })).toBe('3 mines short')
  })
})
