// Mines aggregated per county for the far-out map: one circle per county at the mean position of
// its mines, so a phone showing the whole province sees the county shading, not 600 dots.
import type { MapMine } from '../api/schemas'

export interface MineCluster {
  countyCode: string
  count: number
  position: [lng: number, lat: number]
}

export function countyClusters(mines: readonly MapMine[]): MineCluster[] {
  const acc = new Map<string, { n: number; lng: number; lat: number }>()
  for (const m of mines) {
    const a = acc.get(m.countyCode) ?? { n: 0, lng: 0, lat: 0 }
    acc.set(m.countyCode, { n: a.n + 1, lng: a.lng + m.lng, lat: a.lat + m.lat })
  }
  return [...acc].map(([countyCode, a]) => ({
    countyCode,
    count: a.n,
    position: [a.lng / a.n, a.lat / a.n],
  }))
}

/** Circle radius in pixels: area grows with the count, bounded so small counties stay legible. */
export const clusterRadius = (count: number) => Math.min(16, 5 + Math.sqrt(count) * 1.6)
