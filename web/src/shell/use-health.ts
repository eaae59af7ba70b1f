import type { Health } from '../api/types'
import { publicApi } from '../api/public-api'
import { useJson } from '../state/use-json'

/** /api/health: whether the data is demo data, and the optional basemap configuration. */
export function useHealth(): Health | undefined {
  return useJson<Health>(publicApi.health()).data
}

export function tiandituKeyOf(health: Health | undefined): string | null {
  return health?.basemap?.tiandituKey || null
}
