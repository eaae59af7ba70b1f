// SQL of the field app's area packs: a county's box, and the mines of an area with their
// footprint and licence polygon as GeoJSON coordinates (nearest first for "near me").
import { sql, type ExpressionBuilder } from 'kysely'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import { visibleTo } from '../mines/mines.queries'

export interface CountyBox {
  code: string
  name: string
  bbox: [number, number, number, number]
}

export async function countyBox(db: Db, code: string): Promise<CountyBox | null> {
  const row = await db
    .selectFrom('admin_unit')
    .where('code', '=', code)
    .where('level', '=', 'county')
    .select([
      'code',
      'name',
      sql<number>`st_xmin(geom)`.as('w'),
      sql<number>`st_ymin(geom)`.as('s'),
      sql<number>`st_xmax(geom)`.as('e'),
      sql<number>`st_ymax(geom)`.as('n'),
    ])
    .executeTakeFirst()
  return row ? { code: row.code, name: row.name, bbox: [row.w, row.s, row.e, row.n] } : null
}

export interface FieldMineRow {
  id: number
  name: string
  county_code: string
  mineral: string
  green_state: string
  ops_status: 'construction' | 'producing' | 'suspended' | 'closed'
  lng: number
  lat: number
  footprint: string | null
  licence: string | null
  w: number
  s: number
  e: number
  n: number
}

export type FieldMineFilter =
  { county: string } | { ids: readonly number[] } | { near: [lng: number, lat: number]; limit: number }

/** The mines of an area that `user` may see (closed mines left out: nobody inspects them). */
export async function fieldMineRows(
  db: Db,
  user: SessionUser,
  filter: FieldMineFilter,
): Promise<FieldMineRow[]> {
  const footprint = (eb: ExpressionBuilder<DB, 'mine'>) =>
    eb
      .selectFrom('mine_area')
      .whereRef('mine_area.mine_id', '=', 'mine.id')
      .where('mine_area.kind', '=', 'footprint')
      .select(sql<string | null>`st_asgeojson(st_multi(st_union(mine_area.geom)), 6)`.as('g'))
  // The box around everything drawn for the mine (its tiles are planned from it).
  const all = sql`st_collect(array_remove(array[mine.location, licence.geom, (select st_union(a.geom) from mine_area a where a.mine_id = mine.id and a.kind = 'footprint')], null))`
  const q = db
    .selectFrom('mine')
    .leftJoin('licence', 'licence.id', 'mine.licence_id')
    .where(visibleTo(user))
    .where('mine.ops_status', '!=', 'closed')
    .select((eb) => [
      'mine.id',
      'mine.name',
      'mine.county_code',
      'mine.mineral',
      'mine.green_state',
      'mine.ops_status',
      sql<number>`st_x(mine.location)`.as('lng'),
      sql<number>`st_y(mine.location)`.as('lat'),
      footprint(eb).as('footprint'),
      sql<string | null>`st_asgeojson(st_multi(licence.geom), 6)`.as('licence'),
      sql<number>`st_xmin(${all})`.as('w'),
      sql<number>`st_ymin(${all})`.as('s'),
      sql<number>`st_xmax(${all})`.as('e'),
      sql<number>`st_ymax(${all})`.as('n'),
    ])
  if ('county' in filter) return q.where('mine.county_code', '=', filter.county).orderBy('mine.id').execute()
  if ('ids' in filter) {
    if (filter.ids.length === 0) return []
    return q
      .where('mine.id', 'in', [...filter.ids])
      .orderBy('mine.id')
      .execute()
  }
  const [lng, lat] = filter.near
  // Geodesic order on the spheroid; the KNN box operator first narrows to the nearest few hundred.
  return q
    .orderBy(sql`mine.location::geography <-> st_setsrid(st_makepoint(${lng}, ${lat}), 4326)::geography`)
    .orderBy('mine.id')
    .limit(filter.limit)
    .execute()
}
