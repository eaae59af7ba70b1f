import type { AreaFeatureShape } from './area.schemas'
import type { AreaRow } from './areas.queries'

export function attributesOf(row: AreaRow) {
  return {
    mineId: row.mine_id,
    kind: row.kind,
    name: row.name,
    damageType: row.damage_type,
    targetLandClass: row.target_land_class,
    progress: row.progress,
    approval: row.approval,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    responsibleParty: row.responsible_party,
    notes: row.notes,
    areaM2: Number(row.area_m2),
    ...(row.deleted_at ? { deleted: true } : {}),
  }
}

/** The audit keeps attributes plus the geometry's hash and area, not the geometry (that is in the version rows). */
export const auditView = (row: AreaRow) => ({
  version: row.version,
  ...attributesOf(row),
  geometrySha256: row.geom_hash,
})

export function toFeature(row: AreaRow): AreaFeatureShape {
  return {
    type: 'Feature',
    id: row.id,
    geometry: JSON.parse(row.geojson),
    properties: {
      id: row.id,
      mineId: row.mine_id,
      kind: row.kind,
      name: row.name,
      damageType: row.damage_type,
      targetLandClass: row.target_land_class,
      progress: row.progress,
      approval: row.approval,
      plannedStart: row.planned_start,
      plannedEnd: row.planned_end,
      responsibleParty: row.responsible_party,
      notes: row.notes,
      rejectionReason: row.rejection_reason,
      version: row.version,
      areaM2: Number(row.area_m2),
      updatedAt: new Date(row.updated_at).toISOString(),
    },
  }
}
