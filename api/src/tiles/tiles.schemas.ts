import { z } from '@hono/zod-openapi'

/** TileJSON 3.0.0 (github.com/mapbox/tilejson-spec/tree/master/3.0.0), as tilejson.ts writes it. */
export const TileJson = z
  .object({
    tilejson: z.literal('3.0.0'),
    name: z.string(),
    description: z.string(),
    version: z.string().openapi({ description: 'Version of the tile set schema', example: '1.0.0' }),
    attribution: z.string(),
    scheme: z.literal('xyz'),
    tiles: z.array(z.string().url()),
    minzoom: z.number().int(),
    maxzoom: z.number().int(),
    bounds: z.array(z.number()).length(4),
    center: z.array(z.number()).length(3),
    vector_layers: z.array(
      z.object({
        id: z.string(),
        description: z.string(),
        minzoom: z.number().int(),
        maxzoom: z.number().int(),
        fields: z
          .record(z.string(), z.string())
          .openapi({ description: 'Attribute name → its type and meaning' }),
      }),
    ),
  })
  .openapi('TileJson')

export type TileJsonShape = z.infer<typeof TileJson>
