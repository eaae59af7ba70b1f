import { regionPrefix } from '@zgm/domain'
import { sql, type ExpressionBuilder } from 'kysely'
import { containsPattern, type Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'

export interface MineListQuery {
  q?: string
  county?: string
  city?: string
  state?: string
  page: number
  pageSize: number
  sort: 'name' | 'county' | 'state' | 'updated'
}

/** Role × region × ownership as a WHERE clause, so lists and counts never include other people's mines. */
export function visibleTo(user: SessionUser) {
  return (eb: ExpressionBuilder<DB, 'mine'>) => {
    switch (user.role) {
      case 'province':
      case 'leader':
        return eb.val(true)
      case 'enterprise':
        return eb('mine.enterprise_id', '=', user.organizationId ?? -1)
      case 'evaluator':
        return eb(
          'mine.id',
          'in',
          eb
            .selectFrom('evaluator_assignment')
            .select('mine_id')
            .where('agency_id', '=', user.organizationId ?? -1),
        )
      default:
        return eb('mine.county_code', 'like', `${regionPrefix(user.regionCode ?? '99')}%`)
    }
  }
}

function listBase(db: Db, user: SessionUser, query: MineListQuery) {
  let qb = db
    .selectFrom('mine')
    .innerJoin('licence', 'licence.id', 'mine.licence_id')
    .innerJoin('admin_unit as county', 'county.code', 'mine.county_code')
    .where(visibleTo(user))
  if (query.county) qb = qb.where('mine.county_code', '=', query.county)
  if (query.city) qb = qb.where('mine.county_code', 'like', `${regionPrefix(query.city)}%`)
  if (query.state) qb = qb.where('mine.green_state', '=', query.state)
  if (query.q) {
    const like = containsPattern(query.q)
    qb = qb.where((eb) =>
      eb.or([
        eb('mine.name', 'ilike', like),
        eb('licence.licence_no', 'ilike', like),
        eb('licence.holder_name', 'ilike', like),
        eb('county.name', 'ilike', like),
      ]),
    )
  }
  return qb
}

const SORTS = {
  name: 'mine.name',
  county: 'mine.county_code',
  state: 'mine.green_state',
  updated: 'mine.updated_at',
} as const

export async function listMines(db: Db, user: SessionUser, query: MineListQuery) {
  const base = listBase(db, user, query)
  const [items, total] = await Promise.all([
    base
      .select([
        'mine.id',
        'mine.name',
        'licence.licence_no as licenceNo',
        'mine.county_code as countyCode',
        'county.name as countyName',
        'mine.mineral',
        'mine.ops_status as opsStatus',
        'mine.green_state as greenState',
        'mine.version',
        sql<number>`st_x(mine.location)`.as('lng'),
        sql<number>`st_y(mine.location)`.as('lat'),
      ])
      .orderBy(SORTS[query.sort], query.sort === 'updated' ? 'desc' : 'asc')
      .orderBy('mine.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { items, total: Number(total.n), page: query.page, pageSize: query.pageSize }
}

export async function mineDetail(db: Db, id: number) {
  return db
    .selectFrom('mine')
    .innerJoin('licence', 'licence.id', 'mine.licence_id')
    .innerJoin('admin_unit as county', 'county.code', 'mine.county_code')
    .innerJoin('organization as enterprise', 'enterprise.id', 'mine.enterprise_id')
    .select([
      'mine.id',
      'mine.name',
      'mine.county_code as countyCode',
      'county.name as countyName',
      'mine.enterprise_id as enterpriseId',
      'enterprise.name as enterpriseName',
      'mine.mineral',
      'mine.sector',
      'mine.mining_method as miningMethod',
      'mine.ops_status as opsStatus',
      'mine.green_state as greenState',
      'mine.production_start as productionStart',
      'mine.has_sand_equipment as hasSandEquipment',
      'mine.version',
      'mine.is_demo as isDemo',
      sql<number>`st_x(mine.location)`.as('lng'),
      sql<number>`st_y(mine.location)`.as('lat'),
      'licence.licence_no as licenceNo',
      'licence.holder_name as holderName',
      'licence.minerals',
      'licence.scale_10kt_per_year as scale10ktPerYear',
      'licence.declared_area_km2 as declaredAreaKm2',
      'licence.elevation_top_m as elevationTopM',
      'licence.elevation_bottom_m as elevationBottomM',
      'licence.valid_from as licenceValidFrom',
      'licence.valid_to as licenceValidTo',
      'licence.issuer',
      'licence.status as licenceStatus',
      'licence.source_crs as sourceCrs',
      sql<number | null>`round(st_area(licence.geom::geography)::numeric / 1e6, 4)`.as('drawnAreaKm2'),
      (eb) =>
        eb
          .selectFrom('evaluator_assignment')
          .select((e) => sql<number[]>`coalesce(array_agg(distinct ${e.ref('agency_id')}), '{}')`.as('a'))
          .whereRef('evaluator_assignment.mine_id', '=', 'mine.id')
          .as('assignedAgencyIds'),
    ])
    .where('mine.id', '=', id)
    .executeTakeFirst()
}

export async function mineTimeline(db: Db, id: number) {
  return db
    .selectFrom('mine_event')
    .leftJoin('app_user', 'app_user.id', 'mine_event.actor_user_id')
    .select([
      'mine_event.id',
      'mine_event.type',
      'mine_event.occurred_on as on',
      'mine_event.green_from as greenFrom',
      'mine_event.green_to as greenTo',
      'mine_event.ops_from as opsFrom',
      'mine_event.ops_to as opsTo',
      'mine_event.actor_role as actorRole',
      'app_user.display_name as actorName',
      'mine_event.payload',
      'mine_event.recorded_at as recordedAt',
    ])
    .where('mine_event.mine_id', '=', id)
    .orderBy('mine_event.occurred_on')
    .orderBy('mine_event.id')
    .execute()
}

export async function areaSummary(db: Db, id: number) {
  return db
    .selectFrom('mine_area')
    .select([
      'kind',
      'progress',
      (eb) => eb.fn.countAll<number>().as('count'),
      (eb) => eb.fn.sum<number>('area_m2').as('areaM2'),
    ])
    .where('mine_id', '=', id)
    .where('deleted_at', 'is', null)
    .groupBy(['kind', 'progress'])
    .orderBy('kind')
    .orderBy('progress')
    .execute()
}

export async function documentList(db: Db, id: number) {
  return db
    .selectFrom('document')
    .select([
      'id',
      'kind',
      'filename',
      'media_type as mediaType',
      'size_bytes as sizeBytes',
      'sha256',
      'uploaded_at as uploadedAt',
    ])
    .where('mine_id', '=', id)
    .orderBy('uploaded_at')
    .execute()
}

/** The full licence record: terms, the original corner-point text and its source CRS, the licensed polygon. */
export async function licenceOfMine(db: Db, mineId: number) {
  return db
    .selectFrom('licence')
    .innerJoin('mine', 'mine.licence_id', 'licence.id')
    .select([
      'licence.id',
      'licence.licence_no as licenceNo',
      'licence.holder_name as holderName',
      'licence.mine_name as mineName',
      'licence.minerals',
      'licence.mining_method as miningMethod',
      'licence.scale_10kt_per_year as scale10ktPerYear',
      'licence.declared_area_km2 as declaredAreaKm2',
      'licence.elevation_top_m as elevationTopM',
      'licence.elevation_bottom_m as elevationBottomM',
      'licence.valid_from as validFrom',
      'licence.valid_to as validTo',
      'licence.issuer',
      'licence.status',
      'licence.status_on as statusOn',
      'licence.source_crs as sourceCrs',
      'licence.corner_points_text as cornerPointsText',
      sql<number | null>`round(st_area(licence.geom::geography)::numeric / 1e6, 4)`.as('drawnAreaKm2'),
      sql<unknown>`st_asgeojson(licence.geom, 6)::json`.as('geometry'),
    ])
    .where('mine.id', '=', mineId)
    .executeTakeFirst()
}
