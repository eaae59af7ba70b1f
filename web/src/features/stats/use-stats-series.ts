// Entry rates over time: city rows at quarter ends through 2020 and year ends after (plus today),
// fetched two at a time once the map's own data is in, since they are secondary. Province figures
// are the sums of the city rows (cities partition the province).
import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { IsoDate, StatsRow } from '../../api/schemas'
import { todayIso } from '../../state/dates'
import type { MapDataSource } from '../map-screen/data-source'

export type StatsSeries = Map<IsoDate, StatsRow[]>

/** At most this many series requests are in flight at once. */
const IN_FLIGHT = 2

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
  const inDirectoryTotal = rows.reduce((s, r) => s + r.inDirectoryTotal, 0)
  return { mandatory, inDirectory, inDirectoryTotal, rate: mandatory > 0 ? inDirectory / mandatory : null }
}

export function useStatsSeries(source: MapDataSource, enabled: boolean): StatsSeries {
  const queryClient = useQueryClient()
  const dates = useMemo(() => seriesDates(todayIso()), [])
  const queries = dates.map((d) => source.stats('city', d))
  // Each finished date lets the next one start; cached dates count as finished at once.
  const finished = queries.filter((q) => {
    const status = queryClient.getQueryState(q.queryKey)?.status
    return status === 'success' || status === 'error'
  }).length
  const combine = useCallback(
    (results: { data?: { rows: StatsRow[] } }[]) => {
      const series: StatsSeries = new Map()
      results.forEach((r, i) => r.data && series.set(dates[i]!, r.data.rows))
      return series
    },
    [dates],
  )
  return useQueries({
    queries: queries.map((q, i) => ({ ...q, enabled: enabled && i < finished + IN_FLIGHT })),
    combine,
  })
}
