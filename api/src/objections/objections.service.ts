// §4.3 公示无异议: anyone may object to a county or provincial notice while it runs, without an account;
// the bureau that published the notice decides, with a reason, and the decision is published.
import { createHash } from 'node:crypto'
import { isAfter, isBefore, isWithin, regionContains, regionPrefix } from '@zgm/domain'
import { sql } from 'kysely'
import { appendAudit } from '../audit/audit.queries'
import { notifyObjection } from '../inbox/notify'
import type { Db } from '../db/database'
import { insertDocument } from '../documents/documents.queries'
import { checkClaim } from '../documents/sniff'
import { cleanFilename } from '../documents/documents.service'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import { today } from '../workflow/workflow.service'
import {
  findNoticeForObjection,
  findObjection,
  insertObjection,
  isListed,
  recentFromClient,
  recordDecision,
} from './objections.queries'

export const OBJECTION_LIMITS = Object.freeze({
  minLength: 10,
  maxLength: 5000,
  maxLinks: 3,
  /** Objections one client address may file in `windowMinutes`. */
  perClient: 5,
  windowMinutes: 60,
  maxFileBytes: 5 * 1024 * 1024,
  maxBodyBytes: 5 * 1024 * 1024 + 64 * 1024,
  attachmentTypes: ['application/pdf', 'image/png', 'image/jpeg'],
})

export interface ObjectionInput {
  publicityId: number
  mineId: number
  content: string
  name?: string
  contact?: string
  file?: File
}

/** The text, trimmed, or a refusal naming what is wrong with it. */
function checkedText(raw: string): string {
  const text = raw.trim()
  const length = [...text].length
  if (length < OBJECTION_LIMITS.minLength) {
    throw new HttpError({
      code: 'objection_rejected',
      reason: 'too_short',
      minLength: OBJECTION_LIMITS.minLength,
    })
  }
  if (length > OBJECTION_LIMITS.maxLength) {
    throw new HttpError({
      code: 'objection_rejected',
      reason: 'too_long',
      maxLength: OBJECTION_LIMITS.maxLength,
    })
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(text)) {
    throw new HttpError({ code: 'objection_rejected', reason: 'control_characters' })
  }
  if ((text.match(/https?:\/\/|www\./gi) ?? []).length > OBJECTION_LIMITS.maxLinks) {
    throw new HttpError({ code: 'objection_rejected', reason: 'links', maxLinks: OBJECTION_LIMITS.maxLinks })
  }
  return text
}

/** The attachment's bytes, checked by content (the name and claimed type must agree with it). */
async function checkedAttachment(file: File | undefined) {
  if (!file || file.size === 0) return null
  if (file.size > OBJECTION_LIMITS.maxFileBytes) {
    throw new HttpError({
      code: 'payload_too_large',
      maxBytes: OBJECTION_LIMITS.maxFileBytes,
      sizeBytes: file.size,
    })
  }
  const content = Buffer.from(await file.arrayBuffer())
  const filename = cleanFilename(file.name)
  const claim = checkClaim(content, filename, file.type)
  if (!claim.ok) throw new HttpError(claim.refusal)
  if (!OBJECTION_LIMITS.attachmentTypes.includes(claim.sniffed.mediaType)) {
    throw new HttpError({
      code: 'type_not_allowed_for_kind',
      kind: 'objection_attachment',
      allowedTypes: [...OBJECTION_LIMITS.attachmentTypes],
      content: claim.sniffed.kind,
    })
  }
  const sha256 = createHash('sha256').update(content).digest('hex')
  return { content, filename, mediaType: claim.sniffed.mediaType, sha256 }
}

/** The address is never stored, only a hash of it that the throttle can count by. */
const clientKeyOf = (ip: string) => createHash('sha256').update(`objection-client:${ip}`).digest('hex')

/**
 * Files an objection: the notice must take objections and be running today, the mine must be on it,
 * the text and any attachment must pass their checks, and one address may file only a few an hour
 * (counted in the database, so every instance shares the limit). All in one transaction.
 */
export async function submitObjection(db: Db, ip: string, input: ObjectionInput) {
  const on = today()
  const notice = await findNoticeForObjection(db, input.publicityId)
  if (!notice) throw notFound('publicity', input.publicityId)
  if (notice.level !== 'county' && notice.level !== 'province') {
    throw new HttpError({ code: 'objection_rejected', reason: 'notice_kind', level: notice.level })
  }
  // A notice closed by its bureau takes no more objections, even inside its period.
  const closed = notice.closed_on !== null && notice.closed_on <= on
  if (!isWithin(on, notice.start_on, notice.end_on) || closed) {
    throw new HttpError({
      code: 'objection_closed',
      publicityId: notice.id,
      start: notice.start_on,
      end: notice.end_on,
      on,
    })
  }
  if (!(await isListed(db, notice.id, input.mineId))) {
    throw new HttpError({
      code: 'objection_rejected',
      reason: 'not_listed',
      mineId: input.mineId,
      publicityId: notice.id,
    })
  }
  const content = checkedText(input.content)
  const attachment = await checkedAttachment(input.file)
  const clientKey = clientKeyOf(ip)
  return db.transaction().execute(async (tx) => {
    // Concurrent filings from one address queue here, so a burst cannot slip past the count.
    await sql`select pg_advisory_xact_lock(hashtext(${clientKey}))`.execute(tx)
    const recent = await recentFromClient(tx, clientKey, OBJECTION_LIMITS.windowMinutes)
    if (recent.count >= OBJECTION_LIMITS.perClient) {
      throw new HttpError({
        code: 'too_many_attempts',
        action: 'objection',
        retryAfterSeconds: Math.max(1, Math.ceil(recent.waitSeconds)),
      })
    }
    const documentId = attachment
      ? await insertDocument(tx, {
          ...attachment,
          mineId: null,
          kind: 'objection_attachment',
          uploadedBy: null,
        })
      : null
    const id = await insertObjection(tx, {
      publicity_id: notice.id,
      mine_id: input.mineId,
      received_on: on,
      submitter_name: input.name?.trim() ?? '',
      submitter_contact: input.contact?.trim() ?? '',
      content,
      upheld: null,
      decided_on: null,
      attachment_document_id: documentId,
      client_key: clientKey,
    })
    await notifyObjection(tx, notice, input.mineId, id, on)
    await appendAudit(tx, {
      actorUserId: null,
      actorRole: 'public',
      action: 'objection.receive',
      objectType: 'objection',
      objectId: id,
      after: {
        publicityId: notice.id,
        mineId: input.mineId,
        receivedOn: on,
        attachmentDocumentId: documentId,
      },
    })
    return {
      id,
      publicityId: notice.id,
      mineId: input.mineId,
      receivedOn: on,
      attachment: attachment && {
        filename: attachment.filename,
        mediaType: attachment.mediaType,
        sha256: attachment.sha256,
      },
    }
  })
}

/** The bureau that published a notice: the county bureau of its county, or the province. */
function canDecide(user: SessionUser, notice: { level: string; region_code: string }): boolean {
  if (notice.level === 'province') return user.role === 'province'
  return user.role === 'county' && user.regionCode === notice.region_code
}

/** Bureaus see the objections to notices of their region (province and leaders: all). */
export function objectionScope(user: SessionUser): string {
  const bureaus = ['county', 'city', 'province', 'leader']
  if (!bureaus.includes(user.role) || !user.regionCode) {
    throw new HttpError({ code: 'forbidden', reason: 'role_required', roles: bureaus, role: user.role })
  }
  return regionPrefix(user.regionCode)
}

/** The publishing bureau decides, once, with a reason; the decision is audited and published. */
export async function decideObjection(
  db: Db,
  user: SessionUser,
  id: number,
  body: { upheld: boolean; reason: string; on?: string },
) {
  return db.transaction().execute(async (tx) => {
    const objection = await findObjection(tx, id)
    if (!objection) throw notFound('objection', id)
    if (!canDecide(user, objection)) {
      if (!user.regionCode || !regionContains(user.regionCode, objection.region_code))
        throw notFound('objection', id)
      throw new HttpError({
        code: 'forbidden',
        reason: 'objection_decider',
        publicityId: objection.publicity_id,
        regionCode: objection.region_code,
        role: user.role,
      })
    }
    if (objection.decided_on) {
      throw new HttpError({
        code: 'objection_decided',
        objectionId: id,
        decidedOn: objection.decided_on,
        upheld: Boolean(objection.upheld),
      })
    }
    const on = body.on ?? today()
    if (isAfter(on, today())) throw new HttpError({ code: 'future_date', on })
    if (isBefore(on, objection.received_on))
      throw new HttpError({ code: 'backdated', on, lastOn: objection.received_on })
    await recordDecision(tx, id, { upheld: body.upheld, reason: body.reason, on, userId: user.id })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'objection.decide',
      objectType: 'objection',
      objectId: id,
      before: { decidedOn: null },
      after: { upheld: body.upheld, reason: body.reason, decidedOn: on },
    })
    return { id, upheld: body.upheld, decidedOn: on }
  })
}
