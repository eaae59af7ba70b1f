// Statistics of one level as of a date, from the screen's data source (public or staff).
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { IsoDate, RegionLevel } from '../../api/schemas'
import type { MapDataSource } from '../map-screen/data-source'

/** The previous date's rows stay while the next date's load. */
export function useStats(source: MapDataSource, level: RegionLevel, asOf: IsoDate, enabled = true) {
  return useQuery({ ...source.stats(level, asOf), enabled, placeholderData: keepPreviousData })
}
