import { sql, type Kysely } from 'kysely'

/**
 * Web-mercator copies of each mine's position, kept by PostgreSQL itself on every write
 * (generated columns): vector tiles read them instead of transforming every point of every
 * tile. At 72,000 mines ST_Transform was most of a low-zoom point tile's cost (docs/performance.md).
 * The public copy is the position rounded to 0.0001° first, as public tiles show it
 * (PUBLIC_GRID in tiles/tile-layers.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table mine
      add column location_3857 geometry(Point, 3857)
        generated always as (st_transform(location, 3857)) stored,
      add column public_location_3857 geometry(Point, 3857)
        generated always as (st_transform(st_snaptogrid(location, 0.0001), 3857)) stored`.execute(db)
  // Every geometry column has its GiST index (db/migrate.test.ts), for queries in web mercator.
  await sql`create index mine_location_3857 on mine using gist (location_3857)`.execute(db)
  await sql`create index mine_public_location_3857 on mine using gist (public_location_3857)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table mine drop column location_3857, drop column public_location_3857`.execute(db)
}
