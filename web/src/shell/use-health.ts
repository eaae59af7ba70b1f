import { useHealth as useHealthQuery } from '../api/public-queries'
import type { Health } from '../api/schemas'

/** /api/health: whether the data is demo data, and the optional basemap configuration. */
export function useHealth(): Health | undefined {
  return useHealthQuery().data
}

export function tiandituKeyOf(health: Health | undefined): string | null {
  return health?.basemap?.tiandituKey || null
}

/** Demo data ends with its history (2020): open the map there rather than at today's date. */
export function defaultAsOfOf(health: Health | undefined): string | undefined {
  return health?.demo && health.dataThrough ? health.dataThrough : undefined
}
