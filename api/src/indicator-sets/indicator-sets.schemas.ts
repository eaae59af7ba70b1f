import { z } from '@hono/zod-openapi'
import { IsoDate } from '../http/common.schemas'

export const IndicatorGroupView = z
  .object({
    id: z.string(),
    zh: z.string(),
    en: z.string(),
    points: z.number().nullable().openapi({ description: 'Null until the official table is loaded' }),
    items: z.number().int().nullable(),
    confirmed: z.boolean(),
    source: z.string(),
  })
  .openapi('IndicatorGroup')

export const IndicatorSetView = z
  .object({
    id: z.string(),
    title: z.string(),
    titleZh: z.string(),
    source: z.string(),
    validFrom: IsoDate,
    validTo: IsoDate.nullable(),
    maxTotal: z.number(),
    passTotal: z.number().nullable(),
    groupMinShare: z.number().nullable(),
    groupCount: z.number().int(),
    level2Count: z.number().int(),
    level3Count: z.number().int(),
    prerequisites: z.array(z.object({ id: z.string(), zh: z.string(), en: z.string() })),
    groups: z.array(IndicatorGroupView),
    confirmed: z.boolean().openapi({ description: 'Every weight and the pass rule are loaded' }),
  })
  .openapi('IndicatorSet')

export const IndicatorSetList = z.object({ items: z.array(IndicatorSetView) }).openapi('IndicatorSetList')

export const IndicatorTableBody = z
  .strictObject({
    csv: z.string().min(10).max(20000).openapi({
      example: 'group_id,points,items\ncomprehensive_use,160,20',
      description: 'group_id,points,items',
    }),
    source: z
      .string()
      .trim()
      .min(5)
      .max(500)
      .openapi({ description: 'The official document the table comes from' }),
    passTotal: z.number().positive().optional(),
    groupMinShare: z.number().gt(0).max(1).optional(),
  })
  .openapi('IndicatorTableBody')

export const SetIdParam = z.object({
  setId: z
    .string()
    .regex(/^[A-Z0-9-]{2,20}$/)
    .openapi({ param: { name: 'setId', in: 'path' }, example: 'CN-2020' }),
})

export const IndustryStandardList = z
  .object({
    standards: z.array(z.object({ code: z.string(), sector: z.string(), titleZh: z.string() })),
    minerals: z.array(z.object({ mineral: z.string(), standard: z.string() })),
  })
  .openapi('IndustryStandardList')
