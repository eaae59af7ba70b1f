// Entry rates over time: city rows at quarter ends through 2020 and year ends after (plus today),
// fetched two at a time once the map's own data is in, since they are secondary. Province figures
// are the sums of the city rows (cities partition the province).
import { useEffect, useState } from 'react'
import { getJson } from '../../api/http'
import type { IsoDate, StatsResponse, StatsRow } from '../../api/types'
import { todayIso } from '../../state/dates'
import type { MapDataSource } from '../map-screen/data-source'

export type StatsSeries = Map<IsoDate, StatsRow[]>

export function seriesDates(today: IsoDate): IsoDate[] {
  const dates: IsoDate[] = []
  for (const y of [2018, 2019, 2020])
    for (const md of ['03-31', '06-30', '09-30', '12-31']) dates.push(`${y}-${md}`)
  for (let y = 2021; `${y}-12-31` < today; y++) dates.push(`${y}-12-31`)
  return [...dates.filter((d) => d < today), today]
}

/** The province row as the sum of its cities. */
export function sumRows(
  rows: readonly StatsRow[],
): Pick<StatsRow, 'mandatory' | 'inDirectory' | 'inDirectoryTotal' | 'rate'> {
  const mandatory = rows.reduce((s, r) => s + r.mandatory, 0)
  const inDirectory = rows.reduce((s, r) => s + r.inDirectory, 0)
  const inDirectoryTotal = rows.reduce((s, r) => s + (r.inDirectoryTotal ?? r.inDirectory), 0)
  return { mandatory, inDirectory, inDirectoryTotal, rate: mandatory > 0 ? inDirectory / mandatory : null }
}

export function useStatsSeries(source: MapDataSource, enabled: boolean): StatsSeries {
  const [series, setSeries] = useState<StatsSeries>(new Map())
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    const queue = seriesDates(todayIso())
    const out: StatsSeries = new Map()
    const worker = async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        try {
          const res = await getJson<StatsResponse>(source.statsUrl('city', d), controller.signal)
          out.set(d, res.rows)
          setSeries(new Map(out))
        } catch {
          if (controller.signal.aborted) return
        }
      }
    }
    void Promise.all([worker(), worker()])
    return () => controller.abort()
  }, [source, enabled])
  return series
}
