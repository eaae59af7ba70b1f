import { z } from '@hono/zod-openapi'
import { IsoDateTime, JsonValue } from '../http/common.schemas'

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: IsoDateTime,
    actorUserId: z.number().int().nullable(),
    actorRole: z.string(),
    action: z.string().openapi({ example: 'event.submit_self_assessment' }),
    before: JsonValue,
    after: JsonValue,
  })
  .openapi('AuditEntry', {
    description: 'One hash-chained audit entry; before and after are the object as recorded (null for none)',
  })

export const AuditTrail = z.array(AuditEntry).openapi('AuditTrail')

export type AuditEntryShape = z.infer<typeof AuditEntry>
