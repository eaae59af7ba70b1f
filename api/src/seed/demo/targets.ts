// §5.2 分解任务指标: each city splits its targets over its counties: the 2018 count by the counties'
// 应建 mines (largest remainder), and the 2019/2020 rates (Huzhou, the demonstration zone, asks more).
// After the action the province keeps its end-2020 goal, every 应建 mine in the directory: each city
// carries a 100 % rate to its counties every January (docs/rules.md, decision D-present-targets).
import { splitTargetCount, type AnnexRow } from '@zgm/domain'
import { DEMO_CITY, type Builder } from './builder'
import { workingDayBetween } from './calendar'
import { isMandatoryAt } from './plan'
import { laterYears } from './schedule'

export function addCountyTargets(b: Builder, annex: readonly AnnexRow[]): void {
  const rng = b.rng.fork('targets')
  for (const city of annex) {
    const counties = [
      ...new Set(b.mines.filter((m) => m.cityCode === city.cityCode).map((m) => m.row.county_code)),
    ].sort()
    const mandatory = (code: string, on: string) =>
      b.mines.filter((m) => m.row.county_code === code && isMandatoryAt(m, on)).length
    const setBy = b.actorFor('city', city.cityCode)
    const set2018 = workingDayBetween(rng, '2018-03-05', '2018-03-30')
    const set2019 = workingDayBetween(rng, '2019-01-14', '2019-02-01')
    const set2020 = workingDayBetween(rng, '2020-01-13', '2020-01-23')
    const shares = splitTargetCount(
      city.targetCount2018,
      counties.map((countyCode) => ({ countyCode, mandatory: mandatory(countyCode, set2018) })),
    )
    for (const share of shares) {
      b.tables.target.push({
        year: 2018,
        region_code: share.countyCode,
        kind: 'count',
        value: share.target,
        source: 'city',
        set_by: setBy,
        set_on: set2018,
      })
    }
    for (const countyCode of counties) {
      const rate2019 = city.cityCode === DEMO_CITY ? 0.9 : rng.chance(0.2) ? 0.9 : city.targetRate2019
      b.tables.target.push({
        year: 2019,
        region_code: countyCode,
        kind: 'rate',
        value: rate2019,
        source: 'city',
        set_by: setBy,
        set_on: set2019,
      })
      b.tables.target.push({
        year: 2020,
        region_code: countyCode,
        kind: 'rate',
        value: city.targetRate2020,
        source: 'city',
        set_by: setBy,
        set_on: set2020,
      })
    }
    for (const year of laterYears(b.today)) {
      const setOn = workingDayBetween(rng, `${year}-01-11`, `${year}-01-29`)
      if (setOn >= b.today) continue
      for (const countyCode of counties) {
        b.tables.target.push({
          year,
          region_code: countyCode,
          kind: 'rate',
          value: 1,
          source: 'city',
          set_by: setBy,
          set_on: setOn,
        })
      }
    }
  }
}
