// The Huzhou demonstration zone (§3(二)2): its five counties and the comparisons that show its lead.
import { DEMONSTRATION_ZONE, regionContains } from '@zgm/domain'
import type { MapMine, StatsRow } from '../../api/schemas'
import { median } from '../../map/classing'
import { MINE_GROUPS, mineGroup, type MineGroup } from '../../map/mine-palette'

export const HUZHOU_CODE = DEMONSTRATION_ZONE.cityCode
export const HUZHOU_COUNTIES = ['330502', '330503', '330521', '330522', '330523'] as const

export const inHuzhou = (countyCode: string) => regionContains(HUZHOU_CODE, countyCode)

/** The provincial median of county entry rates (counties with 应建 mines only). */
export function provincialCountyMedian(counties: readonly StatsRow[]): number | null {
  return median(counties.filter((c) => c.mandatory > 0).map((c) => c.rate))
}

export function mineGroupCounts(mines: readonly MapMine[]): Record<MineGroup, number> {
  const counts = Object.fromEntries(MINE_GROUPS.map((g) => [g, 0])) as Record<MineGroup, number>
  for (const m of mines) counts[mineGroup(m)] += 1
  return counts
}
