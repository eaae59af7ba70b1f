import { sql, type Kysely } from 'kysely'

/**
 * Internal tiles are drawn per access scope (a county sees its own mines only): the scope joins
 * the key, last, so that invalidating by layer and tile range still walks the primary key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`delete from tile_cache`.execute(db)
  await sql`alter table tile_cache add column scope text not null default ''`.execute(db)
  await sql`alter table tile_cache drop constraint tile_cache_pkey`.execute(db)
  await sql`alter table tile_cache add primary key (layer, z, x, y, scope)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from tile_cache`.execute(db)
  await sql`alter table tile_cache drop constraint tile_cache_pkey`.execute(db)
  await sql`alter table tile_cache drop column scope`.execute(db)
  await sql`alter table tile_cache add primary key (layer, z, x, y)`.execute(db)
}
