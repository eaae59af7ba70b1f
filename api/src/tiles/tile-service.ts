import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Db } from '../db/database'
import { inRenderTransaction, readCachedTile, storeTile, type CachedTile } from './tile-cache.queries'
import { ANY_ETAG } from './tile-http'
import type { TileSet } from './tile-layers'
import type { TileAddress } from './tile-math'
import type { TileScope } from './tile-scope'
import { detectTileEncoder, renderTile, type TileEncoder } from './tile-render.queries'

export interface ServedTile extends CachedTile {
  cache: 'hit' | 'miss'
}

/**
 * A tile as `scope` may see it, from the shared cache (one copy per scope), or rendered, stored
 * and returned. `knownEtags` are the client's If-None-Match values: when one matches, the body
 * comes back null.
 */
export async function getTile(
  db: Db,
  set: TileSet,
  scope: TileScope,
  t: TileAddress,
  encoder: TileEncoder | 'auto',
  knownEtags: string[] = [],
): Promise<ServedTile> {
  const any = knownEtags.includes(ANY_ETAG)
  const cached = await readCachedTile(db, set.id, scope.key, t, knownEtags)
  if (cached) return { ...cached, body: any ? null : cached.body, cache: 'hit' }
  const use = encoder === 'auto' ? await detectTileEncoder(db) : encoder
  const tile = await inRenderTransaction(db, set.id, async (tx) => {
    const packed = packTile(await renderTile(tx, set, t, use, scope))
    await storeTile(tx, set.id, scope.key, t, packed)
    return packed
  })
  return { etag: tile.etag, body: any || knownEtags.includes(tile.etag) ? null : tile.body, cache: 'miss' }
}

/** The stored form: ETag = sha256 of the tile itself, body gzipped once (empty stays empty). */
export function packTile(mvt: Uint8Array): { etag: string; body: Buffer } {
  return {
    etag: createHash('sha256').update(mvt).digest('hex'),
    body: mvt.length ? gzipSync(mvt) : Buffer.alloc(0),
  }
}

/** The tile itself from its stored form, for clients that do not accept gzip. */
export const unpackTile = (body: Buffer): Buffer => (body.length ? gunzipSync(body) : body)
