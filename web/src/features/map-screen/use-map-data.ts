// The data a map screen draws for a date: county and city stats and the mines, fetched after the
// date settles. The three arrive as one snapshot, and the previous date's snapshot stays on screen
// while the next loads, so the date label, the map and the cards never disagree.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { queryKeys } from '../../api/query-keys'
import type { IsoDate, MapMine, StatsRow } from '../../api/schemas'
import { classifyRows } from '@zgm/domain'
import type { ClassedRow } from '../../map/classing'
import { useDebounced } from '../../state/use-debounced'
import type { MapDataSource } from './data-source'

export interface MapData {
  /** The date the shown data is for (lags the slider while loading). */
  shownAsOf: IsoDate | null
  counties: StatsRow[]
  cities: StatsRow[]
  classes: Map<string, ClassedRow>
  mines: MapMine[]
  loading: boolean
  error: Error | null
}

/** `enabled` holds the requests back until the boundary tiles are drawn: the server answers in turn. */
export function useMapData(source: MapDataSource, asOf: IsoDate, enabled = true): MapData {
  const settled = useDebounced(asOf, 220)
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: queryKeys.mapData(source.scope, settled),
    // Each part is cached under its own key too, so panels asking for the same figures share them.
    queryFn: async () => {
      const [county, city, mines] = await Promise.all([
        queryClient.fetchQuery(source.stats('county', settled)),
        queryClient.fetchQuery(source.stats('city', settled)),
        queryClient.fetchQuery(source.mines(settled)),
      ])
      return { asOf: settled, counties: county.rows, cities: city.rows, mines }
    },
    placeholderData: keepPreviousData,
    enabled,
  })
  const snapshot = query.data
  const classes = useMemo(
    () => classifyRows(snapshot?.counties ?? NONE, snapshot?.cities ?? NONE),
    [snapshot],
  )
  const loading = !enabled || query.isFetching || settled !== asOf
  const error = query.error
  return useMemo(
    () => ({
      shownAsOf: snapshot?.asOf ?? null,
      counties: snapshot?.counties ?? NONE,
      cities: snapshot?.cities ?? NONE,
      classes,
      mines: snapshot?.mines ?? NO_MINES,
      loading,
      error,
    }),
    [snapshot, classes, loading, error],
  )
}

const NONE: StatsRow[] = []
const NO_MINES: MapMine[] = []
