import type { z } from '@hono/zod-openapi'
import type { IndicatorGroupRow, IndicatorSetRow } from './indicator-sets.queries'
import type { IndicatorSetView } from './indicator-sets.schemas'

export function toIndicatorSetView(
  row: IndicatorSetRow,
  groups: readonly IndicatorGroupRow[],
): z.infer<typeof IndicatorSetView> {
  const mine = groups
    .filter((g) => g.set_id === row.id)
    .map((g) => ({
      id: g.id,
      zh: g.zh,
      en: g.en,
      points: g.max_points,
      items: g.item_count,
      confirmed: g.max_points !== null,
      source: g.source,
    }))
  return {
    id: row.id,
    title: row.title,
    titleZh: row.title_zh,
    source: row.source,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    maxTotal: row.max_total,
    passTotal: row.pass_total,
    groupMinShare: row.group_min_share,
    groupCount: row.group_count,
    level2Count: row.level2_count,
    level3Count: row.level3_count,
    prerequisites: row.prerequisites as z.infer<typeof IndicatorSetView>['prerequisites'],
    groups: mine,
    confirmed: mine.every((g) => g.confirmed) && row.pass_total !== null && row.group_min_share !== null,
  }
}
