import {
  PROVINCE_CODE,
  type Approval,
  type BBox,
  type AreaChange,
  type MultiPolygonGeometry,
} from '@zgm/domain'
import { sql, type Expression, type ExpressionBuilder, type SqlBool, type Transaction } from 'kysely'
import type { MineRef } from '../auth/policy'
import type { Conn, Db } from '../db/database'
import type { DB } from '../db/schema'
import type { JsonValue } from '../http/common.schemas'

export type AreaKind = 'footprint' | 'restoration' | 'reclamation'

export interface AreaRow {
  id: number
  mine_id: number
  kind: AreaKind
  name: string
  damage_type: 'excavated' | 'occupied' | null
  target_land_class: string | null
  progress: 'planned' | 'in_progress' | 'completed'
  approval: Approval
  planned_start: string | null
  planned_end: string | null
  responsible_party: string | null
  notes: string | null
  /** The reason of the last rejection while the area is rejected. */
  rejection_reason: string | null
  version: number
  area_m2: number
  updated_at: Date
  deleted_at: Date | null
  /** ST_AsGeoJSON of the stored MultiPolygon. */
  geojson: string
  geom_hash: string
  bbox: BBox
}

/** The attributes an editor may set (the geometry travels separately, as checked GeoJSON). */
export interface AreaAttributes {
  kind: 'restoration' | 'reclamation'
  name: string
  damage_type: 'excavated' | 'occupied' | null
  target_land_class: string | null
  progress: 'planned' | 'in_progress' | 'completed'
  planned_start: string | null
  planned_end: string | null
  responsible_party: string | null
  notes: string | null
}

const geomOf = (g: MultiPolygonGeometry) =>
  sql<string>`st_forcepolygonccw(st_multi(st_setsrid(st_geomfromgeojson(${JSON.stringify(g)}), 4326)))`

function selectAreas(conn: Conn) {
  return conn.selectFrom('mine_area as a').select([
    'a.id',
    'a.mine_id',
    'a.kind',
    'a.name',
    'a.damage_type',
    'a.target_land_class',
    'a.progress',
    'a.approval',
    sql<string | null>`to_char(a.planned_start, 'YYYY-MM-DD')`.as('planned_start'),
    sql<string | null>`to_char(a.planned_end, 'YYYY-MM-DD')`.as('planned_end'),
    'a.responsible_party',
    'a.notes',
    sql<string | null>`case when a.approval = 'rejected' then (
        select v.attrs ->> 'reason' from mine_area_version v
        where v.area_id = a.id and v.change = 'reject' order by v.version desc limit 1) end`.as(
      'rejection_reason',
    ),
    'a.version',
    'a.area_m2',
    'a.updated_at',
    'a.deleted_at',
    sql<string>`st_asgeojson(a.geom)`.as('geojson'),
    sql<string>`encode(sha256(st_asbinary(a.geom)), 'hex')`.as('geom_hash'),
    sql<BBox>`array[st_xmin(a.geom), st_ymin(a.geom), st_xmax(a.geom), st_ymax(a.geom)]`.as('bbox'),
  ])
}

/** What the access policy needs to know about a mine (auth/policy.ts MineRef). */
export async function findMineRef(conn: Conn, mineId: number): Promise<MineRef | undefined> {
  const { rows } = await sql<MineRef>`
    select m.id, m.county_code as "countyCode", m.enterprise_id as "enterpriseId",
      coalesce((select array_agg(distinct e.agency_id) from evaluator_assignment e where e.mine_id = m.id), '{}') as "assignedAgencyIds"
    from mine m where m.id = ${mineId}`.execute(conn)
  return rows[0]
}

/** A mine's live areas, footprints first. */
export function listAreas(conn: Conn, mineId: number): Promise<AreaRow[]> {
  return selectAreas(conn)
    .where('a.mine_id', '=', mineId)
    .where('a.deleted_at', 'is', null)
    .orderBy(sql`case a.kind when 'footprint' then 0 when 'restoration' then 1 else 2 end`)
    .orderBy('a.id')
    .execute() as Promise<AreaRow[]>
}

/** One area (also a deleted one); `lock` holds the row for the rest of the transaction. */
export async function findArea(conn: Conn, id: number, { lock = false } = {}): Promise<AreaRow | undefined> {
  const query = selectAreas(conn).where('a.id', '=', id)
  return (await (lock ? query.forUpdate() : query).executeTakeFirst()) as AreaRow | undefined
}

export interface GeometryMeasure {
  valid: boolean
  reason: string
  areaM2: number
}

/** PostGIS validity (with ST_IsValidReason's text) and the geodesic area on the WGS 84 spheroid. */
export async function measureGeometry(conn: Conn, g: MultiPolygonGeometry): Promise<GeometryMeasure> {
  const { rows } = await sql<GeometryMeasure>`
    select st_isvalid(g) as valid, st_isvalidreason(g) as reason, st_area(g::geography) as "areaM2"
    from (select ${geomOf(g)} as g) s`.execute(conn)
  return { ...rows[0], areaM2: Number(rows[0].areaM2) }
}

export interface Placement {
  /** Inside the province outline grown by `toleranceM` metres (geodesic); null when the outline is not loaded. */
  insideProvince: boolean | null
  /** Geodesic distance in metres to the mine's footprint (or licence area, or location when it has none). */
  distanceM: number
  withinReach: boolean
  reference: 'footprint' | 'licence' | 'location'
}

/**
 * Where a valid geometry lies: covered by Zhejiang (the outline clipped near the geometry, then
 * buffered, so the whole province is never buffered), and how far from the mine's footprint.
 */
export async function placeGeometry(
  conn: Conn,
  g: MultiPolygonGeometry,
  mineId: number,
  maxDistanceM: number,
  toleranceM: number,
): Promise<Placement> {
  // Degrees around the geometry to keep of the outline before buffering: 1° ≥ 95 km in Zhejiang, twice over.
  const clipMarginDeg = (toleranceM / 95_000) * 2
  const { rows } = await sql<Placement>`
    with s as (select ${geomOf(g)} as g),
    p as (select geom from admin_unit where code = ${PROVINCE_CODE}),
    fp as (select st_union(geom) as geom from mine_area where mine_id = ${mineId} and kind = 'footprint' and deleted_at is null),
    lic as (select l.geom from licence l join mine m on m.licence_id = l.id where m.id = ${mineId}),
    ref as (
      select coalesce((select geom from fp), (select geom from lic), m.location) as geom,
        case when (select geom from fp) is not null then 'footprint'
             when (select geom from lic) is not null then 'licence' else 'location' end as reference
      from mine m where m.id = ${mineId}
    )
    select
      (select st_coveredby(s.g, p.geom)
          or st_coveredby(s.g, st_buffer(st_makevalid(st_clipbybox2d(p.geom,
            st_expand(box2d(s.g), ${clipMarginDeg})))::geography, ${toleranceM})::geometry)
        from p) as "insideProvince",
      st_distance(s.g::geography, ref.geom::geography) as "distanceM",
      st_dwithin(s.g::geography, ref.geom::geography, ${maxDistanceM}) as "withinReach",
      ref.reference
    from s, ref`.execute(conn)
  const row = rows[0]
  return { ...row, distanceM: Number(row.distanceM) }
}

export async function insertArea(
  tx: Transaction<DB>,
  a: Omit<AreaAttributes, 'kind'> & {
    kind: AreaAttributes['kind'] | 'footprint'
    mineId: number
    geometry: MultiPolygonGeometry
    areaM2: number
    userId: number
    /** Drawn areas start as drafts; imported footprints (registry data) as approved. */
    approval?: Approval
  },
): Promise<number> {
  const row = await tx
    .insertInto('mine_area')
    .values({
      mine_id: a.mineId,
      kind: a.kind,
      name: a.name,
      geom: geomOf(a.geometry),
      area_m2: Math.round(a.areaM2 * 10) / 10,
      damage_type: a.damage_type,
      target_land_class: a.target_land_class,
      progress: a.progress,
      planned_start: a.planned_start,
      planned_end: a.planned_end,
      responsible_party: a.responsible_party,
      notes: a.notes,
      approval: a.approval ?? 'draft',
      version: 1,
      created_by: a.userId,
      updated_by: a.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export interface AreaChanges {
  attributes?: Partial<AreaAttributes>
  geometry?: { geometry: MultiPolygonGeometry; areaM2: number }
  approval?: Approval
  deleted?: boolean
}

/**
 * Applies a change only if the row is still at `version` (optimistic concurrency): of two writers
 * holding the same version exactly one matches. Returns the new version, or undefined.
 */
export async function updateAreaAt(
  tx: Transaction<DB>,
  id: number,
  version: number,
  userId: number,
  changes: AreaChanges,
): Promise<number | undefined> {
  const row = await tx
    .updateTable('mine_area')
    .set({
      ...changes.attributes,
      ...(changes.geometry
        ? { geom: geomOf(changes.geometry.geometry), area_m2: Math.round(changes.geometry.areaM2 * 10) / 10 }
        : {}),
      ...(changes.approval ? { approval: changes.approval } : {}),
      ...(changes.deleted ? { deleted_at: sql<Date>`now()` } : {}),
      version: sql<number>`version + 1`,
      updated_by: userId,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

/** Copies the area as it now stands into its history, with the attributes as the API shows them. */
export async function recordVersion(
  tx: Transaction<DB>,
  id: number,
  change: AreaChange,
  userId: number,
  attrs: Record<string, unknown>,
): Promise<void> {
  await sql`
    insert into mine_area_version (area_id, version, change, geom, attrs, changed_by)
    select id, version, ${change}, geom, ${JSON.stringify(attrs)}::jsonb, ${userId}
    from mine_area where id = ${id}`.execute(tx)
}

export interface VersionRow {
  version: number
  change: AreaChange
  changed_at: Date
  changed_by: number | null
  changed_by_name: string | null
  attrs: Record<string, JsonValue>
  geojson: string
}

export function listVersions(conn: Conn, areaId: number): Promise<VersionRow[]> {
  return conn
    .selectFrom('mine_area_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.changed_by')
    .select([
      'v.version',
      'v.change',
      'v.changed_at',
      'v.changed_by',
      'u.display_name as changed_by_name',
      'v.attrs',
      sql<string>`st_asgeojson(v.geom)`.as('geojson'),
    ])
    .where('v.area_id', '=', areaId)
    .orderBy('v.version')
    .execute() as Promise<VersionRow[]>
}

export interface QueueRow extends AreaRow {
  mine_name: string
  county_code: string
  submitted_at: Date
  submitted_by: number | null
  submitted_by_name: string | null
}

/** Submitted areas of the mines `mines` admits, oldest submission first (the bureau's queue). */
export function listSubmitted(
  conn: Conn,
  mines: (eb: ExpressionBuilder<DB, 'mine'>) => Expression<SqlBool>,
): Promise<QueueRow[]> {
  return selectAreas(conn)
    .innerJoin('mine', 'mine.id', 'a.mine_id')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('mine_area_version as v')
          .select(['v.changed_at', 'v.changed_by'])
          .whereRef('v.area_id', '=', 'a.id')
          .where('v.change', '=', 'submit')
          .orderBy('v.version', 'desc')
          .limit(1)
          .as('s'),
      (join) => join.onTrue(),
    )
    .leftJoin('app_user as u', 'u.id', 's.changed_by')
    .select([
      'mine.name as mine_name',
      sql<string>`cast(mine.county_code as text)`.as('county_code'),
      's.changed_at as submitted_at',
      's.changed_by as submitted_by',
      'u.display_name as submitted_by_name',
    ])
    .where('a.approval', '=', 'submitted')
    .where('a.deleted_at', 'is', null)
    .where(mines)
    .orderBy('s.changed_at')
    .orderBy('a.id')
    .execute() as Promise<QueueRow[]>
}
