import { z } from '@hono/zod-openapi'
import { GREEN_EVENT_TYPES, GREEN_STATES, MINE_STATUSES, OPS_EVENTS, ROLES } from '@zgm/domain'
import { DbId, IsoDate, RegionCode } from '../http/common.schemas'

const isoDate = IsoDate
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
  expectedVersion: DbId.optional().openapi({ description: 'The mine version you saw; stale → 409' }),
  documentId: DbId.optional(),
  backdateReason: z.string().trim().min(1).max(2000).optional().openapi({
    description:
      'Needed when `on` is more than BACKDATE_DAYS back: why; the event then waits for the province',
  }),
}

/** One body schema per green-mine event (R3, R6). */
export const GREEN_EVENT_BODIES = named({
  submit_self_assessment: z.object({
    ...common,
    recipients: z.array(z.enum(['county_land', 'county_environment'])).min(1),
    selfScores: scores.optional().openapi({
      description:
        "The enterprise's own answers and group scores (it answers for their truth, R3.1); recorded with the event",
    }),
    evidence: z
      .array(z.object({ group: z.string().min(1).max(40), documentId: DbId }))
      .max(100)
      .optional()
      .openapi({ description: 'Stored documents of this mine filed as evidence, per indicator group' }),
  }),
  assign_evaluator: z.object({
    ...common,
    agencyId: DbId,
    exceptionId: DbId.optional().openapi({
      description:
        'The approved direct-assignment exception (R3.2), required: draws assign through POST /api/evaluator-draws/{id}/reveal',
    }),
  }),
  file_verification: z.object({
    ...common,
    scores,
    indicatorSetId: z.string().optional(),
    conclusion: z.enum(['pass', 'fail']).optional(),
    reason: z.string().max(2000).optional(),
    team: z
      .array(z.object({ id: z.string().min(1).max(40), senior: z.boolean().optional() }))
      .min(1)
      .max(50)
      .openapi({
        description:
          'Registered expert ids of the assigned agency; seniority is read from the register (R3.4)',
      }),
    standard: z.object({ code: z.string().min(3).max(40), conforms: z.boolean() }).openapi({
      description: "The mine's industry standard (e.g. DZ/T 0316-2018) and whether it conforms (R3.4)",
    }),
  }),
  publish_county_publicity: z.object({
    ...common,
    period,
    objectionChannel: channel,
    publicityId: DbId.optional(),
  }),
  close_county_publicity: z.object({
    ...common,
    objectionUpheld: z.boolean(),
    archived: z.strictObject({ selfAssessmentDocumentId: DbId, verificationReportDocumentId: DbId }).openapi({
      description:
        'The stored originals of both reports (document ids of this mine: a self_assessment_report and a verification_report)',
    }),
  }),
  city_report: z.object({ ...common, batchRef: z.string().max(100).optional() }),
  publish_province_list: z.object({
    ...common,
    period,
    objectionChannel: channel,
    publicityId: DbId.optional(),
  }),
  uphold_province_objection: z.object({ ...common, reason: z.string().min(1).max(2000) }),
  enter_directory: z.object({ ...common, objectionUpheld: z.boolean().optional() }),
  spot_check: z.object({
    ...common,
    drawId: DbId,
    result: z.enum(['pass', 'declined']),
    deadline: isoDate.optional(),
  }),
  assign_recheck_agency: z.object({ ...common }),
  recheck: z.object({
    ...common,
    result: z.enum(['pass', 'fail']),
    scores: scores.optional(),
    indicatorSetId: z.string().optional(),
  }),
  confirm_removal: z.object({
    ...common,
    responsiblePersons: z.array(z.string().min(1).max(50)).max(20).optional(),
    reason: z.string().max(2000).optional(),
  }),
})

/** One body schema per operational event (R4). */
export const OPS_EVENT_BODIES = named({
  start_production: z.object({ ...common, productionStartedOn: isoDate.optional() }),
  suspend: z.object({
    ...common,
    reason: z.enum(['R4', 'rectification', 'licence', 'safety', 'voluntary', 'other']),
    note: z.string().max(2000).optional(),
    deadline: isoDate.optional().openapi({
      description: 'The rectification deadline (限期); required for a stop-production order (R4)',
    }),
  }),
  resume: z.object({
    ...common,
    acceptance: z
      .object({
        documentId: DbId.openapi({
          description: "The stored acceptance document (kind 'acceptance') of this mine",
        }),
        acceptedOn: isoDate,
      })
      .nullable(),
  }),
  close: z.object({ ...common, note: z.string().max(2000).optional() }),
})

const OPS_EVENT_TYPES = Object.keys(OPS_EVENTS) as (keyof typeof OPS_EVENTS)[]
const publicityLevel = z.enum(['county', 'province'])

/** What a step caused, as the domain reports it (GreenEffect | OpsEffect); the first is the transition. */
export const EventEffect = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('transition'),
      event: z.enum([...GREEN_EVENT_TYPES, ...OPS_EVENT_TYPES]),
      from: z.enum([...GREEN_STATES, ...MINE_STATUSES]),
      to: z.enum([...GREEN_STATES, ...MINE_STATUSES]),
      role: z.enum(ROLES),
      on: isoDate,
    }),
    z.object({
      kind: z.literal('verification_late'),
      rule: z.literal('R3.3'),
      dueOn: isoDate,
      filedOn: isoDate,
    }),
    z.object({
      kind: z.literal('indicator_weights_unconfirmed'),
      rule: z.literal('R3.4'),
      indicatorSetId: z.string(),
      groups: z.array(z.string()).openapi({ description: 'Groups whose points are not loaded yet' }),
      passRuleConfirmed: z.boolean(),
    }),
    z.object({
      kind: z.literal('publicity_opened'),
      level: publicityLevel,
      start: isoDate,
      end: isoDate,
      objectionChannel: z.string(),
    }),
    z.object({ kind: z.literal('objection_upheld'), level: publicityLevel, on: isoDate }),
    z.object({ kind: z.literal('originals_archived'), on: isoDate }),
    z.object({ kind: z.literal('entered_directory'), on: isoDate }),
    z.object({ kind: z.literal('rectification_ordered'), orderedOn: isoDate, deadline: isoDate }),
    z.object({ kind: z.literal('rectification_closed'), on: isoDate }),
    z.object({ kind: z.literal('recheck_agency_drawn'), agencyId: z.string(), on: isoDate }),
    z.object({ kind: z.literal('removal_proposed'), on: isoDate }),
    z.object({ kind: z.literal('removed_from_directory'), on: isoDate }),
    z.object({ kind: z.literal('public_exposure'), on: isoDate, mineId: z.string().nullable() }),
    z.object({
      kind: z.literal('blacklist'),
      on: isoDate,
      enterpriseId: z.string().nullable(),
      responsiblePersons: z.array(z.string()),
    }),
  ])
  .openapi('EventEffect')

export const EventResult = z
  .object({
    mineId: z.number().int(),
    eventId: z.number().int(),
    type: z.enum([...GREEN_EVENT_TYPES, ...OPS_EVENT_TYPES]),
    on: isoDate,
    greenState: z.enum(GREEN_STATES),
    opsStatus: z.enum(MINE_STATUSES),
    version: z.number().int(),
    effects: z.array(EventEffect),
  })
  .openapi('EventResult')

export const SpotCheckCommitBody = z
  .strictObject({
    regionCode: RegionCode,
    period: z.string().max(10).openapi({
      description: 'A year (2026) or a half-year (2026-H1, 2026-H2); one draw per region and period',
    }),
    seedHash: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'seedHash must be the SHA-256 of the seed, 64 hexadecimal digits')
      .openapi({
        description: 'SHA-256 (hex) of the seed, published now; the seed itself is revealed later',
      }),
    ratio: z.number().gt(0).max(1).optional(),
    count: z.number().int().positive().optional(),
    inspectorsPerMine: z.number().int().min(2).max(5).optional(),
    on: isoDate.optional(),
  })
  .openapi('SpotCheckCommitBody')

export const SpotCheckCommitment = z
  .object({
    id: z.number().int(),
    commitEntropy: z.string().openapi({
      description: 'The hash of the commitment’s audit entry, joined to the seed when the draw runs',
    }),
    populationIds: z.array(z.string()),
    inspectorIds: z.array(z.string()),
  })
  .openapi('SpotCheckCommitment')

export const SpotCheckRevealBody = z
  .strictObject({ seed: z.string().min(1).max(200), on: isoDate.optional() })
  .openapi('SpotCheckRevealBody')

/** The whole draw as recorded: enough to publish it and to re-run it (R6). */
export const SpotCheckDraw = z
  .object({
    algorithm: z.string(),
    seed: z.string(),
    drawnOn: isoDate,
    populationIds: z.array(z.string()),
    inspectorIds: z.array(z.string()),
    size: z.union([z.object({ ratio: z.number() }), z.object({ count: z.number().int() })]),
    inspectorsPerMine: z.number().int(),
    conflicts: z.array(z.object({ inspectorId: z.string(), mineId: z.string() })),
    assignments: z.array(z.object({ mineId: z.string(), inspectorIds: z.array(z.string()) })),
  })
  .openapi('SpotCheckDraw')

export const SpotCheckDrawResult = z
  .object({ id: z.number().int(), draw: SpotCheckDraw })
  .openapi('SpotCheckDrawResult')

export type EventResultShape = z.infer<typeof EventResult>
export type SpotCheckDrawResultShape = z.infer<typeof SpotCheckDrawResult>

/** Each body a named component, e.g. submit_self_assessment → SubmitSelfAssessmentBody. */
function named<T extends Record<string, z.ZodObject>>(bodies: T): T {
  const pascal = (type: string) => type.replace(/(^|_)([a-z])/g, (_, __, ch: string) => ch.toUpperCase())
  return Object.fromEntries(
    // Strict: an unknown field is refused (400 unrecognized_keys), never silently dropped.
    Object.entries(bodies).map(([type, schema]) => [type, schema.strict().openapi(`${pascal(type)}Body`)]),
  ) as T
}
