import { z } from '@hono/zod-openapi'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
const period = z.object({ start: isoDate, end: isoDate })
const scores = z.object({
  prerequisites: z.record(z.string(), z.boolean()),
  groups: z.record(z.string(), z.number().min(0)),
})
const channel = z
  .string()
  .min(5, 'the objection channel must say how to object (address, e-mail, phone)')
  .max(500)

/** Fields every event accepts. */
const common = {
  on: isoDate.optional().openapi({ description: 'Business date; defaults to today' }),
  expectedVersion: z
    .number()
    .int()
    .positive()
    .optional()
    .openapi({ description: 'The mine version you saw; stale → 409' }),
  documentId: z.number().int().positive().optional(),
}

/** One body schema per green-mine event (R3, R6). */
export const GREEN_EVENT_BODIES = {
  submit_self_assessment: z.object({
    ...common,
    recipients: z.array(z.enum(['county_land', 'county_environment'])).min(1),
  }),
  assign_evaluator: z.object({
    ...common,
    agencyId: z.number().int().positive().optional(),
    selectionSeed: z.string().min(1).max(200).optional(),
  }),
  file_verification: z.object({
    ...common,
    scores,
    indicatorSetId: z.string().optional(),
    conclusion: z.enum(['pass', 'fail']).optional(),
    reason: z.string().max(2000).optional(),
    team: z.array(z.object({ id: z.string().min(1), senior: z.boolean() })).min(1),
  }),
  publish_county_publicity: z.object({
    ...common,
    period,
    objectionChannel: channel,
    publicityId: z.number().int().optional(),
  }),
  close_county_publicity: z.object({
    ...common,
    objectionUpheld: z.boolean(),
    archived: z.object({ selfAssessment: z.boolean(), verificationReport: z.boolean() }),
  }),
  city_report: z.object({ ...common, batchRef: z.string().max(100).optional() }),
  publish_province_list: z.object({
    ...common,
    period,
    objectionChannel: channel,
    publicityId: z.number().int().optional(),
  }),
  uphold_province_objection: z.object({ ...common, reason: z.string().min(1).max(2000) }),
  enter_directory: z.object({ ...common, objectionUpheld: z.boolean().optional() }),
  spot_check: z.object({
    ...common,
    drawId: z.number().int().positive(),
    result: z.enum(['pass', 'declined']),
    deadline: isoDate.optional(),
  }),
  recheck: z.object({
    ...common,
    result: z.enum(['pass', 'fail']),
    scores: scores.optional(),
    indicatorSetId: z.string().optional(),
    responsiblePersons: z.array(z.string().min(1).max(50)).max(20).optional(),
  }),
} as const

/** One body schema per operational event (R4). */
export const OPS_EVENT_BODIES = {
  start_production: z.object({ ...common, productionStartedOn: isoDate.optional() }),
  suspend: z.object({
    ...common,
    reason: z.enum(['R4', 'rectification', 'licence', 'safety', 'voluntary', 'other']),
    note: z.string().max(2000).optional(),
  }),
  resume: z.object({
    ...common,
    acceptance: z.object({ documentRef: z.string().min(1), acceptedOn: isoDate }).nullable(),
  }),
  close: z.object({ ...common, note: z.string().max(2000).optional() }),
} as const

export const EventResult = z
  .object({
    mineId: z.number(),
    eventId: z.number(),
    type: z.string(),
    on: isoDate,
    greenState: z.string(),
    opsStatus: z.string(),
    version: z.number(),
    effects: z.array(z.any()),
  })
  .openapi('EventResult')

export const DrawBody = z.object({
  seed: z.string().min(1).max(200),
  regionCode: z.string().regex(/^33\d{4}$/),
  ratio: z.number().gt(0).max(1).optional(),
  count: z.number().int().positive().optional(),
  inspectorsPerMine: z.number().int().min(2).max(5).optional(),
  on: isoDate.optional(),
  publish: z.boolean().optional(),
})
