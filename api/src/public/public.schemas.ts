import { z } from '@hono/zod-openapi'
import { IsoDate, LngLat, RegionCode } from '../http/common.schemas'
import { KnownAt, KnownAtCutoff, PublicStatsRow, REGION_LEVELS } from '../stats/stats.schemas'
import { SpotCheckDraw } from '../workflow/workflow.schemas'

export const NOTICE_LEVELS = ['county', 'province', 'removal', 'spot_check'] as const

export const PublicRegionsQuery = z
  .object({ level: z.enum(['city', 'county']).default('county') })
  .openapi('PublicRegionsQuery')

export const PublicStatsQuery = z
  .object({ asOf: IsoDate.optional(), knownAt: KnownAt, level: z.enum(REGION_LEVELS).default('county') })
  .openapi('PublicStatsQuery')

export const PublicDirectoryQuery = z
  .object({
    asOf: IsoDate.optional(),
    q: z.string().max(100).optional(),
    county: RegionCode.optional(),
    city: RegionCode.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(1000).default(50),
  })
  .openapi('PublicDirectoryQuery')

export const PublicityQuery = z
  .object({
    asOf: IsoDate.optional(),
    status: z.enum(['open', 'closed', 'all']).default('all'),
    level: z.enum(NOTICE_LEVELS).optional(),
  })
  .openapi('PublicityQuery')

export const PublicMapQuery = z.object({ asOf: IsoDate.optional() }).openapi('PublicMapQuery')

/**
 * Every public response is passed through these schemas before it leaves the server, which
 * strips any field not listed: redaction happens here, never in the browser.
 */
export const PublicRegion = z
  .object({
    code: RegionCode,
    name: z.string(),
    nameEn: z.string(),
    parentCode: RegionCode.nullable(),
    labelPoint: LngLat,
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  })
  .openapi('PublicRegion')

export const PublicRegionList = z.array(PublicRegion).openapi('PublicRegionList')

export const PublicOutlines = z
  .object({
    level: z.enum(['city', 'county']),
    worldPx: z.number().int().openapi({
      description: 'Width of the coordinate space: Web Mercator pixels of 512-px tiles at zoom 10, y down',
    }),
    items: z.array(
      z.object({
        code: RegionCode,
        path: z.string().openapi({ description: 'SVG path data, relative commands, whole pixels' }),
      }),
    ),
  })
  .openapi('PublicOutlines')

export const PublicStats = z
  .object({
    asOf: IsoDate,
    knownAt: KnownAtCutoff,
    targetYear: z.number().int(),
    policyId: z.string(),
    rows: z.array(PublicStatsRow),
  })
  .openapi('PublicStats')

export const PublicDirectoryMine = z
  .object({
    id: z.number().int(),
    name: z.string(),
    countyCode: RegionCode,
    countyName: z.string(),
    mineral: z.string(),
    enteredOn: IsoDate,
    lng: z.number(),
    lat: z.number(),
  })
  .openapi('PublicDirectoryMine')

export const PublicMapMineList = z.array(PublicDirectoryMine).openapi('PublicMapMineList')

export const PublicDirectory = z
  .object({
    items: z.array(PublicDirectoryMine),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('PublicDirectory')

export const PublicNotice = z
  .object({
    id: z.number().int(),
    level: z.enum(NOTICE_LEVELS),
    regionCode: RegionCode,
    regionName: z.string(),
    title: z.string(),
    startOn: IsoDate,
    endOn: IsoDate,
    objectionChannel: z.string(),
    issuer: z.string(),
    publishedOn: IsoDate,
    open: z.boolean().openapi({ description: 'The period runs on asOf and the notice is not closed' }),
    items: z.array(
      z.object({
        mineId: z.number().int().openapi({ description: 'The mine, as an objection names it' }),
        mineName: z.string(),
        countyName: z.string(),
        mineral: z.string(),
        remarks: z.string(),
        verification: z
          .object({
            verifiedOn: IsoDate,
            passed: z.boolean(),
            total: z.number(),
            indicatorVersion: z.string(),
          })
          .nullable()
          .openapi({ description: 'The on-site verification opinion a county notice publishes (R3.5)' }),
      }),
    ),
  })
  .openapi('PublicNotice')

export const PublicNoticeList = z.object({ items: z.array(PublicNotice) }).openapi('PublicNoticeList')

export const PublicSpotCheckResult = z
  .object({
    mineId: z.number().int(),
    mineName: z.string(),
    checkedOn: IsoDate,
    result: z.enum(['pass', 'declined']),
    rectificationDeadline: IsoDate.nullable(),
    recheckOn: IsoDate.nullable(),
    recheckPassed: z.boolean().nullable(),
    removed: z.boolean(),
  })
  .openapi('PublicSpotCheckResult')

export const PublicDraw = z
  .object({
    id: z.number().int(),
    regionCode: RegionCode,
    level: z.enum(['county', 'city', 'province']).nullable(),
    period: z.string().nullable().openapi({ description: 'null for draws recorded before commitments' }),
    drawnOn: IsoDate,
    publishedOn: IsoDate.nullable(),
    committedOn: IsoDate.nullable(),
    seedHash: z.string().nullable().openapi({ description: 'SHA-256 of the seed, published at commitment' }),
    commitEntropy: z
      .string()
      .nullable()
      .openapi({ description: 'Joined to the revealed seed: seed|entropy' }),
    populationIds: z
      .array(z.string())
      .openapi({ description: 'Directory mines drawn from, published at commitment' }),
    inspectorIds: z.array(z.string()).openapi({ description: 'The inspector pool, published at commitment' }),
    revealedOn: IsoDate.nullable(),
    seed: z.string().nullable().openapi({ description: 'The revealed seed (null until revealed)' }),
    algorithm: z.string().nullable(),
    populationSize: z.number().int(),
    drawnMineIds: z.array(z.number().int()),
    draw: SpotCheckDraw.nullable().openapi({
      description: 'The whole draw as run (its seed is seed|entropy): replay it with replaySpotCheckDraw',
    }),
    results: z.array(PublicSpotCheckResult),
  })
  .openapi('PublicSpotCheckDraw')

export const PublicDrawList = z.object({ items: z.array(PublicDraw) }).openapi('PublicSpotCheckDrawList')
