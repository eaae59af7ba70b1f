// The staff data source for map screens (signed in).
import type { MapDataSource } from '../features/map-screen/data-source'
import { getJson } from './http'
import { internalApi } from './internal-api'
import { asArray } from './public-source'
import type { MapMine, Page } from './types'

interface MineListItem {
  id: number
  name: string
  licenceNo?: string
  countyName?: string
  countyCode?: string
  mineral?: string
  lng?: number
  lat?: number
}

export const internalSource: MapDataSource = {
  mode: 'internal',
  statsUrl: (level, asOf) => internalApi.stats(level, asOf),
  minesUrl: (asOf) => internalApi.mapMines(asOf),
  async searchMines(q, signal) {
    const page = await getJson<Page<MineListItem>>(internalApi.mines({ q, pageSize: 8 }), signal)
    return page.items.map((m) => ({
      id: m.id,
      name: m.name,
      detail: [m.countyName, m.licenceNo, m.mineral].filter(Boolean).join(' · '),
      lng: m.lng,
      lat: m.lat,
    }))
  },
  toMines: (body) => asArray<MapMine>(body),
}
