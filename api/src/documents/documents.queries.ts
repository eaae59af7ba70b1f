import type { Transaction } from 'kysely'
import type { Conn, Db } from '../db/database'
import type { DB } from '../db/schema'

export interface NewDocument {
  mineId: number | null
  /** Evidence for one restoration/reclamation area, or null (the mine's document). */
  areaId?: number | null
  kind: string
  filename: string
  mediaType: string
  sha256: string
  content: Buffer
  uploadedBy: number | null
}

const META = [
  'd.id',
  'd.mine_id',
  'd.area_id',
  'd.kind',
  'd.filename',
  'd.media_type',
  'd.size_bytes',
  'd.sha256',
  'd.uploaded_at',
  'd.uploaded_by',
  'd.is_demo',
  'u.display_name as uploaded_by_name',
] as const

function selectMeta(conn: Conn) {
  return conn.selectFrom('document as d').leftJoin('app_user as u', 'u.id', 'd.uploaded_by').select(META)
}

export type DocumentMetaRow = Awaited<ReturnType<typeof findDocumentMeta>> & {}

export async function insertDocument(tx: Transaction<DB>, d: NewDocument): Promise<number> {
  const row = await tx
    .insertInto('document')
    .values({
      mine_id: d.mineId,
      area_id: d.areaId ?? null,
      kind: d.kind,
      filename: d.filename,
      media_type: d.mediaType,
      sha256: d.sha256,
      size_bytes: d.content.length,
      content: d.content,
      uploaded_by: d.uploadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export function findDocumentMeta(conn: Conn, id: number) {
  return selectMeta(conn).where('d.id', '=', id).executeTakeFirst()
}

export function listDocuments(conn: Conn, mineId: number) {
  return selectMeta(conn)
    .where('d.mine_id', '=', mineId)
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id', 'desc')
    .execute()
}

export async function readContent(conn: Conn, id: number): Promise<Buffer | null> {
  const row = await conn.selectFrom('document').select('content').where('id', '=', id).executeTakeFirst()
  return row?.content ?? null
}

export function listAreaDocuments(conn: Conn, areaId: number) {
  return selectMeta(conn).where('d.area_id', '=', areaId).orderBy('d.uploaded_at', 'desc').execute()
}
