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

/**
 * The mines of a region (province, city or county code) as a range of county codes, which the
 * index on `county_code` serves (`like '3305%'` on a char(6) column cannot): 330500 → 330500–330599.
 */
function inRegion(eb: ExpressionBuilder<DB, 'mine'>, region: string) {
  const prefix = regionPrefix(region)
  return eb.between('mine.county_code', prefix.padEnd(6, '0'), prefix.padEnd(6, '9'))
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
        return inRegion(eb, user.regionCode ?? '99')
    }
  }
}

/** The ids of the mines a user may see. */
export async function visibleMineIds(db: Db, user: SessionUser): Promise<Set<number>> {
  const rows = await db.selectFrom('mine').select('id').where(visibleTo(user)).execute()
  return new Set(rows.map((r) => r.id))
}

/** The list's filters that read the mine alone: who may see it, county, city, state. */
function mineFilters(user: SessionUser, query: MineListQuery) {
  return (eb: ExpressionBuilder<DB, 'mine'>) => {
    const and = [visibleTo(user)(eb)]
    if (query.county) and.push(eb('mine.county_code', '=', query.county))
    if (query.city) and.push(inRegion(eb, query.city))
    if (query.state) and.push(eb('mine.green_state', '=', query.state))
    return eb.and(and)
  }
}

function listBase(db: Db, user: SessionUser, query: MineListQuery) {
  let qb = db
    .selectFrom('mine')
    .innerJoin('licence', 'licence.id', 'mine.licence_id')
    .innerJoin('admin_unit as county', 'county.code', 'mine.county_code')
    .where(mineFilters(user, query))
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
  const [rows, total] = await Promise.all([
    base
      .select([
        'mine.id',
        'mine.name',
        'licence.licence_no',
        'mine.county_code',
        'county.name as county_name',
        'mine.mineral',
        'mine.ops_status',
        'mine.green_state',
        'mine.version',
        sql<number>`st_x(mine.location)`.as('lng'),
        sql<number>`st_y(mine.location)`.as('lat'),
      ])
      .orderBy(SORTS[query.sort], query.sort === 'updated' ? 'desc' : 'asc')
      .orderBy('mine.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    // Licence and county are NOT NULL foreign keys: without a text search the joins drop no row,
    // and the page's total counts the mines alone (national: ≈ 40 ms of joins per page saved).
    (query.q ? base : db.selectFrom('mine').where(mineFilters(user, query)))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

export type MineListRow = Awaited<ReturnType<typeof listMines>>['rows'][number]

export async function mineDetail(db: Db, id: number) {
  return db
    .selectFrom('mine')
    .innerJoin('licence', 'licence.id', 'mine.licence_id')
    .innerJoin('admin_unit as county', 'county.code', 'mine.county_code')
    .innerJoin('organization as enterprise', 'enterprise.id', 'mine.enterprise_id')
    .select([
      'mine.id',
      'mine.name',
      'mine.county_code',
      'county.name as county_name',
      'mine.enterprise_id',
      'enterprise.name as enterprise_name',
      'mine.mineral',
      'mine.sector',
      'mine.mining_method',
      'mine.ops_status',
      'mine.green_state',
      'mine.production_start',
      'mine.has_sand_equipment',
      'mine.version',
      'mine.is_demo',
      sql<number>`st_x(mine.location)`.as('lng'),
      sql<number>`st_y(mine.location)`.as('lat'),
      'licence.licence_no',
      'licence.holder_name',
      'licence.minerals',
      'licence.scale_10kt_per_year',
      'licence.declared_area_km2',
      'licence.elevation_top_m',
      'licence.elevation_bottom_m',
      'licence.valid_from as licence_valid_from',
      'licence.valid_to as licence_valid_to',
      'licence.issuer',
      'licence.status as licence_status',
      'licence.source_crs',
      sql<number | null>`round(st_area(licence.geom::geography)::numeric / 1e6, 4)`.as('drawn_area_km2'),
      (eb) =>
        eb
          .selectFrom('evaluator_assignment')
          .select((e) => sql<number[]>`coalesce(array_agg(distinct ${e.ref('agency_id')}), '{}')`.as('a'))
          .whereRef('evaluator_assignment.mine_id', '=', 'mine.id')
          .as('assigned_agency_ids'),
    ])
    .where('mine.id', '=', id)
    .executeTakeFirst()
}

export type MineDetailRow = NonNullable<Awaited<ReturnType<typeof mineDetail>>>

export async function mineTimeline(db: Db, id: number) {
  return db
    .selectFrom('mine_event')
    .leftJoin('app_user', 'app_user.id', 'mine_event.actor_user_id')
    .select([
      'mine_event.id',
      'mine_event.type',
      'mine_event.occurred_on',
      'mine_event.green_from',
      'mine_event.green_to',
      'mine_event.ops_from',
      'mine_event.ops_to',
      'mine_event.actor_role',
      'app_user.display_name as actor_name',
      'mine_event.payload',
      'mine_event.recorded_at',
    ])
    .where('mine_event.mine_id', '=', id)
    .orderBy('mine_event.occurred_on')
    .orderBy('mine_event.id')
    .execute()
}

export type MineEventRow = Awaited<ReturnType<typeof mineTimeline>>[number]

export async function areaSummary(db: Db, id: number) {
  return db
    .selectFrom('mine_area')
    .select([
      'kind',
      'progress',
      (eb) => eb.fn.countAll<number>().as('count'),
      (eb) => eb.fn.sum<number>('area_m2').as('area_m2'),
    ])
    .where('mine_id', '=', id)
    .where('deleted_at', 'is', null)
    .groupBy(['kind', 'progress'])
    .orderBy('kind')
    .orderBy('progress')
    .execute()
}

export type AreaSummaryRow = Awaited<ReturnType<typeof areaSummary>>[number]

export async function documentList(db: Db, id: number) {
  return db
    .selectFrom('document')
    .select(['id', 'kind', 'filename', 'media_type', 'size_bytes', 'sha256', 'uploaded_at'])
    .where('mine_id', '=', id)
    .orderBy('uploaded_at')
    .execute()
}

export type MineDocumentRow = Awaited<ReturnType<typeof documentList>>[number]

/** The full licence record: terms, the original corner-point text and its source CRS, the licensed polygon. */
export async function licenceOfMine(db: Db, mineId: number) {
  return db
    .selectFrom('licence')
    .innerJoin('mine', 'mine.licence_id', 'licence.id')
    .select([
      'licence.id',
      'licence.licence_no',
      'licence.holder_name',
      'licence.mine_name',
      'licence.minerals',
      'licence.mining_method',
      'licence.scale_10kt_per_year',
      'licence.declared_area_km2',
      'licence.elevation_top_m',
      'licence.elevation_bottom_m',
      'licence.valid_from',
      'licence.valid_to',
      'licence.issuer',
      'licence.status',
      'licence.status_on',
      'licence.source_crs',
      'licence.corner_points_text',
      sql<number | null>`round(st_area(licence.geom::geography)::numeric / 1e6, 4)`.as('drawn_area_km2'),
      sql<string | null>`st_asgeojson(licence.geom, 6)`.as('geojson'),
    ])
    .where('mine.id', '=', mineId)
    .executeTakeFirst()
}

export type LicenceRow = NonNullable<Awaited<ReturnType<typeof licenceOfMine>>>
