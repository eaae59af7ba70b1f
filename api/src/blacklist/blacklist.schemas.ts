import { z } from '@hono/zod-openapi'
import { IsoDate } from '../http/common.schemas'

export const BlacklistQuery = z
  .object({ status: z.enum(['current', 'all']).default('all') })
  .openapi('BlacklistQuery')

export const PublicBlacklistEntry = z
  .object({
    id: z.number().int(),
    subject: z.enum(['enterprise', 'person']),
    enterpriseName: z.string(),
    personName: z.string().nullable(),
    personRole: z.string().nullable(),
    mineName: z.string().nullable(),
    reason: z.string(),
    listedOn: IsoDate,
    delistedOn: IsoDate.nullable().openapi({ description: 'The end of the listing, by a recorded decision' }),
    delistingReason: z.string().nullable(),
  })
  .openapi('PublicBlacklistEntry')

/** A removal from the directory, publicly exposed (§4.4 公开曝光). */
export const PublicExposure = z
  .object({
    mineName: z.string(),
    enterpriseName: z.string(),
    countyName: z.string(),
    enteredOn: IsoDate,
    removedOn: IsoDate,
    reason: z.string().nullable(),
    noticeId: z.number().int().nullable(),
    noticeTitle: z.string().nullable(),
  })
  .openapi('PublicExposure')

export const PublicBlacklist = z
  .object({ blacklist: z.array(PublicBlacklistEntry), exposures: z.array(PublicExposure) })
  .openapi('PublicBlacklist')

export const DelistingBody = z
  .strictObject({
    reason: z.string().trim().min(5, 'a delisting decision needs its reason').max(2000),
    on: IsoDate.optional(),
  })
  .openapi('DelistingBody')
