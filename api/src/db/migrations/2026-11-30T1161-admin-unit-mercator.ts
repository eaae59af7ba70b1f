import { sql, type Kysely } from 'kysely'

/**
 * Web-mercator copies of every boundary geometry the tiles draw, kept by PostgreSQL itself
 * (generated columns), so that a tile no longer transforms each polygon it draws; and a coarser
 * copy for the lowest zooms (to z5: simplified at 0.02°, about one pixel of a 512 px z5 tile, where
 * geom_low's 0.01° is about half a pixel) — at z5–7 a national tile holds hundreds of counties.
 * See tileGeomColumns in tiles/tile-layers.ts and docs/performance.md.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table admin_unit
      add column geom_coarse_3857 geometry(MultiPolygon, 3857) generated always as (
        st_transform(st_multi(st_collectionextract(st_makevalid(st_simplifypreservetopology(geom, 0.02)), 3)), 3857)
      ) stored,
      add column geom_low_3857 geometry(MultiPolygon, 3857) generated always as (st_transform(geom_low, 3857)) stored,
      add column geom_mid_3857 geometry(MultiPolygon, 3857) generated always as (st_transform(geom_mid, 3857)) stored,
      add column geom_3857 geometry(MultiPolygon, 3857) generated always as (st_transform(geom, 3857)) stored,
      add column label_point_3857 geometry(Point, 3857) generated always as (st_transform(label_point, 3857)) stored`.execute(
    db,
  )
  // Every geometry column has its GiST index (db/migrate.test.ts); the tiles find their rows by these.
  for (const column of [
    'geom_coarse_3857',
    'geom_low_3857',
    'geom_mid_3857',
    'geom_3857',
    'label_point_3857',
  ])
    await sql`create index ${sql.id(`admin_unit_${column}`)} on admin_unit using gist (${sql.id(column)})`.execute(
      db,
    )
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table admin_unit drop column geom_coarse_3857, drop column geom_low_3857, drop column geom_mid_3857,
      drop column geom_3857, drop column label_point_3857`.execute(db)
}
