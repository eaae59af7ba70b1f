// The uncached tile on the PostgreSQL server in four round trips on one pg client (instead of
// five through Kysely: cache read, begin + lock, render, cache insert, commit):
//  1. one simple query: begin, no WAL flush wait, no JIT, the tile set's shared lock (tile-cache.queries.ts),
//     the cached row (another request may have stored it meanwhile) and, with a replica, the WAL
//     position;
//  2. the render as a named prepared statement: parsed and planned once per connection and
//     statement shape (tile set, zoom band, access scope's form), as pgbench -M prepared does;
//  3. the cache insert, the body a binary parameter, then 4. the commit.
// JIT: a dense low-zoom tile's estimated cost passes jit_above_cost, and compiling took 27 ms of a
// 519 ms national public-mines z5 tile, every time (a tile statement runs once per tile).
// The lock is taken by a statement of its own before any read, so each later statement's snapshot
// (READ COMMITTED) is taken after every invalidation that the lock waited for has committed.
import { createHash } from 'node:crypto'
import { sql, type RawBuilder } from 'kysely'
import type pg from 'pg'
import type { Db } from '../db/database'
import { lockStatements, type CachedTile } from './tile-cache.queries'
import type { TileAddress } from './tile-math'

export type RenderClient = pg.ClientBase

/** Opens the render transaction; returns the cached tile if there is one now, and the WAL position when asked. */
export async function openRenderTransaction(
  client: RenderClient,
  db: Db,
  key: { layer: string; scope: string; t: TileAddress },
  withWalPosition: boolean,
): Promise<{ cached: CachedTile | undefined; lsn: string | null }> {
  const { layer, scope, t } = key
  const text =
    sql`begin; set local synchronous_commit = off; set local jit = off; ${lockStatements([layer], 'shared')};
    select etag, body from tile_cache
    where layer = ${sql.lit(layer)} and z = ${sql.lit(t.z)} and x = ${sql.lit(t.x)} and y = ${sql.lit(t.y)}
      and scope = ${sql.lit(scope)}
    ${withWalPosition ? sql`; select pg_current_wal_insert_lsn()::text as lsn` : sql``}`.compile(db).sql
  const results = (await client.query(text)) as unknown as pg.QueryResult[]
  const cacheResult = results.find((r) => r.command === 'SELECT' && r.fields.some((f) => f.name === 'etag'))
  const lsnResult = withWalPosition ? results.at(-1) : undefined
  return {
    cached: cacheResult?.rows[0] as CachedTile | undefined,
    lsn: (lsnResult?.rows[0] as { lsn: string } | undefined)?.lsn ?? null,
  }
}

/**
 * Runs a compiled query as a named prepared statement on this client. The name is a hash of the
 * text, so a name always means one text (pg refuses a name reused for another text) and the
 * statements are as many as the query's shapes, not its parameter values.
 */
export async function queryPrepared<R>(client: RenderClient, db: Db, query: RawBuilder<R>): Promise<R[]> {
  const { sql: text, parameters } = query.compile(db)
  const name = `zgm_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`
  const { rows } = await client.query({ name, text, values: parameters as unknown[] })
  return rows as R[]
}

/**
 * Stores the packed tile (its body a binary parameter) and commits. As a hex literal in the same
 * simple query as the commit it was one round trip fewer, but a dense tile's literal (156 kB of
 * text for a 78 kB body) took PostgreSQL longer to read than the round trip costs: 1.1 ms against
 * 0.4–0.6 ms for 78 kB, the same for 2–20 kB.
 */
export async function storeTileAndCommit(
  client: RenderClient,
  db: Db,
  key: { layer: string; scope: string; t: TileAddress },
  tile: { etag: string; body: Buffer },
): Promise<void> {
  const { layer, scope, t } = key
  const { sql: text, parameters } = sql`insert into tile_cache (layer, scope, z, x, y, etag, body)
    values (${layer}, ${scope}, ${t.z}, ${t.x}, ${t.y}, ${tile.etag}, ${tile.body})
    on conflict (layer, z, x, y, scope) do update set etag = excluded.etag, body = excluded.body, created_at = now()`.compile(
    db,
  )
  await client.query(text, parameters as unknown[])
  await client.query('commit')
}

export const commitRender = async (client: RenderClient) => void (await client.query('commit'))

/** Ends a failed render transaction; false when the connection itself is unusable. */
export async function rollbackRender(client: RenderClient): Promise<boolean> {
  try {
    await client.query('rollback')
    return true
  } catch {
    return false
  }
}
