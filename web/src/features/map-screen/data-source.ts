// Where a map screen gets its data: the public endpoints, or the staff endpoints when signed in.
// Each method names a query (its cache key and how to fetch it) for useQuery and friends.
import type { QueryKey } from '@tanstack/react-query'
import type { IsoDate, MapMine, RegionLevel, StatsResponse } from '../../api/schemas'
import type { MapMode } from '../../map/style'

export interface SearchHit {
  id: number
  name: string
  detail: string
  lng?: number
  lat?: number
}

/** A query as useQuery takes it. */
export interface DataQuery<T> {
  queryKey: QueryKey
  queryFn(context: { signal: AbortSignal }): Promise<T>
}

export interface MapDataSource {
  mode: MapMode
  /** The key prefix of everything this source fetches (public, or the signed-in user's). */
  scope: readonly string[]
  stats(level: RegionLevel, asOf: IsoDate): DataQuery<StatsResponse>
  mines(asOf: IsoDate): DataQuery<MapMine[]>
  /** Mines matching a name, licence number or county name. */
  search(q: string): DataQuery<SearchHit[]>
}
