// Documents of a mine (R8: every document is kept with who and when): the content decides the
// type, the hash is stored with it, and the upload is audited in the same transaction.
import { createHash } from 'node:crypto'
import { appendAudit } from '../audit/audit.queries'
import type { MineRef } from '../auth/policy'
import { findArea, findMineRef } from '../areas/areas.queries'
import type { Db } from '../db/database'
import { HttpError, notFound } from '../http/errors'
import type { SessionUser } from '../http/env'
import {
  MEDIA_TYPES_BY_KIND,
  areaDocumentRefusal,
  canReadDocuments,
  uploadRefusal,
  type AreaDocumentKind,
  type DocumentKind,
} from './document-policy'
import type { DocumentMetaShape } from './documents.schemas'
import {
  findDocumentMeta,
  insertDocument,
  listAreaDocuments,
  listDocuments,
  readContent,
  type DocumentMetaRow,
} from './documents.queries'
import { checkClaim } from './sniff'
import { regionContains } from '@zgm/domain'
import { attachmentNoticeRegion } from '../objections/objections.queries'

export const DOCUMENT_LIMITS = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  /** The multipart envelope around the file (boundaries, headers, the kind field). */
  maxBodyBytes: 20 * 1024 * 1024 + 64 * 1024,
  maxFilenameLength: 200,
})

export async function uploadDocument(
  db: Db,
  user: SessionUser,
  mineId: number,
  file: File,
  kind: DocumentKind,
): Promise<DocumentMetaShape> {
  const mine = await findMineRef(db, mineId)
  if (!mine) throw notFound('mine', mineId)
  const refusal = uploadRefusal(user, mine, kind)
  if (refusal) throw new HttpError(refusal)
  return storeDocument(db, user, { mineId, areaId: null, kind }, await readUpload(file, kind))
}

/** Evidence for one restoration/reclamation area (a plan, a photo), filed by those who may edit it. */
export async function uploadAreaDocument(
  db: Db,
  user: SessionUser,
  areaId: number,
  file: File,
  kind: AreaDocumentKind,
): Promise<DocumentMetaShape> {
  const area = await findArea(db, areaId)
  if (!area || area.deleted_at) throw notFound('area', areaId)
  const mine = (await findMineRef(db, area.mine_id))!
  const refusal = areaDocumentRefusal(user, mine)
  if (refusal) throw new HttpError(refusal)
  return storeDocument(db, user, { mineId: mine.id, areaId, kind }, await readUpload(file, kind))
}

export async function areaDocuments(db: Db, user: SessionUser, areaId: number): Promise<DocumentMetaShape[]> {
  const area = await findArea(db, areaId)
  if (!area) throw notFound('area', areaId)
  const mine = (await findMineRef(db, area.mine_id))!
  if (!canReadDocuments(user, mine)) throw notFound('area', areaId)
  return (await listAreaDocuments(db, areaId)).map(toMeta)
}

export interface Upload {
  content: Buffer
  filename: string
  mediaType: string
  sha256: string
}

/** Size, name and content checks; the type is sniffed from the bytes and must suit the kind. */
export async function readUpload(file: File, kind: string): Promise<Upload> {
  if (file.size > DOCUMENT_LIMITS.maxFileBytes) {
    throw new HttpError({
      code: 'payload_too_large',
      maxBytes: DOCUMENT_LIMITS.maxFileBytes,
      sizeBytes: file.size,
    })
  }
  if (file.size === 0) throw new HttpError({ code: 'empty_file' })
  // A browser sends a bare name; a path, a parent reference or control characters mean a forged one.
  // eslint-disable-next-line no-control-regex
  if (/[\\/\u0000-\u001f\u007f]|^\.\.?$/.test(file.name)) {
    throw new HttpError({ code: 'invalid_input', field: 'file', issue: 'invalid_format', format: 'filename' })
  }
  const content = Buffer.from(await file.arrayBuffer())
  const filename = cleanFilename(file.name)
  const claim = checkClaim(content, filename, file.type)
  if (!claim.ok) throw new HttpError(claim.refusal)
  const allowed = MEDIA_TYPES_BY_KIND[kind as DocumentKind]
  if (allowed && !allowed.includes(claim.sniffed.mediaType)) {
    throw new HttpError({
      code: 'type_not_allowed_for_kind',
      kind,
      allowedTypes: [...allowed],
      content: claim.sniffed.kind,
    })
  }
  const sha256 = createHash('sha256').update(content).digest('hex')
  return { content, filename, mediaType: claim.sniffed.mediaType, sha256 }
}

/** The row and its audit entry, in one transaction. */
async function storeDocument(
  db: Db,
  user: SessionUser,
  target: { mineId: number; areaId: number | null; kind: string },
  upload: Upload,
): Promise<DocumentMetaShape> {
  const { mineId, areaId, kind } = target
  const { content, filename, mediaType, sha256 } = upload
  const id = await db.transaction().execute(async (tx) => {
    const docId = await insertDocument(tx, {
      mineId,
      areaId,
      kind,
      filename,
      mediaType,
      sha256,
      content,
      uploadedBy: user.id,
    })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'document.upload',
      objectType: 'document',
      objectId: docId,
      after: {
        mineId,
        ...(areaId ? { areaId } : {}),
        kind,
        filename,
        mediaType,
        sizeBytes: content.length,
        sha256,
      },
    })
    return docId
  })
  return toMeta((await findDocumentMeta(db, id))!)
}

export async function mineDocuments(db: Db, user: SessionUser, mineId: number): Promise<DocumentMetaShape[]> {
  const mine = await findMineRef(db, mineId)
  if (!mine) throw notFound('mine', mineId)
  if (!canReadDocuments(user, mine)) throw notFound('mine', mineId)
  return (await listDocuments(db, mineId)).map(toMeta)
}

export async function downloadDocument(db: Db, user: SessionUser, id: number) {
  const meta = await findDocumentMeta(db, id)
  if (!meta) throw notFound('document', id)
  const mine: MineRef | undefined = meta.mine_id === null ? undefined : await findMineRef(db, meta.mine_id)
  const permitted = mine
    ? canReadDocuments(user, mine)
    : user.role === 'province' ||
      user.role === 'leader' ||
      meta.uploaded_by === user.id ||
      (await readsObjectionAttachment(db, user, id))
  if (!permitted) throw notFound('document', id)
  const content = await readContent(db, id)
  if (content === null) throw notFound('document_content', id)
  return { meta: toMeta(meta), content }
}

/** An objection's evidence is read by the bureaus of the notice's region (who decide it), never by the mine. */
async function readsObjectionAttachment(db: Db, user: SessionUser, documentId: number): Promise<boolean> {
  if (!['county', 'city'].includes(user.role) || !user.regionCode) return false
  const region = await attachmentNoticeRegion(db, documentId)
  return region !== null && regionContains(user.regionCode, region)
}

/** The last path segment, without control characters, at most 200 characters (keeping the extension). */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim()
  if (clean.length <= DOCUMENT_LIMITS.maxFilenameLength) return clean || 'document'
  const ext = /\.[a-z0-9]{1,8}$/i.exec(clean)?.[0] ?? ''
  return clean.slice(0, DOCUMENT_LIMITS.maxFilenameLength - ext.length) + ext
}

function toMeta(row: NonNullable<DocumentMetaRow>): DocumentMetaShape {
  return {
    id: row.id,
    mineId: row.mine_id,
    areaId: row.area_id,
    kind: row.kind,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    uploadedBy:
      row.uploaded_by === null ? null : { id: row.uploaded_by, displayName: row.uploaded_by_name ?? '' },
    isDemo: row.is_demo,
  }
}
