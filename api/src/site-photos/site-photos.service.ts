// Site photos of an on-site verification (R3.3, issue 12 §4). The position the server trusts
// first is the one it reads from the file's EXIF itself; a position the device sends is kept
// only for a file without GPS tags, and is marked as the device's word (`device`), since anyone
// can type coordinates into a form. PostGIS then places the point against the mine's footprint.
import exifr from 'exifr'
import { appendAudit } from '../audit/audit.queries'
import { mineAccess } from '../auth/policy'
import { findMineRef } from '../areas/areas.queries'
import type { Db } from '../db/database'
import { insertDocument } from '../documents/documents.queries'
import { readUpload } from '../documents/documents.service'
import { HttpError, notFound } from '../http/errors'
import type { SessionUser } from '../http/env'
import { toSitePhoto } from './site-photos.mappers'
import {
  SITE_PHOTO_TOLERANCE_M,
  findSitePhoto,
  insertSitePhoto,
  listSitePhotos,
  lockedPhotoByClientId,
  placementOf,
  type Placement,
} from './site-photos.queries'
import type { SitePhotoShape } from './site-photos.schemas'

interface ExifFacts {
  position: [lng: number, lat: number] | null
  takenAt: Date | null
}

/** GPS position and capture time from the file's own EXIF; nothing when absent or unreadable. */
export async function readExif(content: Buffer): Promise<ExifFacts> {
  const [gps, tags] = await Promise.all([
    exifr.gps(content).catch(() => undefined),
    exifr.parse(content, ['DateTimeOriginal']).catch(() => undefined),
  ])
  const { longitude: lng, latitude: lat } = (gps ?? {}) as { longitude?: number; latitude?: number }
  const valid = Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng!) <= 180 && Math.abs(lat!) <= 90
  const taken = (tags as { DateTimeOriginal?: unknown } | undefined)?.DateTimeOriginal
  return {
    position: valid ? [lng!, lat!] : null,
    takenAt: taken instanceof Date && !Number.isNaN(taken.getTime()) ? taken : null,
  }
}

/** The mine as the evaluator may see it (assigned to its agency), else 404 as if it did not exist. */
async function visibleMine(db: Db, user: SessionUser, mineId: number) {
  const mine = await findMineRef(db, mineId)
  if (!mine || mineAccess(user, mine) === 'none') throw notFound('mine', mineId)
  return mine
}

/** The outbox ids a phone sends with a photo (issue 16 §5); both optional. */
export interface PhotoIds {
  clientId?: string
  inspectionClientId?: string
}

export async function uploadSitePhoto(
  db: Db,
  user: SessionUser,
  mineId: number,
  file: File,
  device: [lng: number, lat: number] | null,
  ids: PhotoIds = {},
): Promise<{ photo: SitePhotoShape; replayed: boolean }> {
  const mine = await visibleMine(db, user, mineId)
  // Bureaus attach photos to their own field inspections: they need write access to the mine.
  if (user.role !== 'evaluator' && mineAccess(user, mine) !== 'write') throw notFound('mine', mineId)
  const upload = await readUpload(file, 'photo')
  const exif = await readExif(upload.content)
  const position = exif.position ?? device
  const positionSource = exif.position ? 'exif' : device ? 'device' : 'none'
  const stored = await db.transaction().execute(async (tx) => {
    if (ids.clientId) {
      const known = await lockedPhotoByClientId(tx, ids.clientId)
      if (known) {
        const same =
          known.uploaded_by === user.id &&
          known.mine_id === mineId &&
          known.sha256 === upload.sha256 &&
          known.inspection_client_id === (ids.inspectionClientId ?? null)
        if (!same)
          throw new HttpError({
            code: 'field.client_id_reused',
            clientId: ids.clientId,
            kind: 'photo',
            id: known.id,
          })
        return { id: known.id, replayed: true }
      }
    }
    const documentId = await insertDocument(tx, {
      mineId,
      areaId: null,
      kind: 'photo',
      filename: upload.filename,
      mediaType: upload.mediaType,
      sha256: upload.sha256,
      content: upload.content,
      uploadedBy: user.id,
    })
    const placed: Placement | { placement: 'missing'; distanceM: null } = position
      ? await placementOf(tx, mineId, position)
      : { placement: 'missing', distanceM: null }
    const photoId = await insertSitePhoto(tx, {
      mineId,
      documentId,
      uploadedBy: user.id,
      agencyId: user.role === 'evaluator' ? user.organizationId : null,
      position,
      positionSource,
      takenAt: exif.takenAt,
      ...placed,
      clientId: ids.clientId ?? null,
      inspectionClientId: ids.inspectionClientId ?? null,
    })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'site_photo.upload',
      objectType: 'document',
      objectId: documentId,
      after: {
        mineId,
        sitePhotoId: photoId,
        kind: 'photo',
        filename: upload.filename,
        mediaType: upload.mediaType,
        sizeBytes: upload.content.length,
        sha256: upload.sha256,
        position,
        positionSource,
        // What the device claimed, kept beside the EXIF reading when both were given.
        ...(exif.position && device ? { devicePosition: device } : {}),
        placement: placed.placement,
        distanceM: placed.distanceM,
        toleranceM: SITE_PHOTO_TOLERANCE_M,
        ...(ids.clientId ? { clientId: ids.clientId } : {}),
        ...(ids.inspectionClientId ? { inspectionClientId: ids.inspectionClientId } : {}),
      },
    })
    return { id: photoId, replayed: false }
  })
  return { photo: toSitePhoto((await findSitePhoto(db, stored.id))!), replayed: stored.replayed }
}

export async function sitePhotos(db: Db, user: SessionUser, mineId: number): Promise<SitePhotoShape[]> {
  await visibleMine(db, user, mineId)
  const agency = user.role === 'evaluator' ? (user.organizationId ?? -1) : undefined
  return (await listSitePhotos(db, mineId, agency)).map(toSitePhoto)
}
