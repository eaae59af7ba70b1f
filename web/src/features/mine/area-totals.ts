// A mine's area summary (rows by kind and progress, as GET /api/mines/{id} groups them) summed by kind.
import type { MineAreaSummary } from '../../api/schemas'

export interface AreaTotal {
  total: number
  completed: number
}

/** Square metres by kind: all of them, and those completed. */
export function areaTotals(rows: readonly MineAreaSummary[]): Record<MineAreaSummary['kind'], AreaTotal> {
  const totals = {
    footprint: { total: 0, completed: 0 },
    restoration: { total: 0, completed: 0 },
    reclamation: { total: 0, completed: 0 },
  }
  for (const r of rows) {
    const m2 = Number(r.areaM2 ?? 0)
    const t = totals[r.kind]
    if (!t) continue
    t.total += m2
    if (r.progress === 'completed') t.completed += m2
  }
  return totals
}
