// The shared tile cache (table tile_cache): every API instance on the database sees the same
// tiles and the same invalidations.
import { createHash } from 'node:crypto'
import type { BBox } from '@zgm/domain'
import { sql } from 'kysely'
import type { Conn, Db } from '../db/database'
import { TILE_SETS } from './tile-layers'
import { tileRangeOf, type TileAddress } from './tile-math'
import { TILE_CHANNEL, type TileInvalidation } from './tile-memo'

export interface CachedTile {
  /** sha256 (hex) of the uncompressed tile. */
  etag: string
  /** gzip of the tile; empty for an empty tile; null when the caller's ETag already matched. */
  body: Buffer | null
}

/**
 * The cached tile of one access scope (tile-scope.ts; '' for public sets); its body is left out
 * when `knownEtags` contains its ETag (a 304 needs none).
 */
export async function readCachedTile(
  db: Db,
  layer: string,
  scope: string,
  t: TileAddress,
  knownEtags: string[] = [],
) {
  return db
    .selectFrom('tile_cache')
    .select('etag')
    .select(
      knownEtags.length
        ? sql<Buffer | null>`case when etag = any(${knownEtags}) then null else body end`.as('body')
        : 'body',
    )
    .where('layer', '=', layer)
    .where('z', '=', t.z)
    .where('x', '=', t.x)
    .where('y', '=', t.y)
    .where('scope', '=', scope)
    .executeTakeFirst() as Promise<CachedTile | undefined>
}

export async function storeTile(
  db: Db,
  layer: string,
  scope: string,
  t: TileAddress,
  tile: { etag: string; body: Buffer },
) {
  await db
    .insertInto('tile_cache')
    .values({ layer, scope, ...t, etag: tile.etag, body: tile.body })
    .onConflict((oc) =>
      oc
        .columns(['layer', 'z', 'x', 'y', 'scope'])
        .doUpdateSet({ etag: tile.etag, body: tile.body, created_at: sql`now()` }),
    )
    .execute()
}

/**
 * Transaction-scoped advisory locks per tile set. Rendering holds the shared lock from its
 * read until its cache write; invalidation takes the exclusive one before deleting. So a
 * tile rendered from data that a concurrent transaction is changing is either written
 * before that transaction's delete (and deleted) or rendered after its commit (and fresh).
 * Call inside a transaction; taken in name order so that two invalidations cannot deadlock.
 */
export async function lockTileSets(db: Conn, layers: readonly string[], mode: 'shared' | 'exclusive') {
  await lockStatements(layers, mode).execute(db)
}

/**
 * Runs `fn` in a render transaction opened in one round trip ("begin" + settings + lock as one
 * simple query): the shared lock of the tile set, no JIT (see tile-miss.queries.ts), and a commit
 * that does not wait for the WAL flush (a cache row lost in a crash is simply rendered again).
 */
export async function inRenderTransaction<T>(db: Db, layer: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin; set local synchronous_commit = off; set local jit = off; ${lockStatements([layer], 'shared')}`.execute(
      conn,
    )
    try {
      const result = await fn(conn)
      await sql`commit`.execute(conn)
      return result
    } catch (err) {
      await sql`rollback`.execute(conn)
      throw err
    }
  })
}

// Literal keys, no parameters: pg then sends the statements as one simple query.
export function lockStatements(layers: readonly string[], mode: 'shared' | 'exclusive') {
  const lock = mode === 'shared' ? sql`pg_advisory_xact_lock_shared` : sql`pg_advisory_xact_lock`
  const keys = [...new Set(layers)].sort().map((l) => createHash('sha256').update(l).digest().readInt32BE(0))
  return sql.join(
    keys.map((key) => sql`select ${lock}(${sql.lit(LOCK_CLASS)}, ${sql.lit(key)})`),
    sql`; `,
  )
}

/** First half of the advisory lock key: marks the lock as the tile cache's ("til" in ASCII). */
const LOCK_CLASS = 0x74696c

/**
 * Deletes the cached tiles of these tile sets that can show anything inside the box, at every
 * zoom 0..maxzoom (tile plus its buffer), in every access scope. Call it inside the transaction that changes the
 * data, with the box of the old and the new geometry; outside one it opens its own. Returns
 * how many tiles were deleted. Expects READ COMMITTED (the default) so that the delete sees
 * tiles committed while it waited for the lock.
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
    await lockTileSets(tx, layers, 'exclusive')
    await notifyInvalidation(tx, { layers: [...layers], bbox: bbox4326 })
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
    await lockTileSets(tx, layers, 'exclusive')
    await notifyInvalidation(tx, { layers: [...layers] })
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
    await lockTileSets(tx, layers, 'exclusive')
    await notifyInvalidation(tx, { scope })
    const result = await tx.deleteFrom('tile_cache').where('scope', '=', scope).executeTakeFirst()
    return Number(result.numDeletedRows)
  })
}

/** The primary's WAL insert position now: every commit so far is at or before it. */
export async function walInsertPosition(db: Conn): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`select pg_current_wal_insert_lsn()::text as lsn`.execute(db)
  return rows[0].lsn
}

/**
 * Tells every API instance's in-process tile LRU (tile-memo.ts) what was invalidated. NOTIFY is
 * transactional: delivered at commit, dropped on rollback.
 */
async function notifyInvalidation(tx: Conn, message: TileInvalidation) {
  await sql`select pg_notify(${TILE_CHANNEL}, ${JSON.stringify(message)})`.execute(tx)
}

function tileSetOf(layer: string) {
  const set = TILE_SETS.get(layer)
  if (!set) throw new Error(`unknown tile set "${layer}"; known: ${[...TILE_SETS.keys()].join(', ')}`)
  return set
}

const inTransaction = <T>(db: Conn, fn: (tx: Conn) => Promise<T>): Promise<T> =>
  db.isTransaction ? fn(db) : db.transaction().execute(fn)
