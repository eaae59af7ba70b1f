import { z } from '@hono/zod-openapi'
import { IsoDate, RegionCode } from '../http/common.schemas'
import { WORK_KINDS } from './work.service'

export const WorkKind = z.enum(WORK_KINDS).openapi('WorkKind', { description: 'What the user is to do' })

export const WorkItem = z
  .object({
    kind: WorkKind,
    mineId: z.number().int().nullable(),
    mineName: z.string().nullable(),
    regionCode: RegionCode.openapi({ description: "The mine's county, or the region the item is about" }),
    dueOn: IsoDate.nullable().openapi({ description: 'The clock that applies (null: none runs)' }),
    opensOn: IsoDate.nullable().openapi({ description: 'For a reporting window: the day it opens' }),
    overdue: z.boolean(),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Days from asOf to dueOn; negative when overdue' }),
    rule: z.string().nullable().openapi({ description: 'The programme rule behind it (R3.3, R4, R6…)' }),
    deskPath: z
      .string()
      .openapi({ description: 'Where in the web app the action is taken', example: '/county/mines/12' }),
  })
  .openapi('WorkItem')

export const WorkQueue = z
  .object({
    asOf: IsoDate,
    role: z.string(),
    regionCode: RegionCode.nullable().openapi({ description: 'The region the home map opens on' }),
    bbox: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .nullable()
      .openapi({ description: "[west, south, east, north] of an enterprise's or evaluator's mines" }),
    counts: z.object({
      waiting: z.number().int().openapi({ description: 'Everything waiting on the user' }),
      dueSoon: z.number().int().openapi({ description: 'Not overdue, due within 30 days' }),
      overdue: z.number().int(),
    }),
    items: z.array(WorkItem).openapi({ description: 'Overdue first, then soonest due' }),
  })
  .openapi('WorkQueue')

export const WorkQuery = z
  .object({ asOf: IsoDate.optional().openapi({ description: 'Business date; default today' }) })
  .openapi('WorkQuery')
