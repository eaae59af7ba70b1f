import type { MultiPolygonGeometry } from '@zgm/domain'
import { sql } from 'kysely'
import type { Conn } from '../db/database'
import type { SourceRecord } from './readers/source-file'

export interface Reprojected {
  /** CRS84 GeoJSON of the record as a MultiPolygon, or null when PostGIS could not read it. */
  geojson: string | null
  error: string | null
}

/** The record's geometry from its source CRS to CRS84 (PostGIS ST_Transform). */
export async function reproject(conn: Conn, r: SourceRecord, srid: number): Promise<Reprojected> {
  if (!r.geometry) return { geojson: null, error: null }
  const g =
    'wkb' in r.geometry
      ? sql`st_geomfromwkb(${Buffer.from(r.geometry.wkb)}, ${srid}::int)`
      : sql`st_setsrid(st_geomfromgeojson(${r.geometry.geojson}), ${srid}::int)`
  try {
    // A savepoint, so that a geometry PostGIS rejects does not abort the caller's transaction.
    const { rows } = await sql<{ geojson: string | null }>`
      select st_asgeojson(st_multi(st_force2d(st_transform(${g}, 4326))), 9) as geojson`.execute(conn)
    return { geojson: rows[0]?.geojson ?? null, error: null }
  } catch (e) {
    return { geojson: null, error: (e as Error).message.slice(0, 200) }
  }
}

export interface MineLicence {
  id: number
  licence_no: string
  declared_area_km2: number
  source_crs: string
  corner_points_text: string | null
  /** The licensed area now (CRS84 GeoJSON), null when none was entered. */
  geojson: string | null
}

/** The licence a mine is worked under. */
export async function findMineLicence(conn: Conn, mineId: number): Promise<MineLicence | undefined> {
  const { rows } = await sql<MineLicence>`
    select l.id, l.licence_no, l.declared_area_km2::float8 as declared_area_km2, l.source_crs,
      l.corner_points_text, st_asgeojson(l.geom, 7) as geojson
    from licence l join mine m on m.licence_id = l.id where m.id = ${mineId}`.execute(conn)
  return rows[0]
}

/** The licensed area replaced by an imported one, with its source CRS and, for corner points, the text as issued. */
export async function setLicenceGeometry(
  conn: Conn,
  licenceId: number,
  g: { geometry: MultiPolygonGeometry; sourceCrs: string; cornerPointsText: string | null },
): Promise<void> {
  await sql`
    update licence set geom = st_setsrid(st_geomfromgeojson(${JSON.stringify(g.geometry)}), 4326),
      source_crs = ${g.sourceCrs}, corner_points_text = ${g.cornerPointsText}
    where id = ${licenceId}`.execute(conn)
}
