import { z } from '@hono/zod-openapi'
import { IsoDate, RegionCode } from '../http/common.schemas'
import { Target } from '../stats/stats.schemas'

export const CitySplitParams = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2018)
    .max(2030)
    .openapi({ param: { name: 'year', in: 'path' }, example: 2020 }),
  cityCode: RegionCode.openapi({ param: { name: 'cityCode', in: 'path' }, example: '330500' }),
})

export const CitySplitBody = z
  .strictObject({
    shares: z
      .array(
        z.strictObject({
          countyCode: RegionCode,
          value: z.number().min(0).max(100_000).openapi({ description: 'A count of mines, or a rate 0..1' }),
        }),
      )
      .min(1)
      .max(40),
  })
  .openapi('CitySplitBody', {
    description:
      "Every county of the city with its share: whole counts summing to at least the city's count, or rates no lower than the city's rate",
  })

export const CountyTargetEntry = z
  .object({
    code: RegionCode,
    name: z.string(),
    target: z
      .union([Target, z.null()])
      .openapi({ description: "The county's target (its own, or inherited)" }),
    setBy: z.string().nullable(),
    setOn: IsoDate.nullable(),
  })
  .openapi('CountyTargetEntry')

export const CitySplit = z
  .object({
    year: z.number().int(),
    cityCode: RegionCode,
    cityName: z.string(),
    cityTarget: z.union([Target, z.null()]),
    closed: z.boolean().openapi({ description: 'The year is closed: its targets no longer change (R7)' }),
    counties: z.array(CountyTargetEntry),
  })
  .openapi('CitySplit')

export type CitySplitShape = z.infer<typeof CitySplit>
