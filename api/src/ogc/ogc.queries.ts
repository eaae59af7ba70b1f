import { sql, type RawBuilder } from 'kysely'
import type { Conn } from '../db/database'
import type { SessionUser } from '../http/env'
import { visibleTo } from '../mines/mines.queries'
import { listedInDirectoryOn } from '../stats/directory-listing.queries'
import type { CollectionId, OgcCollection } from './ogc-collections'
import type { Cursor } from './download/pages'
import type { OutputCrs } from './ogc-crs'

export interface FeatureFilter {
  /** CRS84 [minLng, minLat, maxLng, maxLat]. */
  bbox?: readonly [number, number, number, number]
  /** The as-of date (see each collection's `datetime`). */
  asOf: string
  /** Set when `datetime` was given explicitly (collections whose default is "all"). */
  datetimeGiven: boolean
  user: SessionUser | null
  /** The single feature asked for. */
  id?: number
  /** `bbox` is in this CRS (Part 2 `bbox-crs`); CRS84 when absent. */
  bboxCrs?: OutputCrs
  /** Output CRS (Part 2 `crs`); CRS84 when absent. */
  crs?: OutputCrs
}

/** One row per feature: `id`, `geom` (SRID 4326) and one column per field of the collection. */
function source(conn: Conn, id: CollectionId, f: FeatureFilter): RawBuilder<unknown> {
  // The API's own role × region × ownership rule (nobody for the public).
  const visibleMines = ({ user }: FeatureFilter) =>
    user
      ? sql`(${conn.selectFrom('mine').select('mine.id').where(visibleTo(user))})`
      : sql`(select null::int where false)`
  switch (id) {
    case 'counties':
    case 'cities': {
      const level = id === 'counties' ? 'county' : 'city'
      const valid = f.datetimeGiven
        ? sql`valid_from <= ${f.asOf}::date and (valid_to is null or valid_to > ${f.asOf}::date)`
        : sql`true`
      return sql`select code::int as id, geom, code, name, name_en, parent_code as parent,
          round(area_km2::numeric, 3)::float8 as area_km2, valid_from::text as valid_from
        from admin_unit where level = ${level} and ${valid}`
    }
    case 'directory-mines':
      return sql`select m.id, m.location as geom, m.name, m.county_code as county, c.name as county_nm,
          m.mineral, d.entered_on::text as entered_on
        from directory_entry d join mine m on m.id = d.mine_id join admin_unit c on c.code = m.county_code
        where ${listedInDirectoryOn('d', 'm', f.asOf)}`
    case 'publicity-notices':
      return sql`select p.id, st_multi(st_collect(m.location order by m.id))::geometry(MultiPoint, 4326) as geom,
          p.title, p.level, p.region_code as region, r.name as region_nm, p.start_on::text as start_on,
          p.end_on::text as end_on, p.issuer, p.published_on::text as published,
          count(m.id)::int as mine_count, string_agg(m.name, '、' order by m.id) as mines
        from publicity p join admin_unit r on r.code = p.region_code
        join publicity_item i on i.publicity_id = p.id join mine m on m.id = i.mine_id
        where p.published_on <= ${f.asOf}::date
        group by p.id, r.name`
    case 'mines':
      return sql`select m.id, m.location as geom, m.name, l.licence_no, m.county_code as county,
          c.name as county_nm, m.mineral, m.sector, m.mining_method as method, m.ops_status as ops,
          m.green_state as green
        from mine m join licence l on l.id = m.licence_id join admin_unit c on c.code = m.county_code
        where m.id in ${visibleMines(f)}`
    case 'footprints':
    case 'restoration-areas':
    case 'reclamation-areas': {
      const kind =
        id === 'footprints' ? 'footprint' : id === 'restoration-areas' ? 'restoration' : 'reclamation'
      return sql`select a.id, a.geom, a.mine_id, m.name as mine_name, m.county_code as county, a.name,
          round(a.area_m2::numeric, 1)::float8 as area_m2, a.damage_type as damage,
          a.target_land_class as land_class, a.progress, a.approval
        from mine_area a join mine m on m.id = a.mine_id
        where a.kind = ${kind} and a.deleted_at is null and a.mine_id in ${visibleMines(f)}`
    }
    case 'licences':
      return sql`select l.id, l.geom, l.licence_no, l.holder_name as holder, l.mine_name,
          array_to_string(l.minerals, '、') as minerals, l.mining_method as method,
          l.declared_area_km2::float8 as area_km2, l.elevation_top_m::float8 as elev_top,
          l.elevation_bottom_m::float8 as elev_bot, l.valid_from::text as valid_from,
          l.valid_to::text as valid_to, l.issuer, l.status, l.source_crs
        from licence l
        where l.geom is not null and l.id in (select licence_id from mine where id in ${visibleMines(f)})`
  }
}

function where(f: FeatureFilter) {
  const parts = [sql`true`]
  if (f.bbox) {
    const crs = f.bboxCrs
    // In the bbox CRS's own axis order; to lon/lat through PostGIS for any other CRS than CRS84.
    const [a, b, c, d] = crs?.flip ? [f.bbox[1], f.bbox[0], f.bbox[3], f.bbox[2]] : f.bbox
    const box =
      !crs || crs.srid === 4326
        ? sql`st_makeenvelope(${a}, ${b}, ${c}, ${d}, 4326)`
        : sql`st_transform(st_makeenvelope(${a}, ${b}, ${c}, ${d}, ${crs.srid}::int), 4326)`
    parts.push(sql`src.geom && ${box} and st_intersects(src.geom, ${box})`)
  }
  if (f.id !== undefined) parts.push(sql`src.id = ${f.id}`)
  return sql.join(parts, sql` and `)
}

const PG_TYPE = { string: 'text', integer: 'int4', number: 'float8', date: 'text' } as const
/** The fields cast to types ST_AsFlatGeobuf writes (it refuses char(n), for one). */
const typedColumns = (c: OgcCollection) =>
  sql.join(
    c.fields.map((x) => sql`${sql.ref(`src.${x.name}`)}::${sql.raw(PG_TYPE[x.type])} as ${sql.ref(x.name)}`),
  )

const columns = (c: OgcCollection) => sql.join(c.fields.map((x) => sql.ref(`src.${x.name}`)))

/** GeoJSON of the geometry in the output CRS (CRS84 by default), in that CRS's axis order. */
function geometryOut(crs: OutputCrs | undefined) {
  if (!crs || !crs.flip) return sql`st_asgeojson(src.geom, 7)`
  const moved = crs.srid === 4326 ? sql`src.geom` : sql`st_transform(src.geom, ${crs.srid}::int)`
  return sql`st_asgeojson(st_flipcoordinates(${moved}), ${crs.decimals}::int)`
}

export interface FeatureRow {
  id: number
  /** GeoJSON geometry text, CRS84, 7 decimals (≈ 1 cm). */
  geometry: string
  matched: number
  [field: string]: unknown
}

/** A page of features (or, without limit, all of them) with the count of all that match. */
export async function selectFeatures(
  conn: Conn,
  c: OgcCollection,
  f: FeatureFilter,
  page: { limit?: number; offset: number },
): Promise<FeatureRow[]> {
  const limit = page.limit === undefined ? sql`` : sql`limit ${page.limit}`
  const { rows } = await sql<FeatureRow>`
    select src.id, ${geometryOut(f.crs)} as geometry, ${columns(c)}, count(*) over ()::int as matched
    from (${source(conn, c.id, f)}) src
    where ${where(f)}
    order by src.id ${limit} offset ${page.offset}`.execute(conn)
  return rows
}

/** The count alone (a page past the end still reports numberMatched). */
export async function countFeatures(conn: Conn, c: OgcCollection, f: FeatureFilter): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from (${source(conn, c.id, f)}) src where ${where(f)}`.execute(conn)
  return rows[0]?.n ?? 0
}

// A download page: the first skips `offset` features, every later one starts after the last id read.
const cursorWhere = (f: FeatureFilter, at: Cursor) =>
  at.afterId === null ? where(f) : sql`${where(f)} and src.id > ${at.afterId}`
const cursorRange = (at: Cursor) =>
  sql`order by src.id limit ${at.limit} offset ${at.afterId === null ? at.offset : 0}`

/** One page of a download, without the count (CRS84). */
export async function downloadPage(
  conn: Conn,
  c: OgcCollection,
  f: FeatureFilter,
  at: Cursor,
): Promise<FeatureRow[]> {
  const { rows } = await sql<FeatureRow>`
    select src.id, ${geometryOut(undefined)} as geometry, ${columns(c)}, 0 as matched
    from (${source(conn, c.id, f)}) src
    where ${cursorWhere(f, at)} ${cursorRange(at)}`.execute(conn)
  return rows
}

/** The widest value of each text field of the selection, in UTF-8 bytes (a DBF needs them first). */
export async function textFieldBytes(
  conn: Conn,
  c: OgcCollection,
  f: FeatureFilter,
): Promise<Record<string, number>> {
  const text = c.fields.filter((x) => x.type === 'string')
  if (!text.length) return {}
  const { rows } = await sql<Record<string, number | null>>`
    select ${sql.join(
      text.map((x) => sql`max(octet_length(${sql.ref(`src.${x.name}`)}::text))::int as ${sql.ref(x.name)}`),
    )}
    from (${source(conn, c.id, f)}) src where ${where(f)}`.execute(conn)
  return Object.fromEntries(text.map((x) => [x.name, rows[0]?.[x.name] ?? 0]))
}

/**
 * One page of the selection as a FlatGeobuf file written by PostGIS (`ST_AsFlatGeobuf`, no
 * index), with the page's last id and size; null when the page is empty.
 */
export async function flatGeobufPage(
  conn: Conn,
  c: OgcCollection,
  f: FeatureFilter,
  at: Cursor,
): Promise<{ value: Uint8Array; lastId: number; n: number } | null> {
  const { rows } = await sql<{ fgb: Uint8Array | null; last_id: number; n: number }>`
    select st_asflatgeobuf(q, false, 'geom') as fgb, max(q.id) as last_id, count(*)::int as n from (
      select src.geom, src.id::int4 as id, ${typedColumns(c)} from (${source(conn, c.id, f)}) src
      where ${cursorWhere(f, at)} ${cursorRange(at)}) q`.execute(conn)
  const row = rows[0]
  return row?.fgb && row.n ? { value: row.fgb, lastId: row.last_id, n: row.n } : null
}

export interface LicenceCorners {
  licence_no: string
  source_crs: string
  /** The corner points as issued, when the licence was entered from its text. */
  corner_points_text: string | null
  /** The 3° zone of the licensed area's centre (CM = 3° × zone). */
  zone: number
  /** The licensed polygon's outer ring in that zone by PostGIS (ST_Transform): X northing, Y easting with prefix. */
  computed: { x: number; y: number }[]
}

/** A licence the user may see, with its corner points in the licence's own form (CGCS2000 3° GK). */
export async function licenceCorners(
  conn: Conn,
  id: number,
  f: FeatureFilter,
): Promise<LicenceCorners | undefined> {
  const { rows } = await sql<LicenceCorners>`
    with l as (
      select l.licence_no, l.source_crs, l.corner_points_text, l.geom,
        round(st_x(st_centroid(l.geom)) / 3)::int as zone
      from licence l where l.id = ${id} and l.id in (select src.id from (${source(conn, 'licences', f)}) src)
    )
    select licence_no, source_crs, corner_points_text, zone,
      (select json_agg(json_build_object('x', st_y(d.geom), 'y', st_x(d.geom)) order by d.path)
        from st_dumppoints(st_transform(st_setsrid(st_exteriorring(st_geometryn(l.geom, 1)), 4490), 4488 + zone)) d
      ) as computed
    from l`.execute(conn)
  return rows[0]
}
