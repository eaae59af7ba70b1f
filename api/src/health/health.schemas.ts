import { z } from '@hono/zod-openapi'
import { IsoDate } from '../http/common.schemas'

export const Health = z
  .object({
    status: z.literal('ok'),
    database: z.object({
      backend: z.enum(['embedded', 'server']),
      server: z.string().openapi({ example: '15.19' }),
      postgis: z.string().openapi({ example: '3.3.2' }),
    }),
    demo: z.boolean(),
    dataThrough: IsoDate.nullable().openapi({
      description: 'Date of the newest recorded event; the demo history ends in 2020',
    }),
    basemap: z.object({ tiandituKey: z.string(), reviewNo: z.string() }).nullable().openapi({
      description: 'Optional online basemap (a Tianditu browser key); null = offline layers only',
    }),
  })
  .openapi('Health')
