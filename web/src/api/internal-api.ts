// Endpoints for signed-in staff. Never imported by the public route.
import { query } from './http'
import type { IsoDate, RegionLevel } from './types'

export const internalApi = {
  me: () => '/api/auth/me',
  login: () => '/api/auth/login',
  logout: () => '/api/auth/logout',
  stats: (level: RegionLevel, asOf: IsoDate) => `/api/stats${query({ level, asOf })}`,
  mapMines: (asOf: IsoDate) => `/api/map/mines${query({ asOf })}`,
  mines: (p: {
    q?: string
    county?: string
    city?: string
    state?: string
    page?: number
    pageSize?: number
    sort?: string
  }) => `/api/mines${query(p)}`,
  mine: (id: number) => `/api/mines/${id}`,
  mineAreas: (id: number) => `/api/mines/${id}/areas`,
  alerts: (asOf: IsoDate, region?: string) => `/api/alerts${query({ asOf, region })}`,
}
