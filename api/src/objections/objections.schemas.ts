import { z } from '@hono/zod-openapi'
import { IsoDate, IsoDateTime } from '../http/common.schemas'

/** Multipart fields of a public objection; the file is optional and checked by its content. */
export const ObjectionForm = z
  .object({
    publicityId: z.coerce.number().int().positive().max(2_147_483_647),
    mineId: z.coerce.number().int().positive().max(2_147_483_647),
    content: z.string().max(20_000).openapi({ description: 'The facts and reasons, 10–5,000 characters' }),
    name: z.string().max(50).optional().openapi({ description: 'Optional' }),
    contact: z.string().max(100).optional().openapi({ description: 'Optional: telephone or e-mail' }),
    file: z.instanceof(File).optional().openapi({
      type: 'string',
      format: 'binary',
      description: 'Optional evidence: PDF, PNG or JPEG, ≤ 5 MB',
    }),
  })
  .openapi('ObjectionForm')

export const ObjectionReceipt = z
  .object({
    id: z.number().int(),
    publicityId: z.number().int(),
    mineId: z.number().int(),
    receivedOn: IsoDate,
    attachment: z.object({ filename: z.string(), mediaType: z.string(), sha256: z.string() }).nullable(),
  })
  .openapi('ObjectionReceipt')

export const ObjectionDecisionBody = z
  .strictObject({
    upheld: z.boolean(),
    reason: z.string().trim().min(5, 'the decision needs its reason').max(2000),
    on: IsoDate.optional(),
  })
  .openapi('ObjectionDecisionBody')

export const ObjectionDecision = z
  .object({ id: z.number().int(), upheld: z.boolean(), decidedOn: IsoDate })
  .openapi('ObjectionDecision')

const decision = {
  id: z.number().int(),
  publicityId: z.number().int(),
  noticeTitle: z.string(),
  mineId: z.number().int(),
  mineName: z.string(),
  receivedOn: IsoDate,
  status: z.enum(['pending', 'upheld', 'dismissed']),
  decidedOn: IsoDate.nullable(),
  decisionReason: z.string().nullable(),
}

/** What the public sees of an objection: the decision and its reason, never the objector or the text. */
export const PublicObjection = z.object(decision).openapi('PublicObjection')
export const PublicObjectionList = z
  .object({ items: z.array(PublicObjection) })
  .openapi('PublicObjectionList')

export const PublicObjectionsQuery = z
  .object({ publicityId: z.coerce.number().int().positive().max(2_147_483_647).optional() })
  .openapi('PublicObjectionsQuery')

/** What the deciding bureau sees: everything it needs to decide. */
export const BureauObjection = z
  .object({
    ...decision,
    content: z.string(),
    submitterName: z.string(),
    submitterContact: z.string(),
    receivedAt: IsoDateTime,
    attachmentDocumentId: z.number().int().nullable(),
  })
  .openapi('BureauObjection')
export const BureauObjectionList = z
  .object({ items: z.array(BureauObjection) })
  .openapi('BureauObjectionList')
