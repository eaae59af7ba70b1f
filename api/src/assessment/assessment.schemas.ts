import { z } from '@hono/zod-openapi'
import { ASSESSED_FIGURES } from '@zgm/domain'
import { IsoDate, IsoDateTime, RegionCode } from '../http/common.schemas'
import { Target } from '../stats/stats.schemas'

export const ASSESSMENT_FORMATS = ['json', 'csv', 'xlsx'] as const

export const YearParam = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2018)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' }, example: 2020 }),
})

export const AssessmentQuery = z
  .object({
    format: z.enum(ASSESSMENT_FORMATS).default('json').openapi({
      description: 'json, or a download: csv (UTF-8 with BOM, for Excel) or xlsx',
    }),
  })
  .openapi('AssessmentQuery')

export const AssessmentRow = z
  .object({
    code: RegionCode,
    level: z.enum(['city', 'county']),
    parentCode: RegionCode.nullable(),
    name: z.string(),
    nameEn: z.string(),
    target: z.union([Target, z.null()]),
    mandatory: z.number().int().openapi({ description: '应建 mines at the year end' }),
    inDirectory: z.number().int().openapi({ description: '应建 mines in the directory (achieved)' }),
    inDirectoryTotal: z.number().int().openapi({ description: 'Every mine in the directory' }),
    rate: z.number().nullable(),
    status: z.enum(['met', 'behind', 'no_target']),
    shortfall: z.number().int().openapi({ description: 'Mines still missing to meet the target' }),
    overdue: z.number().int().openapi({ description: 'Overdue clocks at the year end (R3.3, R3.6, R4, R6)' }),
    rectifications: z
      .number()
      .int()
      .openapi({ description: 'Spot-check rectifications ordered in the year (R6)' }),
    removals: z.number().int().openapi({ description: 'Removals from the directory in the year (R6)' }),
  })
  .openapi('AssessmentRow')

const FigureValue = z.union([z.number(), z.string(), z.null()])

export const FigureChange = z
  .object({
    code: RegionCode,
    name: z.string(),
    figure: z.enum(ASSESSED_FIGURES),
    closed: FigureValue.openapi({ description: 'As frozen at the year close' }),
    now: FigureValue.openapi({ description: 'As the history recorded since says' }),
  })
  .openapi('FigureChange')

export const RestatingEvent = z
  .object({
    eventId: z.number().int(),
    mineId: z.number().int(),
    mineName: z.string(),
    countyCode: RegionCode,
    type: z.string(),
    on: IsoDate.openapi({ description: 'Business date' }),
    recordedAt: IsoDateTime.openapi({ description: 'When the system learnt of it (after the close)' }),
    recordedBy: z.string().nullable(),
    role: z.string(),
    backdate: z
      .object({ entryId: z.number().int(), reason: z.string(), approvedBy: z.string() })
      .nullable()
      .openapi({ description: 'The approved backdated entry it came from, if any' }),
  })
  .openapi('RestatingEvent')

export const Assessment = z
  .object({
    year: z.number().int(),
    asOf: IsoDate.openapi({ description: 'The year end, or today for the year under way' }),
    status: z.enum(['open', 'closed']),
    closedAt: IsoDateTime.nullable(),
    closedBy: z.string().nullable(),
    policyId: z.string(),
    rows: z
      .array(AssessmentRow)
      .openapi({ description: 'Closed years: the frozen figures, never recomputed' }),
    restatements: z
      .object({ changes: z.array(FigureChange), events: z.array(RestatingEvent) })
      .openapi('Restatements', {
        description:
          'Closed years: what the history recorded since the close changes, listed beside the frozen figures',
      }),
  })
  .openapi('Assessment')

export type AssessmentRowShape = z.infer<typeof AssessmentRow>
export type AssessmentShape = z.infer<typeof Assessment>
export type FigureChangeShape = z.infer<typeof FigureChange>
