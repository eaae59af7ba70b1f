import { sql } from 'kysely'
import type { Conn } from '../db/database'

/** One mine as the field form needs it: record, licence polygon and footprints as lon/lat GeoJSON. */
export async function fieldMineRow(conn: Conn, mineId: number) {
  const { rows } = await sql<{
    id: number
    name: string
    licence_no: string
    county_code: string
    county_name: string
    mineral: string
    green_state: string
    ops_status: string
    version: number
    lng: number
    lat: number
    is_demo: boolean
    licence_json: string | null
    footprint_json: string | null
  }>`
    select m.id, m.name, l.licence_no, m.county_code, c.name as county_name, m.mineral, m.green_state,
      m.ops_status, m.version, st_x(m.location) as lng, st_y(m.location) as lat, m.is_demo,
      st_asgeojson(st_multi(l.geom), 7) as licence_json,
      (select st_asgeojson(st_multi(st_union(a.geom)), 7) from mine_area a
        where a.mine_id = m.id and a.kind = 'footprint' and a.deleted_at is null) as footprint_json
    from mine m
    join licence l on l.id = m.licence_id
    join admin_unit c on c.code = m.county_code
    where m.id = ${mineId}`.execute(conn)
  return rows[0]
}

/** The mine's open rectification order (R6), if any. */
export const openRectification = (conn: Conn, mineId: number) =>
  conn
    .selectFrom('rectification_order')
    .select([
      'id',
      'cause',
      sql<string>`to_char(issued_on, 'YYYY-MM-DD')`.as('issued_on'),
      sql<string>`to_char(deadline, 'YYYY-MM-DD')`.as('deadline'),
    ])
    .where('mine_id', '=', mineId)
    .where('closed_on', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst()

/** The mine's latest spot check, if any. */
export const latestSpotCheck = (conn: Conn, mineId: number) =>
  conn
    .selectFrom('spot_check')
    .select(['id', sql<string>`to_char(checked_on, 'YYYY-MM-DD')`.as('checked_on'), 'result', 'findings'])
    .where('mine_id', '=', mineId)
    .orderBy('checked_on', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
