import { z } from '@hono/zod-openapi'
import { DbId, IsoDate, IsoDateTime } from '../http/common.schemas'

/** A recorded tie between an agency and a mine (§4.2 相对独立性). */
export const ConflictBody = z
  .strictObject({
    agencyId: DbId,
    kind: z.enum(['business', 'report_help']).openapi({
      description: 'business: conflicts within a year either side of its date; report_help: always',
    }),
    on: IsoDate.optional().openapi({ description: 'When the business took place (required for business)' }),
    note: z.string().trim().min(2).max(1000),
  })
  .openapi('ConflictBody')

export const Conflict = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    agencyId: z.number().int(),
    agencyName: z.string(),
    kind: z.enum(['business', 'report_help']),
    on: IsoDate.nullable(),
    note: z.string(),
    recordedAt: IsoDateTime,
  })
  .openapi('Conflict')

export const ConflictList = z.object({ items: z.array(Conflict) }).openapi('ConflictList')
