// The shared tile cache (table tile_cache): every API instance on the database sees the same
// tiles and the same invalidations. Its coherence, without a lock held while rendering: a render
// reads its tile set's generation in its own snapshot (openTileQuery); an invalidation bumps the
// generation under the tile set's exclusive advisory lock, then deletes; a store (storeTile) takes
// the shared lock (or gives up, never waiting for a write) and keeps the tile only under the
// generation the render read. So a tile drawn from data that a concurrent write replaces is either
// stored before that write's delete (and deleted) or not stored at all.
import { createHash } from 'node:crypto'
import type { BBox } from '@zgm/domain'
import { sql, type RawBuilder } from 'kysely'
import type { Conn } from '../db/database'
import { TILE_SETS } from './tile-layers'
import { tileRangeOf, type TileAddress } from './tile-math'
import { TILE_CHANNEL, type TileInvalidation } from './tile-memo'

export interface CachedTile {
  /** sha256 (hex) of the uncompressed tile. */
  etag: string
  /** gzip of the tile; empty for an empty tile; null when the caller's ETag already matched. */
  body: Buffer | null
}

/** A tile in one access scope (tile-scope.ts; '' for public sets). */
export interface TileKey {
  layer: string
  scope: string
  t: TileAddress
}

/** What one statement knows of an uncached-in-process tile (openTileQuery). */
export interface OpenedTile {
  /** The tile set's generation in the statement's snapshot: storeTile stores only under it. */
  gen: number
  /** From the shared cache: etag null when nothing is cached. */
  etag: string | null
  body: Buffer | null
  /** The render, when asked for and nothing was cached (null otherwise). */
  mvt: Buffer | null
  /** The primary's WAL insert position, when asked (every commit so far is at or before it). */
  lsn: string | null
}

/**
 * One statement, one snapshot: the tile set's generation, the cached tile (its body left out
 * when the client already has its ETag: a 304 needs none) and, when `render` is given and nothing
 * is cached, the render itself (a CASE evaluates its subquery only when reached), or the WAL
 * position for a render on a replica. Reading the generation in the render's own snapshot is what
 * lets storeTile refuse a tile that an invalidation has overtaken.
 */
export function openTileQuery(
  { layer, scope, t }: TileKey,
  knownEtags: readonly string[],
  { render, lsn }: { render?: RawBuilder<{ mvt: Buffer }> | null; lsn?: boolean },
) {
  return sql<OpenedTile>`select g.gen, c.etag,
      case when c.etag = any(${knownEtags}::text[]) then null else c.body end as body,
      ${render ? sql`case when c.etag is null then (${render}) end` : sql`null::bytea`} as mvt,
      ${lsn ? sql`pg_current_wal_insert_lsn()::text` : sql`null::text`} as lsn
    from tile_generation g
    left join tile_cache c on c.layer = g.layer and c.z = ${t.z} and c.x = ${t.x} and c.y = ${t.y} and c.scope = ${scope}
    where g.layer = ${layer}`
}

/**
 * Stores a rendered tile unless an invalidation of its tile set came after the render's snapshot
 * (`gen` from openTileQuery): the database function tile_store (migration 2026-12-01T0301) gives
 * up when an invalidation of the set is in flight (its shared lock not free), else compares the
 * generation in a snapshot of its own. True when stored.
 */
export async function storeTile(
  db: Conn,
  { layer, scope, t }: TileKey,
  gen: number,
  tile: { etag: string; body: Buffer },
) {
  const { rows } = await sql<{
    stored: boolean
  }>`select tile_store(${LOCK_CLASS}, ${lockKeyOf(layer)}, ${layer},
      ${scope}, ${t.z}, ${t.x}, ${t.y}, ${gen}, ${tile.etag}, ${tile.body}) as stored`.execute(db)
  return rows[0].stored
}

/**
 * Starts an invalidation in the writing transaction, in one statement (tile_begin_invalidation):
 * the tile sets' exclusive advisory locks (taken in name order, so that two invalidations cannot
 * deadlock; a store in flight finishes first, a later one gives up), their generations bumped (a
 * render that read the old one is not stored), and the notification to every instance's
 * in-process LRU (delivered at commit, dropped on rollback).
 * Expects READ COMMITTED (the default) so that the delete that follows sees tiles stored while it
 * waited for the lock.
 */
async function beginInvalidation(tx: Conn, layers: readonly string[], message: TileInvalidation) {
  const sorted = [...new Set(layers)].sort()
  // One statement (migration T2221): the locks are held to the commit, so every round trip counts.
  await sql`select tile_begin_invalidation(${LOCK_CLASS}, ${sorted.map(lockKeyOf)}::int[], ${sorted}::text[],
      ${TILE_CHANNEL}, ${JSON.stringify(message)})`.execute(tx)
}

/** A tile set's advisory lock key (the second half; LOCK_CLASS is the first). */
const lockKeyOf = (layer: string) => createHash('sha256').update(layer).digest().readInt32BE(0)

/** First half of the advisory lock key: marks the lock as the tile cache's ("til" in ASCII). */
const LOCK_CLASS = 0x74696c

/**
 * Deletes the cached tiles of these tile sets that can show anything inside the box, at every
 * zoom 0..maxzoom (tile plus its buffer), in every access scope. Call it inside the transaction that changes the
 * data, with the box of the old and the new geometry; outside one it opens its own. Returns
 * how many tiles were deleted.
 */
export async function invalidateTiles(db: Conn, layers: readonly string[], bbox4326: BBox): Promise<number> {
  const [minLng, minLat, maxLng, maxLat] = bbox4326
  if (!bbox4326.every(Number.isFinite) || minLng > maxLng || minLat > maxLat) {
    throw new Error(
      `invalidateTiles: not a lon/lat box [minLng, minLat, maxLng, maxLat]: ${JSON.stringify(bbox4326)}`,
    )
  }
  const ranges = layers.flatMap((layer) => {
    const zooms = Array.from({ length: tileSetOf(layer).maxzoom + 1 }, (_, z) => z)
    return zooms.map((z) => ({ layer, ...tileRangeOf(bbox4326, z) }))
  })
  if (ranges.length === 0) return 0
  const values = ranges.map(
    (r) =>
      sql`(${r.layer}::text, ${r.z}::int, ${r.minX}::int, ${r.maxX}::int, ${r.minY}::int, ${r.maxY}::int)`,
  )
  return inTransaction(db, async (tx) => {
    await beginInvalidation(tx, layers, { layers: [...layers], bbox: bbox4326 })
    const result = await sql`
      delete from tile_cache c using (values ${sql.join(values)}) as r(layer, z, min_x, max_x, min_y, max_y)
      where c.layer = r.layer and c.z = r.z and c.x between r.min_x and r.max_x and c.y between r.min_y and r.max_y`.execute(
      tx,
    )
    return Number(result.numAffectedRows ?? 0)
  })
}

/** Deletes every cached tile of these tile sets (e.g. after mine workflow changes: MINE_STATE_TILE_SETS). */
export async function invalidateAllTiles(db: Conn, layers: readonly string[]): Promise<number> {
  layers.forEach(tileSetOf)
  if (layers.length === 0) return 0
  return inTransaction(db, async (tx) => {
    await beginInvalidation(tx, layers, { layers: [...layers] })
    const result = await tx.deleteFrom('tile_cache').where('layer', 'in', layers).executeTakeFirst()
    return Number(result.numDeletedRows)
  })
}

/**
 * Deletes every cached tile drawn for one access scope (e.g. when an agency is assigned a mine,
 * its evaluators' tiles must show it). Call inside the transaction that changes the access.
 */
export async function invalidateScopeTiles(db: Conn, scope: string): Promise<number> {
  const layers = [...TILE_SETS.values()].filter((s) => s.audience === 'internal').map((s) => s.id)
  return inTransaction(db, async (tx) => {
    await beginInvalidation(tx, layers, { scope })
    const result = await tx.deleteFrom('tile_cache').where('scope', '=', scope).executeTakeFirst()
    return Number(result.numDeletedRows)
  })
}

function tileSetOf(layer: string) {
  const set = TILE_SETS.get(layer)
  if (!set) throw new Error(`unknown tile set "${layer}"; known: ${[...TILE_SETS.keys()].join(', ')}`)
  return set
}

const inTransaction = <T>(db: Conn, fn: (tx: Conn) => Promise<T>): Promise<T> =>
  db.isTransaction ? fn(db) : db.transaction().execute(fn)
