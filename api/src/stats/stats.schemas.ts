import { z } from '@hono/zod-openapi'
import {
  GREEN_STATES,
  MINE_STATUSES,
  SCOPE_POLICIES,
  type AlertKind,
  type GreenState,
  type TargetSource,
  type TargetStatusKind,
} from '@zgm/domain'
import { IsoDate, RegionCode } from '../http/common.schemas'

export const REGION_LEVELS = ['province', 'city', 'county'] as const
const TARGET_SOURCES = [
  'seed',
  'annex',
  'city_split',
  'inherited_from_city',
] as const satisfies readonly TargetSource[]
const TARGET_STATUSES = ['met', 'behind', 'no_target'] as const satisfies readonly TargetStatusKind[]
const ALERT_KINDS = [
  'verification_due',
  'construction_due',
  'suspension_due',
  'rectification_due',
  'city_report_due',
] as const satisfies readonly AlertKind[]
const ALERT_RULES = ['R3.3', 'R3.6', 'R4', 'R6'] as const

const policyIds = Object.keys(SCOPE_POLICIES) as [string, ...string[]]
export const PolicyId = z.enum(policyIds).openapi({ description: 'R1 scope policy' })

/** The second clock: figures as the system knew them at the end of this day (Zhejiang time). */
export const KnownAt = IsoDate.optional().openapi({
  description:
    'What the system knew then: only events recorded by the end of this day count (default: everything recorded so far)',
})

/** The knowledge cutoff a response was computed at: the end of the knownAt day, or null for now. */
export const KnownAtCutoff = z
  .string()
  .nullable()
  .openapi({ description: 'Events recorded after this instant were left out; null = none left out' })

export const StatsQuery = z
  .object({
    asOf: IsoDate.optional().openapi({ description: 'Defaults to today' }),
    knownAt: KnownAt,
    level: z.enum(REGION_LEVELS).default('county'),
    region: RegionCode.optional().openapi({ description: 'Only rows inside this region' }),
    policy: PolicyId.default('ZJ-2018'),
  })
  .openapi('StatsQuery')

export const AlertsQuery = z
  .object({ asOf: IsoDate.optional(), region: RegionCode.optional() })
  .openapi('AlertsQuery')

export const MapMinesQuery = z
  .object({ asOf: IsoDate.optional(), policy: PolicyId.default('ZJ-2018') })
  .openapi('MapMinesQuery')

export const Target = z
  .object({
    kind: z.enum(['count', 'rate']),
    value: z.number().openapi({ description: 'A count of mines, or a rate 0..1' }),
    year: z.number().int(),
    dueOn: IsoDate,
    source: z.enum(TARGET_SOURCES),
  })
  .openapi('Target')

export const PublicStatsRow = z
  .object({
    code: RegionCode,
    level: z.enum(REGION_LEVELS),
    parentCode: RegionCode.nullable(),
    name: z.string(),
    nameEn: z.string(),
    mandatory: z.number().int().openapi({ description: '应建 mines as of the date, under the policy' }),
    inDirectory: z.number().int().openapi({ description: '应建 mines in the directory (the numerator)' }),
    inDirectoryTotal: z.number().int().openapi({ description: 'Every mine in the directory' }),
    rate: z
      .number()
      .nullable()
      .openapi({ description: 'inDirectory / mandatory; null without mandatory mines' }),
    target: z.union([Target, z.null()]),
    status: z.enum(TARGET_STATUSES),
    shortfall: z.number().int(),
  })
  .openapi('PublicStatsRow')

const pipelineShape = Object.fromEntries(GREEN_STATES.map((s) => [s, z.number().int()])) as Record<
  GreenState,
  z.ZodNumber
>
export const Pipeline = z
  .object(pipelineShape)
  .openapi('Pipeline', { description: 'Mines in each green-mine state as of the date' })

export const StatsRow = PublicStatsRow.extend({
  pipeline: Pipeline,
  overdue: z.number().int(),
  comingDue: z.number().int(),
}).openapi('StatsRow')

export const Stats = z
  .object({
    asOf: IsoDate,
    knownAt: KnownAtCutoff,
    targetYear: z.number().int(),
    policyId: z.string(),
    rows: z.array(StatsRow),
  })
  .openapi('Stats')

export const Alert = z
  .object({
    kind: z.enum(ALERT_KINDS),
    mineId: z.string().optional(),
    regionCode: RegionCode.optional(),
    dueOn: IsoDate,
    overdue: z.boolean(),
    daysLeft: z.number().int().openapi({ description: 'Negative when overdue' }),
    rule: z.enum(ALERT_RULES),
    opensOn: IsoDate.optional().openapi({ description: 'For a reporting window: the day it opens' }),
    message: z.string(),
    messageZh: z.string(),
  })
  .openapi('Alert')

export const AlertList = z.array(Alert).openapi('AlertList')

export const MapMine = z
  .object({
    id: z.number().int(),
    name: z.string(),
    lng: z.number(),
    lat: z.number(),
    countyCode: RegionCode,
    greenState: z.enum(GREEN_STATES),
    opsStatus: z.enum(MINE_STATUSES),
    mandatory: z.boolean(),
  })
  .openapi('MapMine')

export const MapMineList = z.array(MapMine).openapi('MapMineList')

export type PublicStatsRowShape = z.infer<typeof PublicStatsRow>
export type StatsRowShape = z.infer<typeof StatsRow>
export type StatsShape = z.infer<typeof Stats>
export type AlertShape = z.infer<typeof Alert>
export type MapMineShape = z.infer<typeof MapMine>
