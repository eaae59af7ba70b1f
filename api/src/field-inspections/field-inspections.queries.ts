import { regionPrefix, type MultiPolygonGeometry } from '@zgm/domain'
import { sql } from 'kysely'
import type { Conn, Db } from '../db/database'
import type { SessionUser } from '../http/env'

const geomOf = (g: MultiPolygonGeometry) =>
  sql<string>`st_multi(st_setsrid(st_geomfromgeojson(${JSON.stringify(g)}), 4326))`

/** The sketch against the licence: areas on the spheroid (geography), the outside part as lon/lat GeoJSON. */
export interface SketchMeasure {
  sketchM2: number
  outsideM2: number
  /** The part outside the licence polygon (MultiPolygon GeoJSON); null when nothing is outside. */
  outsideJson: string | null
  hasLicence: boolean
}

/**
 * ST_Difference in lon/lat then measured on geography: at a quarry's scale the planar cut in
 * degrees follows the same edges, and the areas come from the spheroid. A mine without a licensed
 * polygon licenses nothing, so the whole sketch counts as outside.
 */
export async function measureSketch(
  conn: Conn,
  mineId: number,
  g: MultiPolygonGeometry,
): Promise<SketchMeasure> {
  const { rows } = await sql<{
    sketch_m2: number
    outside_m2: number | null
    outside_json: string | null
    has_licence: boolean
  }>`
    with s as (select ${geomOf(g)} as g),
    l as (select l.geom from licence l join mine m on m.licence_id = l.id where m.id = ${mineId}),
    d as (select case when l.geom is null then s.g
      else st_multi(st_collectionextract(st_difference(s.g, st_makevalid(l.geom)), 3)) end as g,
      l.geom is not null as has_licence
      from s left join l on true)
    select st_area(s.g::geography) as sketch_m2,
      coalesce(st_area(d.g::geography), 0) as outside_m2,
      case when d.g is null or st_isempty(d.g) then null else st_asgeojson(d.g, 7) end as outside_json,
      coalesce(d.has_licence, false) as has_licence
    from s, d`.execute(conn)
  const r = rows[0]
  return {
    sketchM2: Number(r.sketch_m2),
    outsideM2: Number(r.outside_m2 ?? 0),
    outsideJson: r.outside_json,
    hasLicence: r.has_licence,
  }
}

export interface NewInspection {
  clientId: string
  mineId: number
  inspectorId: number
  regionCode: string
  on: string
  recordedAt: string
  checklist: unknown
  findings: string
  sketch: MultiPolygonGeometry | null
  sketchAreaM2: number | null
  outsideAreaM2: number | null
  baseVersion: number
  bodyHash: string
}

/** Inserts unless the client id is taken (a concurrent resend won): then undefined, nothing written. */
export async function insertInspection(conn: Conn, i: NewInspection): Promise<number | undefined> {
  const row = await conn
    .insertInto('field_inspection')
    .values({
      client_id: i.clientId,
      mine_id: i.mineId,
      inspector_id: i.inspectorId,
      region_code: i.regionCode,
      on_date: i.on,
      recorded_at: i.recordedAt,
      checklist: JSON.stringify(i.checklist),
      findings: i.findings,
      sketch: i.sketch ? geomOf(i.sketch) : null,
      sketch_area_m2: i.sketchAreaM2,
      outside_area_m2: i.outsideAreaM2,
      base_version: i.baseVersion,
      body_hash: i.bodyHash,
    })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id
}

export async function insertAlert(
  conn: Conn,
  a: { mineId: number; inspectionId: number; regionCode: string; areaM2: number; outsideJson: string },
): Promise<number> {
  const row = await conn
    .insertInto('boundary_alert')
    .values({
      mine_id: a.mineId,
      inspection_id: a.inspectionId,
      region_code: a.regionCode,
      area_m2: a.areaM2,
      outside: sql<string>`st_multi(st_setsrid(st_geomfromgeojson(${a.outsideJson}), 4326))`,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

function selectInspections(conn: Conn) {
  return conn
    .selectFrom('field_inspection as f')
    .innerJoin('mine as m', 'm.id', 'f.mine_id')
    .innerJoin('app_user as u', 'u.id', 'f.inspector_id')
    .leftJoin('boundary_alert as a', 'a.inspection_id', 'f.id')
    .select([
      'f.id',
      'f.client_id',
      'f.mine_id',
      'm.name as mine_name',
      'f.region_code',
      'f.inspector_id',
      'u.display_name as inspector_name',
      sql<string>`to_char(f.on_date, 'YYYY-MM-DD')`.as('on_date'),
      'f.recorded_at',
      'f.received_at',
      'f.checklist',
      'f.findings',
      sql<string | null>`st_asgeojson(f.sketch, 7)`.as('sketch_json'),
      'f.sketch_area_m2',
      'f.outside_area_m2',
      'f.base_version',
      'f.body_hash',
      'a.id as alert_id',
      'a.area_m2 as alert_area_m2',
      'a.state as alert_state',
    ])
}

export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspectionByClientId>>>

export const findInspectionByClientId = (conn: Conn, clientId: string) =>
  selectInspections(conn).where('f.client_id', '=', clientId).executeTakeFirst()

/** Inspections of one mine, newest first. */
export const listInspections = (conn: Conn, mineId: number) =>
  selectInspections(conn).where('f.mine_id', '=', mineId).orderBy('f.id', 'desc').execute()

/**
 * What happened to a mine after the version a client saw: the audit entries that moved its version
 * (every mine write records `after.version`), with who and when.
 */
export async function mineChangesSince(conn: Conn, mineId: number, version: number) {
  const { rows } = await sql<{ version: number; action: string; at: Date; by: string | null; role: string }>`
    select (a.after->>'version')::int as version, a.action, a.at, u.display_name as by, a.actor_role as role
    from audit_log a left join app_user u on u.id = a.actor_user_id
    where a.object_type = 'mine' and a.object_id = ${String(mineId)}
      and a.after ? 'version' and (a.after->>'version')::int > ${version}
    order by a.id`.execute(conn)
  return rows
}

/** Open (and recent acknowledged) out-of-boundary alerts in the user's region, newest first. */
export function listAlerts(
  db: Db,
  user: SessionUser,
  filter: { mineId?: number; state?: 'open' | 'acknowledged' },
) {
  let qb = db
    .selectFrom('boundary_alert as a')
    .innerJoin('field_inspection as f', 'f.id', 'a.inspection_id')
    .innerJoin('mine as m', 'm.id', 'a.mine_id')
    .innerJoin('app_user as u', 'u.id', 'f.inspector_id')
    .select([
      'a.id',
      'a.mine_id',
      'm.name as mine_name',
      'm.county_code',
      'a.inspection_id',
      'f.client_id',
      sql<string>`to_char(f.on_date, 'YYYY-MM-DD')`.as('on_date'),
      'f.inspector_id',
      'u.display_name as inspector_name',
      'a.area_m2',
      sql<string>`st_asgeojson(a.outside, 7)`.as('outside_json'),
      'a.raised_at',
      'a.state',
    ])
  if (user.role !== 'province' && user.role !== 'leader')
    qb = qb.where('m.county_code', 'like', `${regionPrefix(user.regionCode ?? '99')}%`)
  if (filter.mineId !== undefined) qb = qb.where('a.mine_id', '=', filter.mineId)
  if (filter.state) qb = qb.where('a.state', '=', filter.state)
  return qb.orderBy('a.id', 'desc').limit(500).execute()
}

export type AlertRow = Awaited<ReturnType<typeof listAlerts>>[number]
