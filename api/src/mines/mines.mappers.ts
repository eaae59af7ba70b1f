import { GREEN_STATES, MINE_STATUSES, type GreenEventType, type OpsEventType } from '@zgm/domain'
import type { Access, MineRef } from '../auth/policy'
import { oneOf, type JsonValue } from '../http/common.schemas'
import type {
  AreaSummaryRow,
  LicenceRow,
  MineDetailRow,
  MineDocumentRow,
  MineEventRow,
  MineListRow,
} from './mines.queries'
import type { LicenceShape, MineDetailShape, MineEventShape, MineListItemShape } from './mines.schemas'

const greenState = (value: string) => oneOf(GREEN_STATES, value, 'green_state')
const opsStatus = (value: string) => oneOf(MINE_STATUSES, value, 'ops_status')
const isoDateTime = (value: Date | string) => new Date(value).toISOString()

export function toMineListItem(row: MineListRow): MineListItemShape {
  return {
    id: row.id,
    name: row.name,
    licenceNo: row.licence_no,
    countyCode: row.county_code,
    countyName: row.county_name,
    mineral: row.mineral,
    opsStatus: opsStatus(row.ops_status),
    greenState: greenState(row.green_state),
    version: row.version,
    lng: row.lng,
    lat: row.lat,
  }
}

/** What the access policy reads from a mine row. */
export function mineRefOf(row: MineDetailRow): MineRef {
  return {
    id: row.id,
    countyCode: row.county_code,
    enterpriseId: row.enterprise_id,
    assignedAgencyIds: row.assigned_agency_ids ?? [],
  }
}

/** The mine's two states, narrowed to the domain's sets. */
export const mineStatesOf = (row: Pick<MineDetailRow, 'green_state' | 'ops_status'>) => ({
  greenState: greenState(row.green_state),
  opsStatus: row.ops_status,
})

export function toMineEvent(row: MineEventRow): MineEventShape {
  return {
    id: row.id,
    type: row.type,
    on: row.occurred_on,
    greenFrom: row.green_from === null ? null : greenState(row.green_from),
    greenTo: row.green_to === null ? null : greenState(row.green_to),
    opsFrom: row.ops_from === null ? null : opsStatus(row.ops_from),
    opsTo: row.ops_to === null ? null : opsStatus(row.ops_to),
    actorRole: row.actor_role,
    actorName: row.actor_name,
    // jsonb written as an object by every writer (default '{}').
    payload: row.payload as Record<string, JsonValue>,
    recordedAt: isoDateTime(row.recorded_at),
  }
}

export const toAreaSummary = (row: AreaSummaryRow) => ({
  kind: row.kind,
  progress: row.progress,
  count: Number(row.count),
  areaM2: Number(row.area_m2),
})

export const toMineDocument = (row: MineDocumentRow) => ({
  id: row.id,
  kind: row.kind,
  filename: row.filename,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  uploadedAt: isoDateTime(row.uploaded_at),
})

export interface MineDetailParts {
  access: Exclude<Access, 'none'>
  timeline: readonly MineEventRow[]
  areas: readonly AreaSummaryRow[]
  documents: readonly MineDocumentRow[]
  allowedEvents: readonly (GreenEventType | OpsEventType)[]
}

export function toMineDetail(row: MineDetailRow, parts: MineDetailParts): MineDetailShape {
  return {
    id: row.id,
    name: row.name,
    countyCode: row.county_code,
    countyName: row.county_name,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    mineral: row.mineral,
    sector: row.sector,
    miningMethod: row.mining_method,
    opsStatus: row.ops_status,
    greenState: greenState(row.green_state),
    productionStart: row.production_start,
    hasSandEquipment: row.has_sand_equipment,
    version: row.version,
    isDemo: row.is_demo,
    lng: row.lng,
    lat: row.lat,
    licenceNo: row.licence_no,
    holderName: row.holder_name,
    minerals: row.minerals,
    scale10ktPerYear: row.scale_10kt_per_year,
    declaredAreaKm2: row.declared_area_km2,
    elevationTopM: row.elevation_top_m,
    elevationBottomM: row.elevation_bottom_m,
    licenceValidFrom: row.licence_valid_from,
    licenceValidTo: row.licence_valid_to,
    issuer: row.issuer,
    licenceStatus: row.licence_status,
    sourceCrs: row.source_crs,
    drawnAreaKm2: row.drawn_area_km2,
    access: parts.access,
    timeline: parts.timeline.map(toMineEvent),
    areas: parts.areas.map(toAreaSummary),
    documents: parts.documents.map(toMineDocument),
    allowedEvents: [...parts.allowedEvents],
  }
}

export function toLicence(row: LicenceRow): LicenceShape {
  return {
    id: row.id,
    licenceNo: row.licence_no,
    holderName: row.holder_name,
    mineName: row.mine_name,
    minerals: row.minerals,
    miningMethod: row.mining_method,
    scale10ktPerYear: row.scale_10kt_per_year,
    declaredAreaKm2: row.declared_area_km2,
    elevationTopM: row.elevation_top_m,
    elevationBottomM: row.elevation_bottom_m,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    issuer: row.issuer,
    status: row.status,
    statusOn: row.status_on,
    sourceCrs: row.source_crs,
    cornerPointsText: row.corner_points_text,
    drawnAreaKm2: row.drawn_area_km2,
    geometry: row.geojson === null ? null : JSON.parse(row.geojson),
  }
}
