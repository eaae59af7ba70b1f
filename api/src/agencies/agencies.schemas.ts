import { z } from '@hono/zod-openapi'
import { IsoDate, IsoDateTime, RegionCode } from '../http/common.schemas'

const name = z.string().trim().min(2).max(200)

/** One validity round of an agency on the provincial list, as the province records it. */
export const ListingBody = z
  .strictObject({
    listName: name.openapi({ example: '2024—2026年度浙江省绿色矿山第三方评估机构名单' }),
    validFrom: IsoDate,
    validTo: IsoDate,
    staffCount: z.number().int().min(0).max(100000),
    seniorCount: z.number().int().min(0).max(100000),
    applicationRef: z.string().trim().min(3).max(500).openapi({
      description: 'The public application record: a document reference or the notice that listed it',
    }),
  })
  .openapi('ListingBody')

export const AgencyBody = z
  .strictObject({
    name,
    creditCode: z.string().trim().min(3).max(40).optional(),
    regionCode: RegionCode.optional(),
    listing: ListingBody,
  })
  .openapi('AgencyBody')

export const ExpertBody = z
  .strictObject({
    name: z.string().trim().min(2).max(50),
    senior: z.boolean().openapi({ description: 'Holds a senior professional title (高级职称)' }),
    specialty: z.string().trim().min(2).max(50),
    registeredFrom: IsoDate,
    registeredTo: IsoDate.optional(),
  })
  .openapi('ExpertBody')

export const ExpertEndBody = z
  .strictObject({ registeredTo: IsoDate, reason: z.string().trim().min(2).max(500) })
  .openapi('ExpertEndBody')

export const Listing = z
  .object({
    listName: z.string(),
    validFrom: IsoDate,
    validTo: IsoDate,
    staffCount: z.number().int(),
    seniorCount: z.number().int(),
    applicationRef: z.string(),
    recordedAt: IsoDateTime,
  })
  .openapi('Listing')

export const Expert = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    name: z.string(),
    senior: z.boolean(),
    specialty: z.string(),
    registeredFrom: IsoDate,
    registeredTo: IsoDate.nullable(),
  })
  .openapi('Expert')

export const Agency = z
  .object({
    id: z.number().int(),
    name: z.string(),
    regionCode: z.string().nullable(),
    listings: z.array(Listing),
    experts: z.array(Expert),
  })
  .openapi('Agency')

export const AgencyList = z.object({ items: z.array(Agency) }).openapi('AgencyList')

export const AgencyListQuery = z.object({
  on: IsoDate.optional().openapi({ description: 'Only agencies listed on this date' }),
})
