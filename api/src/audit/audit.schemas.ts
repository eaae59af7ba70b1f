import { z } from '@hono/zod-openapi'
import { IsoDateTime, JsonValue } from '../http/common.schemas'

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: IsoDateTime,
    actorUserId: z.number().int().nullable(),
    actorRole: z.string(),
    action: z.string().openapi({ example: 'event.submit_self_assessment' }),
    objectType: z
      .string()
      .openapi({ description: 'What the entry is about: mine, mine_area, document …', example: 'mine' }),
    objectId: z.string().openapi({ example: '42' }),
    before: JsonValue,
    after: JsonValue,
  })
  .openapi('AuditEntry', {
    description: 'One hash-chained audit entry; before and after are the object as recorded (null for none)',
  })

export const AuditTrail = z.array(AuditEntry).openapi('AuditTrail')

export type AuditEntryShape = z.infer<typeof AuditEntry>

export const AuditHeadQuery = z
  .object({
    year: z.coerce.number().int().min(2018).max(2100).optional().openapi({
      description: 'The head at that year’s close (the last entry written before 1 January of the next year)',
      example: 2020,
    }),
  })
  .openapi('AuditHeadQuery')

export const AuditHead = z
  .object({
    entries: z.number().int().openapi({ description: 'Entries in the chain up to and including the head' }),
    id: z.number().int().nullable().openapi({ description: 'The head entry; null for an empty chain' }),
    hash: z.string().openapi({ description: 'SHA-256 of the head entry (64 zeros for an empty chain)' }),
    at: IsoDateTime.nullable(),
    year: z.number().int().nullable(),
  })
  .openapi('AuditHead', {
    description:
      'The audit chain’s head, published so that a rewrite of the history (even by a database superuser ' +
      'who recomputes every hash) is detectable: keep a copy and run `npm run audit:verify -- --head <id>:<hash>`',
  })
