import { regionPrefix } from '@zgm/domain'
import { sql } from 'kysely'
import { containsPattern, type Db } from '../db/database'
import { listedInDirectoryOn } from '../stats/directory-listing.queries'

/** Only what has been published; every column here is fit for the public. */

export async function publicRegions(db: Db, level: 'city' | 'county') {
  const { rows } = await sql<{
    code: string
    name: string
    name_en: string
    parent_code: string | null
    label_point: [number | string, number | string]
    bbox: [number | string, number | string, number | string, number | string]
  }>`
    select code, name, name_en, parent_code,
      json_build_array(round(st_x(label_point)::numeric, 5), round(st_y(label_point)::numeric, 5)) as label_point,
      json_build_array(round(st_xmin(geom)::numeric, 5), round(st_ymin(geom)::numeric, 5),
        round(st_xmax(geom)::numeric, 5), round(st_ymax(geom)::numeric, 5)) as bbox
    from admin_unit where level = ${level} order by code`.execute(db)
  return rows
}

export type PublicRegionRow = Awaited<ReturnType<typeof publicRegions>>[number]

/** World width, in pixels, of the outlines' coordinate space: 512-px tiles at zoom 10 (migration 2026-12-01T0101). */
export const OUTLINE_WORLD_PX = 512 * 2 ** 10

/**
 * Cities' or counties' outlines as SVG path data (relative, whole pixels) in Web Mercator pixels of
 * the zoom-10 world, y down: a picture of the map before the map itself has loaded.
 */
export async function publicOutlines(db: Db, level: 'city' | 'county') {
  return db
    .selectFrom('admin_unit')
    .select(['code', 'outline_svg as path'])
    .where('level', '=', level)
    .orderBy('code')
    .execute()
}

export interface DirectoryQuery {
  q?: string
  county?: string
  city?: string
  page: number
  pageSize: number
}

/** Mines in the directory on a date (a closed mine has left it), with the public facts only. */
export async function directoryMines(db: Db, asOf: string, query: DirectoryQuery) {
  const like = query.q ? containsPattern(query.q) : null
  const region = query.county ?? query.city
  const prefix = region ? regionPrefix(region) : null
  const { rows } = await sql<{
    id: number
    name: string
    county_code: string
    county_name: string
    mineral: string
    entered_on: string
    lng: number
    lat: number
    total: number
  }>`
    select m.id, m.name, m.county_code, c.name as county_name, m.mineral,
      d.entered_on, round(st_x(m.location)::numeric, 4)::float8 as lng,
      round(st_y(m.location)::numeric, 4)::float8 as lat, count(*) over ()::int as total
    from directory_entry d
    join mine m on m.id = d.mine_id
    join admin_unit c on c.code = m.county_code
    where ${listedInDirectoryOn('d', 'm', asOf)}
      and (${prefix}::text is null or m.county_code like ${prefix} || '%')
      and (${like}::text is null or m.name ilike ${like} or c.name ilike ${like})
    order by m.county_code, m.name
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`.execute(db)
  return { rows, total: rows[0]?.total ?? 0 }
}

export type DirectoryMineRow = Awaited<ReturnType<typeof directoryMines>>['rows'][number]

/** Published notices (公示/公告) with their period and objection channel, and the mines each lists. */
export async function publicNotices(
  db: Db,
  asOf: string,
  status: 'open' | 'closed' | 'all',
  level?: 'county' | 'province' | 'removal' | 'spot_check',
) {
  const notices = await db
    .selectFrom('publicity as p')
    .innerJoin('admin_unit as r', 'r.code', 'p.region_code')
    .select([
      'p.id',
      'p.level',
      'p.region_code',
      'r.name as region_name',
      'p.title',
      'p.start_on',
      'p.end_on',
      'p.objection_channel',
      'p.issuer',
      'p.published_on',
      sql<string | null>`cast(p.closed_on as text)`.as('closed_on'),
    ])
    .where('p.published_on', '<=', asOf)
    // Open: its period runs on the date and it has not been closed (objections are received then).
    .$if(status === 'open', (qb) =>
      qb
        .where('p.start_on', '<=', asOf)
        .where('p.end_on', '>=', asOf)
        .where((eb) => eb.or([eb('p.closed_on', 'is', null), eb('p.closed_on', '>', asOf)])),
    )
    .$if(status === 'closed', (qb) =>
      qb.where((eb) => eb.or([eb('p.end_on', '<', asOf), eb('p.closed_on', '<=', asOf)])),
    )
    .$if(!!level, (qb) => qb.where('p.level', '=', level!))
    .orderBy('p.published_on', 'desc')
    .orderBy('p.id', 'desc')
    .limit(200)
    .execute()
  const items = notices.length
    ? await db
        .selectFrom('publicity_item as i')
        .innerJoin('mine as m', 'm.id', 'i.mine_id')
        .innerJoin('admin_unit as c', 'c.code', 'm.county_code')
        .leftJoin('verification as v', 'v.id', 'i.verification_id')
        .select([
          'i.publicity_id',
          'i.mine_id',
          'm.name as mine_name',
          'c.name as county_name',
          'm.mineral',
          'i.remarks',
          sql<string | null>`cast(v.verified_on as text)`.as('verified_on'),
          'v.passed',
          'v.total',
          'v.indicator_version',
        ])
        .where(
          'i.publicity_id',
          'in',
          notices.map((n) => n.id),
        )
        .orderBy('c.code')
        .orderBy('m.name')
        .execute()
    : []
  return { notices, items }
}

type Notices = Awaited<ReturnType<typeof publicNotices>>
export type NoticeRow = Notices['notices'][number]
export type NoticeItemRow = Notices['items'][number]

/**
 * Published spot-check draws: the commitment (seed hash, population, inspector pool) from the day it
 * was made, the seed and the draw once revealed, so anyone can check and replay them.
 */
export async function publishedDraws(db: Db) {
  return db
    .selectFrom('spot_check_draw')
    .select([
      'id',
      'drawn_on',
      'seed',
      'region_code',
      'result',
      'published_on',
      'level',
      'period',
      'seed_hash',
      'commit_entropy',
      sql<string | null>`cast(committed_on as text)`.as('committed_on'),
      sql<string | null>`cast(revealed_on as text)`.as('revealed_on'),
      'population',
      'inspectors',
      'size',
      'inspectors_per_mine',
    ])
    .where('published_on', 'is not', null)
    .orderBy('drawn_on', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

export type PublishedDrawRow = Awaited<ReturnType<typeof publishedDraws>>[number]

/** The published results of the checks made on those draws, with any rectification and re-check. */
export async function spotCheckResults(db: Db, drawIds: number[]) {
  if (!drawIds.length) return []
  return db
    .selectFrom('spot_check as c')
    .innerJoin('mine as m', 'm.id', 'c.mine_id')
    .leftJoin('rectification_order as r', 'r.spot_check_id', 'c.id')
    .select([
      'c.draw_id',
      'c.mine_id',
      'm.name as mine_name',
      'c.checked_on',
      'c.result',
      'r.deadline',
      'r.recheck_on',
      'r.recheck_passed',
      sql<boolean>`r.removal_confirmed_by is not null`.as('removed'),
    ])
    .where('c.draw_id', 'in', drawIds)
    .orderBy('c.checked_on')
    .orderBy('c.id')
    .execute()
}

export type SpotCheckResultRow = Awaited<ReturnType<typeof spotCheckResults>>[number]
