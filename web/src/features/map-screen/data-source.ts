// Where a map screen gets its data: the public endpoints, or the staff endpoints when signed in.
import type { IsoDate, MapMine, RegionLevel } from '../../api/types'
import type { MapMode } from '../../map/style'

export interface SearchHit {
  id: number
  name: string
  detail: string
  lng?: number
  lat?: number
}

export interface MapDataSource {
  mode: MapMode
  statsUrl(level: RegionLevel, asOf: IsoDate): string
  minesUrl(asOf: IsoDate): string
  /** Mines matching a name, licence number or county name. */
  searchMines(q: string, signal: AbortSignal): Promise<SearchHit[]>
  /** Normalises the mines response (public and staff shapes differ). */
  toMines(body: unknown): MapMine[]
}
