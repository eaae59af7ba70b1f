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
