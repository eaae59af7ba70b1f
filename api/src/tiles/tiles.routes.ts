import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import type { AppEnv } from '../http/env'
import { HttpError } from '../http/errors'
import { parseTileAddress } from './tile-address'
import { acceptsGzip } from '../http/gzip'
import { etagsOf, tileResponse } from './tile-http'
import { TILE_SETS, TILE_SET_IDS, type TileSet } from './tile-layers'
import { getTile } from './tile-service'
import { tileScopeOf } from './tile-scope'
import { tileJsonOf } from './tilejson'
import { tileJsonRoute, tileRoute } from './tiles.openapi'

/** Vector tiles and their TileJSON, mounted at /tiles. */
export function tileRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>()
  app.openAPIRegistry.registerPath(tileJsonRoute)
  app.openAPIRegistry.registerPath(tileRoute)

  app.get('/:file{[^/]+\\.json}', (c) => {
    const set = tileSetNamed(c.req.param('file').slice(0, -'.json'.length))
    const url = new URL(c.req.url)
    const tilesUrl = `${url.origin}${url.pathname.replace(/[^/]+$/, '')}${set.id}/{z}/{x}/{y}.mvt`
    c.header('Cache-Control', 'public, max-age=300')
    return c.json(tileJsonOf(set, tilesUrl, deps.demo))
  })

  app.get('/:layer/:z/:x/:file{[^/]+\\.mvt}', async (c) => {
    const { layer, z, x, file } = c.req.param()
    const set = tileSetNamed(layer)
    // Internal sets carry workflow states: signed-in users, each seeing the mines the API shows them.
    const scope = tileScopeOf(set, set.audience === 'internal' ? requireUser(c) : null)
    const t = parseTileAddress({ z, x, y: file.slice(0, -'.mvt'.length) })
    if (t.z < set.minzoom || t.z > set.maxzoom) {
      throw new HttpError({
        code: 'zoom_out_of_range',
        layer: set.id,
        z: t.z,
        minzoom: set.minzoom,
        maxzoom: set.maxzoom,
      })
    }
    const tile = await getTile(
      deps.db,
      set,
      scope,
      t,
      deps.config.tilesEncoder,
      etagsOf(c.req.header('if-none-match')),
      { memo: deps.tileMemo, replica: deps.replica },
    )
    return tileResponse(set, tile, acceptsGzip(c.req.header('accept-encoding')))
  })

  return app
}

function tileSetNamed(name: string): TileSet {
  const set = TILE_SETS.get(name)
  if (!set) {
    throw new HttpError({ code: 'unknown_layer', layer: name.slice(0, 40), available: [...TILE_SET_IDS] })
  }
  return set
}
