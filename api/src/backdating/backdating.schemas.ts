import { z } from '@hono/zod-openapi'
import { IsoDate, IsoDateTime, JsonObject, RegionCode } from '../http/common.schemas'
import { EventResult } from '../workflow/workflow.schemas'

export const BACKDATE_STATUSES = ['pending', 'approved', 'rejected'] as const

export const BackdatedEntry = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    mineName: z.string(),
    countyCode: RegionCode,
    eventType: z.string(),
    on: IsoDate.openapi({ description: 'The business date asked for' }),
    daysBack: z.number().int().openapi({ description: 'Days between that date and the request' }),
    reason: z.string().openapi({ description: "The requester's reason for dating the event back" }),
    request: JsonObject.openapi({ description: 'The event as it will be recorded' }),
    requestedBy: z.string(),
    requestedAt: IsoDateTime,
    status: z.enum(BACKDATE_STATUSES),
    decidedBy: z.string().nullable(),
    decidedAt: IsoDateTime.nullable(),
    decisionReason: z.string().nullable(),
    eventId: z.number().int().nullable().openapi({ description: 'The event recorded on approval' }),
  })
  .openapi('BackdatedEntry')

export const BackdatedEntryList = z.array(BackdatedEntry).openapi('BackdatedEntryList')

export const BackdatedEntryQuery = z
  .object({ status: z.enum(BACKDATE_STATUSES).optional() })
  .openapi('BackdatedEntryQuery')

export const BackdatedEntryHeld = z
  .object({ status: z.literal('pending'), entry: BackdatedEntry })
  .openapi('BackdatedEntryHeld', {
    description: 'The event is dated too far back: held, without effect, until the province decides',
  })

export const ApproveBackdatedBody = z
  .strictObject({ reason: z.string().trim().max(2000).optional() })
  .openapi('ApproveBackdatedBody')

export const RejectBackdatedBody = z
  .strictObject({ reason: z.string().trim().min(1).max(2000) })
  .openapi('RejectBackdatedBody')

export const BackdatedDecision = z
  .object({ entry: BackdatedEntry, event: z.union([EventResult, z.null()]) })
  .openapi('BackdatedDecision')

export type BackdatedEntryShape = z.infer<typeof BackdatedEntry>
