import { z } from '@hono/zod-openapi'
import { GREEN_STATES } from '@zgm/domain'
import { IsoDate, RegionCode } from '../http/common.schemas'

export const Assignment = z
  .object({
    id: z.number().int(),
    purpose: z.enum(['verification', 'recheck']).openapi({
      description:
        'verification: file_verification (R3.3–R3.4); recheck: the re-check after rectification (R6)',
    }),
    mineId: z.number().int(),
    mineName: z.string(),
    countyCode: RegionCode,
    countyName: z.string(),
    mineral: z.string(),
    industryStandard: z.string().nullable().openapi({
      description: "The mine's industry norm the verification names (R3.4), e.g. DZ/T 0316-2018",
    }),
    agencyId: z
      .number()
      .int()
      .openapi({ description: 'The assigned agency: its registered experts form the team' }),
    greenState: z.enum(GREEN_STATES),
    version: z.number().int().openapi({ description: "The mine's version, for expectedVersion" }),
    assignedOn: IsoDate,
    receivedOn: IsoDate.nullable().openapi({ description: 'When the county received the self-assessment' }),
    dueOn: IsoDate.nullable().openapi({
      description: 'verification: one month after receipt (R3.3); recheck: the rectification deadline',
    }),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Days from today to dueOn (negative: overdue)' }),
    open: z.boolean().openapi({ description: 'Not yet filed' }),
    filedOn: IsoDate.nullable(),
  })
  .openapi('Assignment')

export const AssignmentList = z
  .object({ today: IsoDate, items: z.array(Assignment) })
  .openapi('AssignmentList', {
    description: "The signed-in evaluator's agency's assignments, open ones first",
  })

export type AssignmentShape = z.infer<typeof Assignment>
