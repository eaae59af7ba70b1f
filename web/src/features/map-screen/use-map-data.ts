// The data a map screen draws for a date: county and city stats and the mines, fetched after the
// date settles; the previous date's data stays on screen while the next loads.
import { classifyRows } from '@zgm/domain'
import { useMemo } from 'react'
import type { IsoDate, StatsResponse, StatsRow } from '../../api/types'
import type { ClassedRow } from '../../map/classing'
import { useDebounced } from '../../state/use-debounced'
import { useJson } from '../../state/use-json'
import type { MapDataSource } from './data-source'

export interface MapData {
  /** The date the shown data is for (lags the slider while loading). */
  shownAsOf: IsoDate | null
  counties: StatsRow[]
  cities: StatsRow[]
  classes: Map<string, ClassedRow>
  mines: ReturnType<MapDataSource['toMines']>
  loading: boolean
  error: Error | null
}

/** `enabled` holds the requests back until the boundary tiles are drawn: the server answers in turn. */
export function useMapData(source: MapDataSource, asOf: IsoDate, enabled = true): MapData {
  const settled = useDebounced(asOf, 220)
  const county = useJson<StatsResponse>(enabled ? source.statsUrl('county', settled) : null)
  const city = useJson<StatsResponse>(enabled ? source.statsUrl('city', settled) : null)
  const minesJson = useJson<unknown>(enabled ? source.minesUrl(settled) : null)
  const counties = county.data?.rows
  const cities = city.data?.rows
  const classes = useMemo(() => classifyRows(counties ?? [], cities ?? []), [counties, cities])
  const mines = useMemo(() => source.toMines(minesJson.data), [source, minesJson.data])
  const shownAsOf =
    county.data?.asOf ??
    (county.dataUrl ? new URL(county.dataUrl, location.origin).searchParams.get('asOf') : null)
  const loading = !enabled || county.loading || city.loading || minesJson.loading || settled !== asOf
  const error = county.error ?? city.error ?? minesJson.error
  return useMemo(
    () => ({ shownAsOf, counties: counties ?? NONE, cities: cities ?? NONE, classes, mines, loading, error }),
    [shownAsOf, counties, cities, classes, mines, loading, error],
  )
}

const NONE: StatsRow[] = []
