// The staff data source for map screens (signed in). Never imported by the public route.
import type { MapDataSource } from '../features/map-screen/data-source'
import { read } from './client'
import { STAFF, queryKeys } from './query-keys'

export const internalSource: MapDataSource = {
  mode: 'internal',
  scope: STAFF,
  stats: (level, asOf) => ({
    queryKey: queryKeys.stats(level, asOf),
    queryFn: ({ signal }) => read('/api/stats', { params: { query: { level, asOf } }, signal }),
  }),
  mines: (asOf) => ({
    queryKey: queryKeys.mapMines(asOf),
    queryFn: ({ signal }) => read('/api/map/mines', { params: { query: { asOf } }, signal }),
  }),
  search: (q) => ({
    queryKey: queryKeys.mineSearch(q),
    queryFn: async ({ signal }) => {
      const page = await read('/api/mines', { params: { query: { q, pageSize: 8 } }, signal })
      return page.items.map((m) => ({
        id: m.id,
        name: m.name,
        detail: [m.countyName, m.licenceNo, m.mineral].filter(Boolean).join(' · '),
        lng: m.lng,
        lat: m.lat,
      }))
    },
  }),
}
