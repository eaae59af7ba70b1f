// The public endpoints: the only API the disclosure map may call.
import { query } from './http'
import type { IsoDate, RegionLevel } from './types'

export const publicApi = {
  health: () => '/api/health',
  regions: (level: 'city' | 'county') => `/api/public/regions${query({ level })}`,
  stats: (level: RegionLevel, asOf: IsoDate) => `/api/public/stats${query({ level, asOf })}`,
  directory: (p: { q?: string; county?: string; city?: string; page?: number; pageSize?: number }) =>
    `/api/public/directory${query(p)}`,
  publicity: (status: 'open' | 'closed' | 'all' = 'all') => `/api/public/publicity${query({ status })}`,
  mapMines: (asOf: IsoDate) => `/api/public/map/mines${query({ asOf })}`,
}
