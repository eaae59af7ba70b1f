import type { MineChange } from '@zgm/domain'
import type { AlertRow, InspectionRow } from './field-inspections.queries'
import type { BoundaryAlertShape, FieldInspectionShape } from './field-inspections.schemas'

const iso = (d: unknown) => new Date(d as string).toISOString()
const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v))

export function toInspection(row: InspectionRow, replayed: boolean): FieldInspectionShape {
  return {
    id: row.id,
    clientId: row.client_id,
    mineId: row.mine_id,
    mineName: row.mine_name,
    regionCode: row.region_code,
    inspector: { id: row.inspector_id, displayName: row.inspector_name },
    on: row.on_date,
    recordedAt: iso(row.recorded_at),
    receivedAt: iso(row.received_at),
    checklist: row.checklist as FieldInspectionShape['checklist'],
    findings: row.findings,
    sketch: row.sketch_json ? JSON.parse(row.sketch_json) : null,
    sketchAreaM2: numberOrNull(row.sketch_area_m2),
    outsideAreaM2: numberOrNull(row.outside_area_m2),
    baseVersion: row.base_version,
    alert:
      row.alert_id === null
        ? null
        : { id: row.alert_id, areaM2: Number(row.alert_area_m2), state: row.alert_state ?? 'open' },
    replayed,
  }
}

export function toAlert(row: AlertRow): BoundaryAlertShape {
  return {
    id: row.id,
    mineId: row.mine_id,
    mineName: row.mine_name,
    countyCode: row.county_code,
    inspectionId: row.inspection_id,
    inspectionClientId: row.client_id,
    on: row.on_date,
    inspector: { id: row.inspector_id, displayName: row.inspector_name },
    areaM2: Number(row.area_m2),
    outside: JSON.parse(row.outside_json),
    raisedAt: iso(row.raised_at),
    state: row.state,
  }
}

export const toMineChange = (r: {
  version: number
  action: string
  at: Date
  by: string | null
  role: string
}): MineChange => ({ version: r.version, action: r.action, at: iso(r.at), by: r.by, role: r.role })
