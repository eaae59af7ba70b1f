import { describe, expect, it } from 'vitest'
import type { StatsRow } from '../../api/schemas'
import { pipelineBars } from './pipeline'
import { seriesDates, sumRows } from '../stats/use-stats-series'

describe('pipeline bars', () => {
  it('follows 自评 → 选定评估机构 → 核查 → 公示 → 市级上报 → 省级公示 → 入库 and sums county publicity with archiving', () => {
    const bars = pipelineBars(
      { self_assessed: 4, county_publicity: 2, county_archived: 3, in_directory: 50, rectifying: 1 },
      'zh',
    )
    expect(bars.map((b) => b.label)).toEqual([
      '建设中',
      '自评',
      '选定评估机构',
      '核查通过',
      '县级公示',
      '市级上报',
      '省级公示',
      '入库',
      '核查未通过',
      '整改中',
      '除名',
    ])
    expect(bars.find((b) => b.label === '县级公示')!.value).toBe(5)
    expect(bars.find((b) => b.label === '整改中')!.value).toBe(1)
    expect(bars.find((b) => b.label === '建设中')!.value).toBe(0)
  })
})

describe('trend sample dates', () => {
  it('takes quarter ends through 2020, year ends after, and ends today', () => {
    const dates = seriesDates('2022-05-01')
    expect(dates.slice(0, 4)).toEqual(['2018-03-31', '2018-06-30', '2018-09-30', '2018-12-31'])
    expect(dates.slice(-3)).toEqual(['2020-12-31', '2021-12-31', '2022-05-01'])
    expect(seriesDates('2019-02-01')).toEqual([
      '2018-03-31',
      '2018-06-30',
      '2018-09-30',
      '2018-12-31',
      '2019-02-01',
    ])
  })

  it('sums city rows into the province figures', () => {
    const row = (mandatory: number, inDirectory: number, inDirectoryTotal: number) =>
      ({ mandatory, inDirectory, inDirectoryTotal }) as StatsRow
    expect(sumRows([row(10, 5, 6), row(30, 25, 25)])).toEqual({
      mandatory: 40,
      inDirectory: 30,
      inDirectoryTotal: 31,
      rate: 0.75,
    })
    expect(sumRows([]).rate).toBeNull()
  })
})
