import { z } from '@hono/zod-openapi'
import { IsoDate } from '../http/common.schemas'

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']).openapi({
      description:
        '`degraded` (with HTTP 503) while the database cannot be reached; the API recovers by itself',
    }),
    database: z.object({
      backend: z.enum(['embedded', 'server']),
      reachable: z.boolean(),
      server: z.string().nullable().openapi({ example: '15.19' }),
      postgis: z.string().nullable().openapi({ example: '3.3.2' }),
    }),
    replica: z
      .object({
        reachable: z.boolean(),
        lagBytes: z.number().nullable().openapi({
          description:
            'WAL bytes written on the primary and not yet replayed on the replica; null when unreachable',
        }),
        lagSeconds: z.number().nullable().openapi({
          description: 'Age of the last replayed transaction while the replica is behind (0 when caught up)',
        }),
      })
      .nullable()
      .openapi({
        description:
          'The read replica (DATABASE_READ_URL); null = none. While unreachable, reads go to the primary',
      }),
    demo: z.boolean(),
    today: IsoDate.openapi({
      description:
        "The business date the rules take for today (Zhejiang); a test clock's date when one is set",
    }),
    testClock: z.boolean().openapi({
      description: 'True when a test clock (CLOCK_FILE, demo mode only) sets today instead of the real date',
    }),
    dataThrough: IsoDate.nullable().openapi({
      description: 'Date of the newest recorded event; the demo history ends in 2020',
    }),
    basemap: z.object({ tiandituKey: z.string(), reviewNo: z.string() }).nullable().openapi({
      description: 'Optional online basemap (a Tianditu browser key); null = offline layers only',
    }),
    vectorBasemap: z.string().nullable().openapi({
      description:
        "The operator's PMTiles vector basemap (BASEMAP_PMTILES), served with range requests; null = none",
      example: '/basemap/basemap.pmtiles',
    }),
    areaMaxDistanceM: z.number().openapi({
      description:
        'AREA_MAX_DISTANCE_M: how far outside its footprint a drawn area may lie (the editor checks live)',
      example: 500,
    }),
  })
  .openapi('Health')
