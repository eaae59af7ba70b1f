// OpenAPI descriptions of the tile endpoints. Paths are relative to where tileRoutes() is
// mounted (/tiles). Hono cannot route "{y}.mvt" as a parameter plus suffix, so the handlers
// are registered with Hono patterns and these definitions document them.
import { errorResponse } from '../http/error-schema'
import { createRoute, z } from '@hono/zod-openapi'
import { TILE_SET_IDS } from './tile-layers'
import { MVT_MEDIA_TYPE } from './tile-http'
import { TileJson } from './tiles.schemas'

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})

const layer = z
  .enum(TILE_SET_IDS as [string, ...string[]])
  .openapi({ param: { name: 'layer', in: 'path' }, example: 'counties' })
const coordinate = (name: string, example: string, description: string) =>
  z
    .string()
    .regex(/^[0-9]+$/)
    .openapi({ param: { name, in: 'path', description }, example })

export const tileJsonRoute = createRoute({
  method: 'get',
  path: '/{layer}.json',
  tags: ['tiles'],
  summary:
    'TileJSON 3.0 of a tile set (absolute tile URL, zoom range, Zhejiang bounds, source layers and fields)',
  request: { params: z.object({ layer }) },
  responses: {
    200: json(TileJson, 'the TileJSON document'),
    404: errorResponse('unknown tile set (code unknown_layer)'),
  },
})

export const tileRoute = createRoute({
  method: 'get',
  path: '/{layer}/{z}/{x}/{y}.mvt',
  tags: ['tiles'],
  summary: 'A Mapbox Vector Tile (strong ETag, gzip on Accept-Encoding, cached in the database)',
  request: {
    params: z.object({
      layer,
      z: coordinate('z', '7', 'zoom 0..22, within the tile set zoom range'),
      x: coordinate('x', '106', 'column 0..2^z-1'),
      y: coordinate('y', '53', 'row 0..2^z-1, from the north'),
    }),
    headers: z.object({
      'if-none-match': z.string().optional().openapi({ description: 'an ETag from an earlier response' }),
      'accept-encoding': z.string().optional().openapi({ example: 'gzip' }),
    }),
  },
  responses: {
    200: {
      content: { [MVT_MEDIA_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'the tile',
      headers: z.object({
        'x-tile-cache': z
          .enum(['hit', 'miss'])
          .openapi({ description: 'served from a cache, or rendered now' }),
        'server-timing': z.string().optional().openapi({
          description:
            'on a miss: the render, gzip and store in ms (no store where the answer did not wait for it: an instance with its in-process cache)',
          example: 'render;dur=12.3, pack;dur=4.1, store;dur=2.0',
        }),
      }),
    },
    204: { description: 'no features in this tile' },
    304: { description: 'the client copy (If-None-Match) is current' },
    400: errorResponse('bad z/x/y (code invalid_tile)'),
    401: errorResponse('internal tile set (mines, restoration, reclamation) without a session'),
    403: errorResponse('internal tile set for a role that may not see every mine (enterprise, evaluator)'),
    404: errorResponse('unknown tile set (unknown_layer) or zoom outside its range (zoom_out_of_range)'),
  },
})

/** Both definitions, for registering in another OpenAPI document under a prefix. */
export const tileOpenApiRoutes = [tileJsonRoute, tileRoute]
