// Small deterministic mine data for tile tests and the tile benchmark, for when the demo
// generator is not in use: `perCounty` mines inside every real county (needs
// loadReferenceData first), each with a footprint, a restoration and a reclamation area.
import { sql } from 'kysely'
import type { Db } from '../db/database'

export const FIXTURE_GREEN_STATES = [
  'building',
  'self_assessed',
  'verified',
  'in_directory',
  'rectifying',
  'removed',
  'in_directory',
]
const OPS = ['producing', 'producing', 'construction', 'suspended']
const MINERALS = ['construction tuff', 'cement limestone', 'fluorite', 'pyrophyllite']

export async function insertTileFixtures(db: Db, { perCounty = 2, seed = 42 } = {}): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const org = await tx
      .insertInto('organization')
      .values({ kind: 'enterprise', name: 'Tile fixture enterprise', is_demo: true })
      .returning('id')
      .executeTakeFirstOrThrow()
    await sql`
      with pts as (
        select row_number() over (order by c.code, d.path) as n, c.code, d.geom as location
        from admin_unit c, st_dump(st_generatepoints(c.geom, ${perCounty}, ${seed})) d
        where c.level = 'county'
      ), lic as (
        insert into licence (licence_no, holder_name, mine_name, minerals, mining_method, scale_10kt_per_year,
          declared_area_km2, elevation_top_m, elevation_bottom_m, valid_from, valid_to, issuer, status, status_on, source_crs, is_demo)
        select 'TILE-FIXTURE-' || n, 'Tile fixture enterprise', 'Fixture mine ' || n, array['construction tuff'], 'open_pit', 50,
          0.2, 200, 50, '2015-01-01', '2027-01-01', 'fixture', 'registered', '2015-01-01', 'EPSG:4326', true
        from pts
        returning id, licence_no
      )
      insert into mine (licence_id, enterprise_id, name, county_code, mineral, sector, mining_method, ops_status, green_state, location, is_demo)
      select lic.id, ${org.id}, 'Fixture mine ' || pts.n, pts.code,
        (${MINERALS}::text[])[1 + pts.n % ${MINERALS.length}], 'nonmetal', 'open_pit',
        (${OPS}::text[])[1 + pts.n % ${OPS.length}],
        (${FIXTURE_GREEN_STATES}::text[])[1 + pts.n % ${FIXTURE_GREEN_STATES.length}],
        pts.location, true
      from pts join lic on lic.licence_no = 'TILE-FIXTURE-' || pts.n`.execute(tx)
    await sql`
      insert into mine_area (mine_id, kind, name, geom, area_m2, target_land_class, progress, approval, deleted_at, is_demo)
      select id, a.kind, a.kind || ' of mine ' || id, a.geom, round(st_area(a.geom::geography)::numeric, 1),
        case when a.kind = 'footprint' then null when a.kind = 'restoration' then '0301' else '0103' end,
        (array['planned', 'in_progress', 'completed'])[1 + id % 3],
        (array['draft', 'submitted', 'approved', 'rejected'])[1 + id % 4],
        case when a.kind = 'restoration' and id % 5 = 0 then now() end,
        true
      from mine, lateral (values
        ('footprint', st_multi(st_buffer(location, 0.002, 'quad_segs=2'))),
        ('restoration', st_multi(st_translate(st_buffer(location, 0.0012, 'quad_segs=3'), 0.0035, 0.001))),
        ('reclamation', st_multi(st_translate(st_buffer(location, 0.001, 'quad_segs=4'), -0.0035, -0.001)))
      ) a(kind, geom)`.execute(tx)
    await sql`
      insert into directory_entry (mine_id, entered_on, removed_on, removal_reason)
      select id, '2019-06-30', case when green_state = 'removed' then date '2020-06-30' end,
        case when green_state = 'removed' then 'failed re-check after rectification' end
      from mine where green_state in ('in_directory', 'rectifying', 'removed')`.execute(tx)
  })
}
