import { sql, type Kysely } from 'kysely'

/**
 * Tile sets' generations, and the store of a rendered tile that checks them (tiles/tile-cache.queries.ts).
 * A render reads its tile set's generation in the statement that reads the data; every
 * invalidation bumps it, under the tile set's exclusive advisory lock, in the writing transaction.
 * tile_store takes the shared lock, then, in a statement of its own and so with a snapshot taken
 * after the lock, stores the tile only if the generation is still the one the render read. When
 * the lock is taken, an invalidation of the set is in flight: it will bump the generation if it
 * commits, so the store gives up at once instead of waiting for it (a rolled-back one costs a cache
 * write, nothing else). A render therefore holds no lock and no transaction, never waits for a
 * write, and the uncached tile costs one statement plus the store instead of four round trips.
 * The store writes only the unlogged tile_cache: its commit waits for no WAL flush.
 */
const TILE_SETS = ['province', 'cities', 'counties', 'mines', 'restoration', 'reclamation', 'public-mines']

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table tile_generation (layer text primary key, gen bigint not null default 0)`.execute(db)
  await sql`insert into tile_generation (layer) select unnest(${sql.val(TILE_SETS)}::text[])`.execute(db)
  await sql`create function tile_store(
      lock_class int, lock_key int, p_layer text, p_scope text, p_z int, p_x int, p_y int,
      p_gen bigint, p_etag text, p_body bytea) returns boolean
    language plpgsql as $$
    declare stored int;
    begin
      if not pg_try_advisory_xact_lock_shared(lock_class, lock_key) then
        return false;
      end if;
      insert into tile_cache (layer, scope, z, x, y, etag, body)
      select p_layer, p_scope, p_z, p_x, p_y, p_etag, p_body
      from tile_generation g where g.layer = p_layer and g.gen = p_gen
      on conflict (layer, z, x, y, scope) do update set etag = excluded.etag, body = excluded.body, created_at = now();
      get diagnostics stored = row_count;
      return stored > 0;
    end $$`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function tile_store`.execute(db)
  await sql`drop table tile_generation`.execute(db)
}
