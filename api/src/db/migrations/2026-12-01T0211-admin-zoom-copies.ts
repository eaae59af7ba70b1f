import { sql, type Kysely } from 'kysely'

/**
 * Boundary copies for the tiles of zooms 5, 6 and 7, simplified at half a pixel of a 512-px tile of
 * that zoom (1,223, 611 and 306 m in EPSG:3857), kept by PostgreSQL (generated columns). A national
 * z5–7 tile draws hundreds of counties, and ST_AsMVTGeom's cost follows the vertices it is given:
 * the densest z5 county tile's SQL took 15.7 ms from the 0.02° copy (migration 1161) and 7.4 ms from
 * this one, z6 9.4 → 6.3 ms, z7 18.8 → 14.2 ms. Half a pixel moves no line visibly; parts that
 * collapse (islands of about a pixel) are dropped, and what simplifying made invalid is repaired
 * here, once (the two tile encoders would repair it differently). See adminMercatorColumn in tiles/tile-layers.ts.
 */
const ZOOMS = [
  [5, 'geom_low'],
  [6, 'geom_low'],
  [7, 'geom_mid'],
] as const

/** Half a pixel of a 512-px tile at zoom z, in EPSG:3857 metres. */
const halfPixel = (z: number) => (2 * 20037508.342789244) / 2 ** z / 512 / 2

export async function up(db: Kysely<any>): Promise<void> {
  for (const [z, source] of ZOOMS) {
    const column = `geom_z${z}_3857`
    await sql`alter table admin_unit add column ${sql.id(column)} geometry(MultiPolygon, 3857) generated always as (
        st_multi(st_collectionextract(st_makevalid(
          st_simplify(st_transform(${sql.id(source)}, 3857), ${sql.lit(halfPixel(z))})), 3))
      ) stored`.execute(db)
    // Every geometry column has its GiST index (db/migrate.test.ts); the tiles find their rows by these.
    await sql`create index ${sql.id(`admin_unit_${column}`)} on admin_unit using gist (${sql.id(column)})`.execute(
      db,
    )
  }
  // Boundary tiles to z7 cached before were drawn from the older copies.
  await sql`delete from tile_cache where layer in ('province', 'cities', 'counties') and z <= 7`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [z] of ZOOMS)
    await sql`alter table admin_unit drop column ${sql.id(`geom_z${z}_3857`)}`.execute(db)
}
