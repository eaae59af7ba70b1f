import { sql } from 'kysely'
import type { Db } from '../db/database'

/** One mine as it stood on a date, reconstructed from the event history (time travel). */
export interface MineSnapshot {
  id: number
  name: string
  countyCode: string
  enterpriseId: number
  miningMethod: 'open_pit' | 'underground'
  hasSandEquipment: boolean
  licenceValidTo: string
  greenState: string
  opsStatus: string
  productionStart: string | null
  selfAssessmentReceivedOn: string | null
  countyArchivedOn: string | null
  rectificationDeadline: string | null
  enteredOn: string | null
  lng: number
  lat: number
}

export interface SnapshotFilter {
  /** Only mines in this province/city/county code. */
  regionCode?: string
  mineIds?: number[]
}

/**
 * Every mine's state as of `asOf`: the last event on or before the date decides; before a
 * mine's first event it is in the state that event started from.
 */
export async function mineSnapshots(
  db: Db,
  asOf: string,
  filter: SnapshotFilter = {},
): Promise<MineSnapshot[]> {
  const region = filter.regionCode ? regionPrefix(filter.regionCode) : null
  const { rows } = await sql<MineSnapshot>`
    select m.id, m.name, m.county_code as "countyCode", m.enterprise_id as "enterpriseId",
      m.mining_method as "miningMethod", m.has_sand_equipment as "hasSandEquipment",
      l.valid_to as "licenceValidTo",
      coalesce(g_last.green_to, g_next.green_from, m.green_state) as "greenState",
      coalesce(o_last.ops_to, o_next.ops_from, m.ops_status) as "opsStatus",
      case when m.production_start <= ${asOf}::date then m.production_start end as "productionStart",
      (select max(sa.received_on) from self_assessment sa
        where sa.mine_id = m.id and sa.received_on <= ${asOf}::date) as "selfAssessmentReceivedOn",
      (select max(e.occurred_on) from mine_event e
        where e.mine_id = m.id and e.green_to = 'county_archived' and e.occurred_on <= ${asOf}::date) as "countyArchivedOn",
      (select r.deadline from rectification_order r
        where r.mine_id = m.id and r.issued_on <= ${asOf}::date and (r.closed_on is null or r.closed_on > ${asOf}::date)
        order by r.issued_on desc limit 1) as "rectificationDeadline",
      (select max(d.entered_on) from directory_entry d
        where d.mine_id = m.id and d.entered_on <= ${asOf}::date
          and (d.removed_on is null or d.removed_on > ${asOf}::date)) as "enteredOn",
      st_x(m.location) as lng, st_y(m.location) as lat
    from mine m
    join licence l on l.id = m.licence_id
    left join lateral (select green_to from mine_event e where e.mine_id = m.id and e.green_to is not null
      and e.occurred_on <= ${asOf}::date order by e.occurred_on desc, e.id desc limit 1) g_last on true
    left join lateral (select green_from from mine_event e where e.mine_id = m.id and e.green_to is not null
      and e.occurred_on > ${asOf}::date order by e.occurred_on, e.id limit 1) g_next on true
    left join lateral (select ops_to from mine_event e where e.mine_id = m.id and e.ops_to is not null
      and e.occurred_on <= ${asOf}::date order by e.occurred_on desc, e.id desc limit 1) o_last on true
    left join lateral (select ops_from from mine_event e where e.mine_id = m.id and e.ops_to is not null
      and e.occurred_on > ${asOf}::date order by e.occurred_on, e.id limit 1) o_next on true
    where (${region}::text is null or m.county_code like ${region} || '%')
      and (${filter.mineIds ?? null}::int[] is null or m.id = any(${filter.mineIds ?? null}::int[]))
    order by m.id`.execute(db)
  return rows
}

/** GB/T 2260 prefix: 330000 → 33, 330500 → 3305, 330522 → 330522. */
export function regionPrefix(code: string): string {
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code
}

export interface RegionRow {
  code: string
  level: 'province' | 'city' | 'county'
  parentCode: string | null
  name: string
  nameEn: string
}

export async function regions(db: Db): Promise<RegionRow[]> {
  return db
    .selectFrom('admin_unit')
    .select(['code', 'level', 'parent_code as parentCode', 'name', 'name_en as nameEn'])
    .orderBy('code')
    .execute()
}

export interface TargetRow {
  year: number
  regionCode: string
  kind: 'count' | 'rate'
  value: number
  source: 'annex' | 'city'
}

export async function targets(db: Db): Promise<TargetRow[]> {
  return db
    .selectFrom('target')
    .select(['year', 'region_code as regionCode', 'kind', 'value', 'source'])
    .orderBy('year')
    .orderBy('region_code')
    .execute()
}
