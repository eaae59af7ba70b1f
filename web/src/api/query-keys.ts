// Every query key in one place. Everything that depends on who is signed in lives under STAFF, so
// that signing in or out drops all of it in one call.
import type { IsoDate, RegionLevel } from './schemas'

export const PUBLIC = ['public'] as const
export const STAFF = ['staff'] as const

export const queryKeys = {
  health: ['health'] as const,
  session: ['session'] as const,
  regions: (level: 'city' | 'county') => ['regions', level] as const,
  outlines: (level: 'city' | 'county') => ['outlines', level] as const,
  /** A map screen's figures for a date, one entry per data scope (public or the signed-in user). */
  mapData: (scope: readonly string[], asOf: IsoDate) => [...scope, 'map-data', asOf] as const,

  publicStats: (level: RegionLevel, asOf: IsoDate) => [...PUBLIC, 'stats', level, asOf] as const,
  publicMapMines: (asOf: IsoDate) => [...PUBLIC, 'map-mines', asOf] as const,
  publicMineSearch: (q: string) => [...PUBLIC, 'mine-search', q] as const,
  directory: (query: { q?: string; county?: string; page?: number; pageSize?: number }) =>
    [...PUBLIC, 'directory', query] as const,
  publicity: (status: 'open' | 'closed' | 'all') => [...PUBLIC, 'publicity', status] as const,
  publicObjections: [...PUBLIC, 'objections'] as const,
  publicBlacklist: [...PUBLIC, 'blacklist'] as const,
  publicSpotChecks: [...PUBLIC, 'spot-checks'] as const,

  stats: (level: RegionLevel, asOf: IsoDate) => [...STAFF, 'stats', level, asOf] as const,
  mapMines: (asOf: IsoDate) => [...STAFF, 'map-mines', asOf] as const,
  mineSearch: (q: string) => [...STAFF, 'mine-search', q] as const,
  mine: (id: number) => [...STAFF, 'mine', id] as const,
  alerts: (asOf: IsoDate, region: string | null) => [...STAFF, 'alerts', asOf, region] as const,
  areaProgress: (region: string, asOf: IsoDate) => [...STAFF, 'area-progress', region, asOf] as const,
}
