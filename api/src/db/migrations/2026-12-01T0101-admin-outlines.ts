import { sql, type Kysely } from 'kysely'

/**
 * Each boundary's outline as SVG path data, kept by PostgreSQL (a generated column): the picture the
 * map screens draw before MapLibre has loaded (`GET /api/public/outlines`). Web Mercator pixels of
 * the zoom-10 world of 512-px tiles (width 524,288; `OUTLINE_WORLD_PX`), y down, simplified at 8 of
 * those pixels (one pixel at zoom 7, the province's scale), relative commands in whole pixels.
 * ST_AsSVG writes y negated, so the affine transform puts pixel rows at -y. Computed per request
 * (every vertex of 89 counties transformed and simplified) it took 0.5–1.5 s in the tests.
 */
const WORLD_PX = 512 * 2 ** 10
const SCALE = WORLD_PX / (2 * 20037508.342789244)

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table admin_unit add column outline_svg text generated always as (
      st_assvg(st_simplifypreservetopology(
        st_affine(st_transform(geom, 3857), ${sql.lit(SCALE)}, 0, 0, ${sql.lit(SCALE)}, ${sql.lit(WORLD_PX / 2)}, ${sql.lit(-WORLD_PX / 2)}),
        8), 1, 0)
    ) stored`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table admin_unit drop column outline_svg`.execute(db)
}
