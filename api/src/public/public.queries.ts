import { regionPrefix, type BBox, type LngLat } from '@zgm/domain'
import { sql } from 'kysely'
import { containsPattern, type Db } from '../db/database'

/** Only what has been published; every column here is fit for the public. */

export async function publicRegions(db: Db, level: 'city' | 'county') {
  const { rows } = await sql<{
    code: string
    name: string
    nameEn: string
    parentCode: string | null
    labelPoint: LngLat
    bbox: BBox
  }>`
    select code, name, name_en as "nameEn", parent_code as "parentCode",
      json_build_array(round(st_x(label_point)::numeric, 5), round(st_y(label_point)::numeric, 5)) as "labelPoint",
      json_build_array(round(st_xmin(geom)::numeric, 5), round(st_ymin(geom)::numeric, 5),
        round(st_xmax(geom)::numeric, 5), round(st_ymax(geom)::numeric, 5)) as bbox
    from admin_unit where level = ${level} order by code`.execute(db)
  return rows.map((r) => ({ ...r, labelPoint: r.labelPoint.map(Number), bbox: r.bbox.map(Number) }))
}

export interface DirectoryQuery {
  q?: string
  county?: string
  city?: string
  page: number
  pageSize: number
}

/** Mines in the directory on a date, with the public facts only. */
export async function directoryMines(db: Db, asOf: string, query: DirectoryQuery) {
  const like = query.q ? containsPattern(query.q) : null
  const region = query.county ?? query.city
  const prefix = region ? regionPrefix(region) : null
  const { rows } = await sql<{
    id: number
    name: string
    countyCode: string
    countyName: string
    mineral: string
    enteredOn: string
    lng: number
    lat: number
    total: number
  }>`
    select m.id, m.name, m.county_code as "countyCode", c.name as "countyName", m.mineral,
      d.entered_on as "enteredOn", round(st_x(m.location)::numeric, 4)::float8 as lng,
      round(st_y(m.location)::numeric, 4)::float8 as lat, count(*) over ()::int as total
    from directory_entry d
    join mine m on m.id = d.mine_id
    join admin_unit c on c.code = m.county_code
    where d.entered_on <= ${asOf}::date and (d.removed_on is null or d.removed_on > ${asOf}::date)
      and (${prefix}::text is null or m.county_code like ${prefix} || '%')
      and (${like}::text is null or m.name ilike ${like} or c.name ilike ${like})
    order by m.county_code, m.name
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`.execute(db)
  return {
    items: rows.map(({ total: _, ...r }) => r),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  }
}

/** Published notices (公示/公告) with their period and objection channel. */
export async function publicNotices(db: Db, asOf: string, status: 'open' | 'closed' | 'all', level?: string) {
  const notices = await db
    .selectFrom('publicity as p')
    .innerJoin('admin_unit as r', 'r.code', 'p.region_code')
    .select([
      'p.id',
      'p.level',
      'p.region_code as regionCode',
      'r.name as regionName',
      'p.title',
      'p.start_on as startOn',
      'p.end_on as endOn',
      'p.objection_channel as objectionChannel',
      'p.issuer',
      'p.published_on as publishedOn',
    ])
    .where('p.published_on', '<=', asOf)
    .$if(status === 'open', (qb) => qb.where('p.end_on', '>=', asOf))
    .$if(status === 'closed', (qb) => qb.where('p.end_on', '<', asOf))
    .$if(!!level, (qb) => qb.where('p.level', '=', level as 'county'))
    .orderBy('p.published_on', 'desc')
    .orderBy('p.id', 'desc')
    .limit(200)
    .execute()
  const items = notices.length
    ? await db
        .selectFrom('publicity_item as i')
        .innerJoin('mine as m', 'm.id', 'i.mine_id')
        .innerJoin('admin_unit as c', 'c.code', 'm.county_code')
        .select([
          'i.publicity_id as publicityId',
          'm.name as mineName',
          'c.name as countyName',
          'm.mineral',
          'i.remarks',
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
  return notices.map((n) => ({
    ...n,
    open: n.endOn >= asOf,
    items: items.filter((i) => i.publicityId === n.id).map(({ publicityId: _, ...i }) => i),
  }))
}

/** Published spot-check draws: the seed and the drawn mines, so anyone can replay them. */
export async function publishedDraws(db: Db) {
  const draws = await db
    .selectFrom('spot_check_draw')
    .select([
      'id',
      'drawn_on as drawnOn',
      'seed',
      'region_code as regionCode',
      'result',
      'published_on as publishedOn',
    ])
    .where('published_on', 'is not', null)
    .orderBy('drawn_on', 'desc')
    .execute()
  return draws.map(({ result, ...d }) => {
    const r = result as { algorithm: string; assignments: { mineId: string }[]; populationIds: string[] }
    return {
      ...d,
      algorithm: r.algorithm,
      populationSize: r.populationIds.length,
      drawnMineIds: r.assignments.map((a) => Number(a.mineId)),
    }
  })
}
