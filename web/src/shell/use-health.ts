import { useHealth as useHealthQuery } from '../api/public-queries'
import type { Health } from '../api/schemas'

/** /api/health: whether the data is demo data, and the optional basemap configuration. */
export function useHealth(): Health | undefined {
  return useHealthQuery().data
}

export function tiandituKeyOf(health: Health | undefined): string | null {
  return health?.basemap?.tiandituKey || null
}
