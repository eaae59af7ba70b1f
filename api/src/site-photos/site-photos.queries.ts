import { sql } from 'kysely'
import type { Conn, Db } from '../db/database'

/** GPS fixes of phones are good to a few metres: a point this close to the footprint counts as inside. */
export const SITE_PHOTO_TOLERANCE_M = 10

export interface Placement {
  placement: 'inside' | 'outside' | 'no_footprint'
  distanceM: number | null
}

/** Where a point lies against the mine's live footprint, measured on the spheroid (geography). */
export async function placementOf(
  conn: Conn,
  mineId: number,
  [lng, lat]: [number, number],
): Promise<Placement> {
  const point = sql`st_setsrid(st_makepoint(${lng}, ${lat}), 4326)::geography`
  const { rows } = await sql<{ footprints: number; distance_m: number | null }>`
    select count(*)::int as footprints, min(st_distance(geom::geography, ${point})) as distance_m
    from mine_area where mine_id = ${mineId} and kind = 'footprint' and deleted_at is null`.execute(conn)
  const { footprints, distance_m } = rows[0]
  if (footprints === 0 || distance_m === null) return { placement: 'no_footprint', distanceM: null }
  const distance = Number(distance_m)
  return distance <= SITE_PHOTO_TOLERANCE_M
    ? { placement: 'inside', distanceM: null }
    : { placement: 'outside', distanceM: Math.round(distance * 10) / 10 }
}

export interface NewSitePhoto {
  mineId: number
  documentId: number
  uploadedBy: number
  agencyId: number | null
  position: [number, number] | null
  positionSource: 'exif' | 'device' | 'none'
  takenAt: Date | null
  placement: 'inside' | 'outside' | 'missing' | 'no_footprint'
  distanceM: number | null
  clientId: string | null
  inspectionClientId: string | null
}

export async function insertSitePhoto(conn: Conn, p: NewSitePhoto): Promise<number> {
  const row = await conn
    .insertInto('site_photo')
    .values({
      mine_id: p.mineId,
      document_id: p.documentId,
      uploaded_by: p.uploadedBy,
      agency_id: p.agencyId,
      position: p.position
        ? sql<string>`st_setsrid(st_makepoint(${p.position[0]}, ${p.position[1]}), 4326)`
        : null,
      position_source: p.positionSource,
      taken_at: p.takenAt,
      placement: p.placement,
      distance_m: p.distanceM,
      client_id: p.clientId,
      inspection_client_id: p.inspectionClientId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

function selectPhotos(db: Conn) {
  return db
    .selectFrom('site_photo as p')
    .innerJoin('document as d', 'd.id', 'p.document_id')
    .innerJoin('app_user as u', 'u.id', 'p.uploaded_by')
    .select([
      'p.id',
      'p.mine_id',
      'p.document_id',
      'p.uploaded_by',
      'u.display_name as uploaded_by_name',
      'p.position_source',
      'p.placement',
      'p.distance_m',
      'p.taken_at',
      'p.recorded_at',
      'p.client_id',
      'p.inspection_client_id',
      'd.sha256',
      'd.filename',
      'd.media_type',
      'd.size_bytes',
      sql<number | null>`st_x(p.position)`.as('lng'),
      sql<number | null>`st_y(p.position)`.as('lat'),
    ])
}

export type SitePhotoRow = Awaited<ReturnType<typeof findSitePhoto>> & {}

export const findSitePhoto = (db: Db, id: number) =>
  selectPhotos(db).where('p.id', '=', id).executeTakeFirst()

/** A mine's site photos, newest first; an agency's evaluator sees its own agency's only. */
export function listSitePhotos(db: Db, mineId: number, agencyId?: number) {
  let qb = selectPhotos(db).where('p.mine_id', '=', mineId)
  if (agencyId !== undefined) qb = qb.where('p.agency_id', '=', agencyId)
  return qb.orderBy('p.id', 'desc').execute()
}

/**
 * The photo already stored under an outbox id, if any. The transaction first takes an advisory
 * lock on the id, so two concurrent resends of one photo are serialised and the second finds the first.
 */
export async function lockedPhotoByClientId(tx: Conn, clientId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`site_photo:${clientId}`}))`.execute(tx)
  return selectPhotos(tx).where('p.client_id', '=', clientId).executeTakeFirst()
}
