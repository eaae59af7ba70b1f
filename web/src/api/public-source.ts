// The public data source for map screens: /api/public/* only.
import type { MapDataSource } from '../features/map-screen/data-source'
import { read } from './client'
import { PUBLIC, queryKeys } from './query-keys'

export const publicSource: MapDataSource = {
  mode: 'public',
  scope: PUBLIC,
  stats: (level, asOf) => ({
    queryKey: queryKeys.publicStats(level, asOf),
    queryFn: ({ signal }) => read('/api/public/stats', { params: { query: { level, asOf } }, signal }),
  }),
  mines: (asOf) => ({
    queryKey: queryKeys.publicMapMines(asOf),
    queryFn: ({ signal }) => read('/api/public/map/mines', { params: { query: { asOf } }, signal }),
  }),
  search: (q) => ({
    queryKey: queryKeys.publicMineSearch(q),
    queryFn: async ({ signal }) => {
      const page = await read('/api/public/directory', { params: { query: { q, pageSize: 8 } }, signal })
      return page.items.map((m) => ({
        id: m.id,
        name: m.name,
        detail: `${m.countyName} · ${m.mineral}`,
        lng: m.lng,
        lat: m.lat,
      }))
    },
  }),
}
