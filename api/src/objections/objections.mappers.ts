import type { z } from '@hono/zod-openapi'
import type { ObjectionRow } from './objections.queries'
import type { BureauObjection, PublicObjection } from './objections.schemas'

const status = (r: ObjectionRow) => (r.decided_on === null ? 'pending' : r.upheld ? 'upheld' : 'dismissed')

export const toPublicObjection = (r: ObjectionRow): z.infer<typeof PublicObjection> => ({
  id: r.id,
  publicityId: r.publicity_id,
  noticeTitle: r.notice_title,
  mineId: r.mine_id,
  mineName: r.mine_name,
  receivedOn: r.received_on,
  status: status(r),
  decidedOn: r.decided_on,
  decisionReason: r.decision_reason,
})

export const toBureauObjection = (r: ObjectionRow): z.infer<typeof BureauObjection> => ({
  ...toPublicObjection(r),
  content: r.content,
  submitterName: r.submitter_name,
  submitterContact: r.submitter_contact,
  receivedAt: new Date(r.received_at).toISOString(),
  attachmentDocumentId: r.attachment_document_id,
})
