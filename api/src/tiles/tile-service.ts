import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import type { Db } from '../db/database'
import { gzipped } from '../http/gzip'
import type { Replica } from '../db/replica'
import { openTileQuery, storeTile, type CachedTile, type TileKey } from './tile-cache.queries'
import { ANY_ETAG } from './tile-http'
import type { TileSet } from './tile-layers'
import type { TileAddress } from './tile-math'
import type { TileMemo } from './tile-memo'
import { queryPrepared } from './tile-miss.queries'
import { detectTileEncoder, renderTile, tileMvtQuery, type TileEncoder } from './tile-render.queries'
import type { TileScope } from './tile-scope'

export interface ServedTile extends CachedTile {
  cache: 'hit' | 'miss'
  /** A miss's milliseconds: the statement and render, gzip and hash, the store (Server-Timing). */
  timing?: MissTiming
}

export interface MissTiming {
  render: number
  pack: number
  /** Absent when the answer did not wait for the store (an instance with its in-process LRU). */
  store?: number
}

/** Stores of the shared cache still running after their tile was answered. */
const pendingStores = new Set<Promise<void>>()

/** Resolves once every store begun so far has ended (before the pool closes; tests). */
export async function tileStoresSettled(): Promise<void> {
  while (pendingStores.size) await Promise.all([...pendingStores])
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
  const key = { layer: set.id, scope: scope.key, t }
  const found = await readOrRender(db, set, scope, key, use, memo ? [] : knownEtags, replica, !!memo)
  if (found.cache === 'hit') {
    const cached = found.tile
    if (memo && cached.body)
      memo.put(set.id, scope.key, t, { etag: cached.etag, body: cached.body }, generation)
    return { ...cached, body: bodyFor(cached), cache: 'hit' }
  }
  memo?.put(set.id, scope.key, t, found.tile, generation)
  return { etag: found.tile.etag, body: bodyFor(found.tile), cache: 'miss', timing: found.timing }
}

type Found =
  | { cache: 'hit'; tile: CachedTile }
  | { cache: 'miss'; tile: { etag: string; body: Buffer }; timing: MissTiming }

/**
 * The shared cache, else a render, stored (tile-cache.queries.ts says why no lock is held). On the
 * PostgreSQL server with no replica, one named prepared statement reads the cache and renders
 * (tile-miss.queries.ts); with a replica it reads the cache and the WAL position, and the render
 * runs on the replica when that has replayed every commit up to it. The `js` encoder (the
 * embedded PostGIS) renders in a query of its own. With `knownEtags` a cached body the client
 * already has is not sent. With `storeLater` (an in-process LRU answers the tile from now on) the
 * answer does not wait for the shared store, which only the other instances need: its 1–10 ms off
 * an uncached dense tile (docs/performance.md, ninth and tenth rounds).
 */
async function readOrRender(
  db: Db,
  set: TileSet,
  scope: TileScope,
  key: TileKey,
  use: TileEncoder,
  knownEtags: string[],
  replica: Replica | undefined,
  storeLater: boolean,
): Promise<Found> {
  const onServer = use === 'postgis'
  const inStatement = onServer && !replica?.reachable
  const query = openTileQuery(key, knownEtags, {
    render: inStatement ? tileMvtQuery(set, key.t, scope) : null,
    lsn: !!replica?.reachable,
  })
  const t0 = performance.now()
  const [opened] = onServer ? await queryPrepared(db, query) : (await query.execute(db)).rows
  if (!opened) throw new Error(`tile set "${key.layer}" has no generation (table tile_generation)`)
  if (opened.etag !== null) return { cache: 'hit', tile: { etag: opened.etag, body: opened.body } }
  const mvt = inStatement
    ? (opened.mvt ?? new Uint8Array())
    : await renderTile(await renderOn(db, replica, opened.lsn), set, key.t, use, scope)
  const t1 = performance.now()
  const packed = await packTile(mvt)
  const t2 = performance.now()
  const timing = { render: t1 - t0, pack: t2 - t1 }
  const store = storeTile(db, key, opened.gen, packed)
  if (!storeLater) {
    await store
    return { cache: 'miss', tile: packed, timing: { ...timing, store: performance.now() - t2 } }
  }
  const pending: Promise<void> = store
    .then(
      () => {},
      (e: Error) => console.error('tile not stored in the shared cache', key.layer, key.t, e.message),
    )
    .finally(() => pendingStores.delete(pending))
  pendingStores.add(pending)
  return { cache: 'miss', tile: packed, timing }
}

/**
 * Where a render reads its data: the replica when it has replayed the primary's WAL up to the
 * position read with the tile set's generation, so that it sees every invalidating write the
 * generation counts (a later one bumps the generation, and the tile is not stored).
 */
async function renderOn(db: Db, replica: Replica | undefined, lsn: string | null): Promise<Db> {
  return replica?.reachable && lsn !== null && (await replica.caughtUp(lsn)) ? replica.db : db
}

/**
 * The stored form: ETag = sha256 of the tile itself, body gzipped once (empty stays empty). Level
 * 4, not zlib's default 6: on the densest national tiles 2.4× faster (206 kB of mines: 2.0 ms
 * instead of 4.8 ms) for bodies 1–2% larger (78.1 kB instead of 77.0 kB).
 */
export async function packTile(mvt: Uint8Array): Promise<{ etag: string; body: Buffer }> {
  const body = mvt.length === 0 ? Promise.resolve(Buffer.alloc(0)) : gzipped(mvt, { level: 4 })
  // Hashed while the thread pool compresses (a large tile).
  return { etag: createHash('sha256').update(mvt).digest('hex'), body: await body }
}

/** The tile itself from its stored form, for clients that do not accept gzip. */
export const unpackTile = (body: Buffer): Buffer => (body.length ? gunzipSync(body) : body)
