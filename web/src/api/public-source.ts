// The public data source for map screens: /api/public/* only.
import type { MapDataSource } from '../features/map-screen/data-source'
import { getJson } from './http'
import { publicApi } from './public-api'
import type { DirectoryItem, MapMine, Page } from './types'

export const publicSource: MapDataSource = {
  mode: 'public',
  statsUrl: (level, asOf) => publicApi.stats(level, asOf),
  minesUrl: (asOf) => publicApi.mapMines(asOf),
  async searchMines(q, signal) {
    const page = await getJson<Page<DirectoryItem>>(publicApi.directory({ q, pageSize: 8 }), signal)
    return page.items.map((m) => ({
      id: m.id,
      name: m.name,
      detail: `${m.countyName} · ${m.mineral}`,
      lng: m.lng,
      lat: m.lat,
    }))
  },
  toMines: (body) => asArray<MapMine>(body),
}

/** Lists come bare or wrapped in { items }. */
export function asArray<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[]
  const items = (body as { items?: unknown } | null)?.items
  return Array.isArray(items) ? (items as T[]) : []
}
