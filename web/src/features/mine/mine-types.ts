// GET /api/mines/{id} as the API returns it (api/src/mines/mines.routes.ts).
import type { GreenState, MineStatus, MiningMethod } from '@zgm/domain'

export interface MineEvent {
  id: number
  type: string
  on: string
  greenFrom: GreenState | null
  greenTo: GreenState | null
  opsFrom: MineStatus | null
  opsTo: MineStatus | null
  actorRole: string
  actorName: string | null
}

export interface AreaSummaryRow {
  kind: 'footprint' | 'restoration' | 'reclamation'
  progress: 'planned' | 'in_progress' | 'completed'
  count: number | string
  areaM2: number | string | null
}

export interface MineDocument {
  id: number
  kind: string
  filename: string
  mediaType: string
  sizeBytes: number
  uploadedAt: string
}

export interface MineDetail {
  id: number
  name: string
  countyCode: string
  countyName: string
  enterpriseName?: string
  mineral: string
  miningMethod: MiningMethod
  opsStatus: MineStatus
  greenState: GreenState
  productionStart: string | null
  lng: number
  lat: number
  licenceNo: string
  holderName: string
  minerals?: string[]
  scale10ktPerYear: number | string
  declaredAreaKm2: number | string
  drawnAreaKm2?: number | string | null
  elevationTopM?: number | string
  elevationBottomM?: number | string
  licenceValidFrom: string
  licenceValidTo: string
  issuer: string
  isDemo?: boolean
  timeline: MineEvent[]
  areas: AreaSummaryRow[]
  documents?: MineDocument[] | null
}

/** Sums area by kind and progress (the API groups rows by both). */
export function areaTotals(rows: readonly AreaSummaryRow[]) {
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
