// Mines aggregated for the far-out map: one circle per county (or per city further out) at the
// mean position of its mines, so a phone showing the whole province sees the county shading, not
// 600 dots.
import { cityCodeOf } from '@zgm/domain'
import type { MapMine } from '../api/schemas'

/** Below this zoom (a phone showing the province) mines are counted per city, above it per county. */
export const CITY_CLUSTER_MAX_ZOOM = 6.6

export interface MineCluster {
  /** The county's code, or the city's when counted per city. */
  regionCode: string
  count: number
  position: [lng: number, lat: number]
}

export function countyClusters(mines: readonly MapMine[], perCity = false): MineCluster[] {
  const acc = new Map<string, { n: number; lng: number; lat: number }>()
  for (const m of mines) {
    const key = perCity ? cityCodeOf(m.countyCode) : m.countyCode
    const a = acc.get(key) ?? { n: 0, lng: 0, lat: 0 }
    acc.set(key, { n: a.n + 1, lng: a.lng + m.lng, lat: a.lat + m.lat })
  }
  return [...acc].map(([regionCode, a]) => ({
    regionCode,
    count: a.n,
    position: [a.lng / a.n, a.lat / a.n],
  }))
}

/** Circle radius in pixels: area grows with the count, bounded so the shading around stays visible. */
export const clusterRadius = (count: number, perCity = false) =>
  perCity ? Math.min(14, 6 + Math.sqrt(count) * 0.8) : Math.min(12, 5 + Math.sqrt(count) * 1.1)
