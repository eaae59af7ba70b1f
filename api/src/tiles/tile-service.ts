import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gunzipSync, gzip, gzipSync } from 'node:zlib'
import { rawConnectionsOf, type Db, type RawConnections } from '../db/database'
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
import {
  commitRender,
  openRenderTransaction,
  queryPrepared,
  rollbackRender,
  storeTileAndCommit,
} from './tile-miss.queries'
import {
  detectTileEncoder,
  queryTileMvt,
  renderTile,
  tileMvtQuery,
  type TileEncoder,
} from './tile-render.queries'

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
  const use = encoder === 'auto' ? await detectTileEncoder(db) : encoder
  const connections = use === 'postgis' ? rawConnectionsOf(db) : undefined
  const found = connections
    ? await renderOnServer(connections, db, set, scope, t, replica)
    : await readOrRender(db, set, scope, t, use, memo ? [] : knownEtags, replica)
  if (found.cache === 'hit') {
    const cached = found.tile
    if (memo && cached.body)
      memo.put(set.id, scope.key, t, { etag: cached.etag, body: cached.body }, generation)
    return { ...cached, body: bodyFor(cached), cache: 'hit' }
  }
  memo?.put(set.id, scope.key, t, found.tile, generation)
  return { etag: found.tile.etag, body: bodyFor(found.tile), cache: 'miss' }
}

type Found = { cache: 'hit'; tile: CachedTile } | { cache: 'miss'; tile: { etag: string; body: Buffer } }

/**
 * The Kysely path (any backend, either encoder): the shared cache, else a render in a
 * transaction holding the tile set's shared lock, stored. With `knownEtags` a cached body the
 * client already has is not sent.
 */
async function readOrRender(
  db: Db,
  set: TileSet,
  scope: TileScope,
  t: TileAddress,
  use: TileEncoder,
  knownEtags: string[],
  replica: Replica | undefined,
): Promise<Found> {
  const cached = await readCachedTile(db, set.id, scope.key, t, knownEtags)
  if (cached) return { cache: 'hit', tile: cached }
  const tile = await inRenderTransaction(db, set.id, async (tx) => {
    const packed = await packTile(await renderTile(await renderOn(tx, replica), set, t, use, scope))
    await storeTile(tx, set.id, scope.key, t, packed)
    return packed
  })
  return { cache: 'miss', tile }
}

/**
 * The same on the PostgreSQL server (ST_AsMVT) in four round trips on one pg client
 * (tile-miss.queries.ts): lock + cache read, the render as a named prepared statement, store, commit.
 */
async function renderOnServer(
  connections: RawConnections,
  db: Db,
  set: TileSet,
  scope: TileScope,
  t: TileAddress,
  replica: Replica | undefined,
): Promise<Found> {
  const key = { layer: set.id, scope: scope.key, t }
  const client = await connections.connect()
  let broken: Error | undefined
  try {
    const { cached, lsn } = await openRenderTransaction(client, db, key, !!replica?.reachable)
    if (cached) {
      await commitRender(client)
      return { cache: 'hit', tile: cached }
    }
    // On a replica that has replayed every commit before the lock was granted (see renderOn).
    const onReplica = replica && lsn !== null && (await replica.caughtUp(lsn))
    const query = tileMvtQuery(set, t, scope)
    const mvt = !query
      ? new Uint8Array()
      : onReplica
        ? await queryTileMvt(replica.db, set, t, scope)
        : (await queryPrepared(client, db, query))[0].mvt
    const packed = await packTile(mvt)
    await storeTileAndCommit(client, db, key, packed)
    return { cache: 'miss', tile: packed }
  } catch (err) {
    // Outside a transaction (it failed before "begin") a rollback only warns; a connection that
    // cannot even roll back goes back to the pool as broken, which drops it.
    if (!(await rollbackRender(client))) broken = err as Error
    throw err
  } finally {
    client.release(broken)
  }
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

/**
 * The stored form: ETag = sha256 of the tile itself, body gzipped once (empty stays empty). A large
 * tile is gzipped on libuv's thread pool: a dense low-zoom tile (200 kB) takes 2–5 ms to compress,
 * which would hold up every other request of this process; small ones (most) are not worth the hop.
 */
export async function packTile(mvt: Uint8Array): Promise<{ etag: string; body: Buffer }> {
  const body =
    mvt.length === 0
      ? Buffer.alloc(0)
      : mvt.length < ASYNC_GZIP_BYTES
        ? gzipSync(mvt, GZIP)
        : gzipAsync(mvt, GZIP)
  // Hashed while the thread pool compresses.
  return { etag: createHash('sha256').update(mvt).digest('hex'), body: await body }
}

const ASYNC_GZIP_BYTES = 16 * 1024

/**
 * Level 4, not zlib's default 6: on the densest national tiles 2.4× faster (206 kB of mines:
 * 2.0 ms instead of 4.8 ms) for bodies 1–2% larger (78.1 kB instead of 77.0 kB).
 */
const GZIP = { level: 4 }

const gzipAsync = promisify(gzip)

/** The tile itself from its stored form, for clients that do not accept gzip. */
export const unpackTile = (body: Buffer): Buffer => (body.length ? gunzipSync(body) : body)
