// Restoration and reclamation progress per county as of a date, read from the areas' version
// history (mine_area_version), over the mines the user may see.
import { sql } from 'kysely'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { visibleTo } from '../mines/mines.queries'
import { regionPrefix } from '@zgm/domain'

export interface ProgressRegion {
  code: string
  level: 'province' | 'city' | 'county'
}

export function findRegion(db: Db, code: string): Promise<ProgressRegion | undefined> {
  return db
    .selectFrom('admin_unit')
    .select(['code', 'level'])
    .where('code', '=', code)
    .executeTakeFirst() as Promise<ProgressRegion | undefined>
}

export interface CountyRow {
  code: string
  name: string
  name_en: string
}

export interface ProgressRow {
  county_code: string
  kind: 'restoration' | 'reclamation'
  areas: number
  completed_areas: number
  area_m2: number
  completed_m2: number
  approved_areas: number
  approved_m2: number
  submitted_areas: number
  submitted_m2: number
}

/** Counties of the region in which the user sees at least one mine, by code. */
export function visibleCounties(db: Db, user: SessionUser, regionCode: string): Promise<CountyRow[]> {
  return db
    .selectFrom('admin_unit as county')
    .select(['county.code', 'county.name', 'county.name_en'])
    .where('county.level', '=', 'county')
    .where('county.code', 'like', `${regionPrefix(regionCode)}%`)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('mine')
          .select('mine.id')
          .whereRef('mine.county_code', '=', 'county.code')
          .where(visibleTo(user)),
      ),
    )
    .orderBy('county.code')
    .execute()
}

/**
 * Per county and kind: the areas that existed on `asOf` (Zhejiang date, UTC+8) and those of them
 * completed, with their square metres. Each area counts in the state of its last version written
 * on or before that date; an area deleted by then counts no more. A version's area is the one it
 * recorded (`attrs.areaM2`); versions written without one (the demo history, whose geometry never
 * changes) take the area's current area. All drawn areas count in `areas`; approved and submitted
 * ones are also counted apart (the approval recorded in the version), drafts and rejected are the rest.
 */
export async function progressByCounty(
  db: Db,
  user: SessionUser,
  regionCode: string,
  asOf: string,
): Promise<ProgressRow[]> {
  const rows = await db
    .with('visible', (qb) =>
      qb
        .selectFrom('mine')
        .select(['mine.id', 'mine.county_code'])
        .where('mine.county_code', 'like', `${regionPrefix(regionCode)}%`)
        .where(visibleTo(user)),
    )
    .with('as_of', (qb) =>
      qb
        .selectFrom('mine_area_version as v')
        .innerJoin('mine_area as a', 'a.id', 'v.area_id')
        .innerJoin('visible', 'visible.id', 'a.mine_id')
        .distinctOn('v.area_id')
        .select([
          'visible.county_code',
          'a.kind',
          'v.change',
          sql<string | null>`v.attrs ->> 'progress'`.as('progress'),
          sql<string | null>`v.attrs ->> 'approval'`.as('approval'),
          sql<number>`coalesce((v.attrs ->> 'areaM2')::numeric, a.area_m2)`.as('area_m2'),
        ])
        .where('a.kind', 'in', ['restoration', 'reclamation'])
        .where(sql<string>`((v.changed_at at time zone 'UTC') + interval '8 hours')::date`, '<=', asOf)
        .orderBy('v.area_id')
        .orderBy('v.version', 'desc'),
    )
    .selectFrom('as_of')
    .select([
      'county_code',
      'kind',
      sql<number>`count(*)`.as('areas'),
      sql<number>`count(*) filter (where progress = 'completed')`.as('completed_areas'),
      sql<number>`coalesce(sum(area_m2), 0)`.as('area_m2'),
      sql<number>`coalesce(sum(area_m2) filter (where progress = 'completed'), 0)`.as('completed_m2'),
      sql<number>`count(*) filter (where approval = 'approved')`.as('approved_areas'),
      sql<number>`coalesce(sum(area_m2) filter (where approval = 'approved'), 0)`.as('approved_m2'),
      sql<number>`count(*) filter (where approval = 'submitted')`.as('submitted_areas'),
      sql<number>`coalesce(sum(area_m2) filter (where approval = 'submitted'), 0)`.as('submitted_m2'),
    ])
    .where('change', '<>', 'delete')
    .groupBy(['county_code', 'kind'])
    .orderBy('county_code')
    .orderBy('kind')
    .execute()
  return rows as ProgressRow[]
}
