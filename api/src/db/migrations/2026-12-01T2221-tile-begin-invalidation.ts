import { sql, type Kysely } from 'kysely'

/**
 * The start of a tile invalidation (tiles/tile-cache.queries.ts) as one statement: the tile sets'
 * exclusive advisory locks in the order given, their generations bumped, the notification. The
 * locks are held until the writer's transaction ends; taken from the client in three round trips,
 * writers of one tile set queued on them under load behind a busy API process.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function tile_begin_invalidation(
      p_lock_class int, p_lock_keys int[], p_layers text[], p_channel text, p_message text
    ) returns void language plpgsql volatile as $$
    declare
      k int;
    begin
      foreach k in array p_lock_keys loop
        perform pg_advisory_xact_lock(p_lock_class, k);
      end loop;
      update tile_generation set gen = gen + 1 where layer = any(p_layers);
      perform pg_notify(p_channel, p_message);
    end $$`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function tile_begin_invalidation(int, int[], text[], text, text)`.execute(db)
}
