import type { SitePhotoRow } from './site-photos.queries'
import type { SitePhotoShape } from './site-photos.schemas'

export function toSitePhoto(row: SitePhotoRow): SitePhotoShape {
  return {
    id: row.id,
    mineId: row.mine_id,
    documentId: row.document_id,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    position: row.lng === null || row.lat === null ? null : [Number(row.lng), Number(row.lat)],
    positionSource: row.position_source,
    placement: row.placement,
    distanceM: row.distance_m === null ? null : Number(row.distance_m),
    takenAt: row.taken_at ? new Date(row.taken_at).toISOString() : null,
    recordedAt: new Date(row.recorded_at).toISOString(),
    uploadedBy: { id: row.uploaded_by, displayName: row.uploaded_by_name },
    clientId: row.client_id,
    inspectionClientId: row.inspection_client_id,
  }
}
