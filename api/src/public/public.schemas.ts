import { z } from '@hono/zod-openapi'
import { PublicStatsRow } from '../stats/stats.routes'

/**
 * Every public response is passed through these schemas before it leaves the server, which
 * strips any field not listed: redaction happens here, never in the browser.
 */
export const PublicRegion = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    parentCode: z.string().nullable(),
    labelPoint: z.tuple([z.number(), z.number()]),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  })
  .openapi('PublicRegion')

export const PublicStats = z
  .object({ asOf: z.string(), targetYear: z.number(), policyId: z.string(), rows: z.array(PublicStatsRow) })
  .openapi('PublicStats')

export const PublicDirectoryMine = z
  .object({
    id: z.number(),
    name: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    mineral: z.string(),
    enteredOn: z.string(),
    lng: z.number(),
    lat: z.number(),
  })
  .openapi('PublicDirectoryMine')

export const PublicDirectory = z
  .object({ items: z.array(PublicDirectoryMine), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi('PublicDirectory')

export const PublicNotice = z
  .object({
    id: z.number(),
    level: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    title: z.string(),
    startOn: z.string(),
    endOn: z.string(),
    objectionChannel: z.string(),
    issuer: z.string(),
    publishedOn: z.string(),
    open: z.boolean(),
    items: z.array(
      z.object({ mineName: z.string(), countyName: z.string(), mineral: z.string(), remarks: z.string() }),
    ),
  })
  .openapi('PublicNotice')

export const PublicDraw = z
  .object({
    id: z.number(),
    drawnOn: z.string(),
    seed: z.string(),
    regionCode: z.string(),
    publishedOn: z.string().nullable(),
    algorithm: z.string(),
    populationSize: z.number(),
    drawnMineIds: z.array(z.number()),
  })
  .openapi('PublicSpotCheckDraw')
