import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Db } from '../db/database'
import type { Replica } from '../db/replica'
import {
  inRenderTransaction,
  readCachedTile,
  storeTile,
  walInsertPosition,
  type CachedTile,
} from './tile-cache.queries'
import { ANY_ETAG } from './tile-http'
import type { TileSet } from './tile-layers'
import type { TileAddress } from './tile-math'
import type { TileMemo } from './tile-memo'
import type { TileScope } from './tile-scope'
import { detectTileEncoder, renderTile, type TileEncoder } from './tile-render.queries'

export interface ServedTile extends CachedTile {
  cache: 'hit' | 'miss'
}

export interface TileSources {
  /** The in-process first level (tile-memo.ts); absent = the shared table only. */
  memo?: TileMemo
  /** A read replica to render on when it has replayed everything the render must see. */
  replica?: Replica
}

/**
 * A tile as `scope` may see it, from this process's LRU, the shared cache (one copy per scope),
 * or rendered, stored and returned. `knownEtags` are the client's If-None-Match values: when one
 * matches, the body comes back null. The cache table lives on the primary (it is unlogged, so a
 * replica has none).
 */
export async function getTile(
  db: Db,
  set: TileSet,
  scope: TileScope,
  t: TileAddress,
  encoder: TileEncoder | 'auto',
  knownEtags: string[] = [],
  { memo, replica }: TileSources = {},
): Promise<ServedTile> {
  const any = knownEtags.includes(ANY_ETAG)
  const bodyFor = (tile: { etag: string; body: Buffer | null }) =>
    any || knownEtags.includes(tile.etag) ? null : tile.body
  const memoized = memo?.get(set.id, scope.key, t)
  if (memoized) return { etag: memoized.etag, body: bodyFor(memoized), cache: 'hit' }
  const generation = memo?.generation() ?? 0
  // With an LRU the body is wanted even when the client has it: the next client may not.
  const cached = await readCachedTile(db, set.id, scope.key, t, memo ? [] : knownEtags)
  if (cached) {
    if (memo && cached.body)
      memo.put(set.id, scope.key, t, { etag: cached.etag, body: cached.body }, generation)
    return { ...cached, body: memo ? bodyFor(cached) : any ? null : cached.body, cache: 'hit' }
  }
  const use = encoder === 'auto' ? await detectTileEncoder(db) : encoder
  const tile = await inRenderTransaction(db, set.id, async (tx) => {
    const packed = packTile(await renderTile(await renderOn(tx, replica), set, t, use, scope))
    await storeTile(tx, set.id, scope.key, t, packed)
    return packed
  })
  memo?.put(set.id, scope.key, t, tile, generation)
  return { etag: tile.etag, body: bodyFor(tile), cache: 'miss' }
}

/**
 * Where a render reads its data: the replica when it has replayed the primary's WAL up to now.
 * Asked while the render transaction holds the tile set's shared lock, so every invalidating
 * write has committed before that position, and the tile stored is not older than the cache's
 * last invalidation.
 */
async function renderOn(tx: Db, replica: Replica | undefined): Promise<Db> {
  if (!replica?.reachable) return tx
  const lsn = await walInsertPosition(tx)
  return (await replica.caughtUp(lsn)) ? replica.db : tx
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
