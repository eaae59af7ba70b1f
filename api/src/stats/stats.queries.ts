import { regionPrefix } from '@zgm/domain'
import { sql } from 'kysely'
import type { Conn, Db } from '../db/database'
import { spanMineSnapshots } from './snapshot-spans.queries'

/** One mine as it stood on a date, reconstructed from the event history (time travel). */
export interface MineSnapshot {
  id: number
  name: string
  countyCode: string
  enterpriseId: number
  miningMethod: 'open_pit' | 'underground'
  /** Machine-made sand equipment installed on the date (mine_equipment_event). */
  hasSandEquipment: boolean
  /** First day of the licence's first term: before it the mine counts nowhere. */
  licenceValidFrom: string
  /** End of the term as the history stood on the date (renewals registered by then), cut at a cancellation. */
  licenceValidTo: string | null
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
  /**
   * The second clock: only what was recorded at or before this instant (ISO timestamp) counts,
   * so a figure can be shown as the system knew it then; undefined = everything recorded so far.
   */
  knownAt?: string
}

/** The end of a knowledge date in Zhejiang (UTC+8): everything recorded that day is known. */
export const knownAtEndOf = (date: string) => `${date}T23:59:59.999+08:00`

/**
 * Every mine's state as of `asOf`: the last event on or before the date decides; before a
 * mine's first event it is in the state that event started from. The licence term, the sand
 * equipment and a cancellation are the registry's facts valid on the date; a licence or mine
 * without any recorded history (rows written before the registry) reads its own columns. With
 * `knownAt`, only events recorded by then count (a mine none of whose events was known yet is in
 * its first state).
 */
export async function mineSnapshots(
  db: Conn,
  asOf: string,
  filter: SnapshotFilter = {},
): Promise<MineSnapshot[]> {
  // Everything recorded so far is what the spans hold; the second clock needs the replay.
  return filter.knownAt ? replayMineSnapshots(db, asOf, filter) : spanMineSnapshots(db, asOf, filter)
}

/** The event replay behind `mineSnapshots`: the reference the snapshot spans are tested against. */
export async function replayMineSnapshots(
  db: Conn,
  asOf: string,
  filter: SnapshotFilter = {},
): Promise<MineSnapshot[]> {
  const region = filter.regionCode ? regionPrefix(filter.regionCode) : null
  const d = sql`${asOf}::date`
  // The second clock: without knownAt nothing is filtered and the first states are not needed.
  const knownAt = filter.knownAt
  const known = knownAt ? sql`recorded_at <= ${knownAt}::timestamptz` : sql`true`
  const firstStates = knownAt
    ? sql`(array_agg(green_from order by occurred_on, id) filter (where green_to is not null))[1] as g_first,
        (array_agg(ops_from order by occurred_on, id) filter (where ops_to is not null))[1] as o_first`
    : sql`null::text as g_first, null::text as o_first`
  const knownAssessment = knownAt
    ? sql`(s.event_id is null or exists (
        select 1 from mine_event e where e.id = s.event_id and e.recorded_at <= ${knownAt}::timestamptz))`
    : sql`true`
  // One pass over each table, aggregated per mine, rather than a subquery per mine.
  const { rows } = await sql<MineSnapshot>`
    with ev as (
      select mine_id,
        (array_agg(green_to order by occurred_on desc, id desc) filter (where green_to is not null and occurred_on <= ${d} and ${known}))[1] as g_last,
        (array_agg(green_from order by occurred_on, id) filter (where green_to is not null and occurred_on > ${d} and ${known}))[1] as g_next,
        (array_agg(ops_to order by occurred_on desc, id desc) filter (where ops_to is not null and occurred_on <= ${d} and ${known}))[1] as o_last,
        (array_agg(ops_from order by occurred_on, id) filter (where ops_to is not null and occurred_on > ${d} and ${known}))[1] as o_next,
        max(occurred_on) filter (where green_to = 'county_archived' and occurred_on <= ${d} and ${known}) as archived_on,
        ${firstStates},
        min(occurred_on) as first_on
      from mine_event group by mine_id),
    sa as (
      select s.mine_id, max(s.received_on) as received_on from self_assessment s
      where s.received_on <= ${d} and ${knownAssessment}
      group by s.mine_id),
    rect as (
      select distinct on (mine_id) mine_id, deadline from rectification_order
      where issued_on <= ${d} and (closed_on is null or closed_on > ${d})
      order by mine_id, issued_on desc, id desc),
    term as (
      select licence_id, min(valid_from) as starts_on,
        max(valid_to) filter (where registered_on <= ${d}) as valid_to
      from licence_term group by licence_id),
    cancel as (
      select licence_id, min(occurred_on) as on_date from licence_event
      where kind = 'cancelled' and occurred_on <= ${d} group by licence_id),
    equip as (
      select mine_id,
        (array_agg(change order by occurred_on desc, id desc) filter (where occurred_on <= ${d}))[1] as last_change
      from mine_equipment_event group by mine_id),
    dir as (
      select mine_id, max(entered_on) as entered_on from directory_entry
      where entered_on <= ${d} and (removed_on is null or removed_on > ${d}) group by mine_id)
    select m.id, m.name, m.county_code as "countyCode", m.enterprise_id as "enterpriseId",
      m.mining_method as "miningMethod",
      case when equip.mine_id is null then m.has_sand_equipment
        else coalesce(equip.last_change = 'installed', false) end as "hasSandEquipment",
      case when term.licence_id is null then l.valid_from else term.starts_on end as "licenceValidFrom",
      case when cancel.on_date is not null
        then least(coalesce(term.valid_to, l.valid_to), cancel.on_date - 1)
        when term.licence_id is null then l.valid_to else term.valid_to end as "licenceValidTo",
      coalesce(ev.g_last, ev.g_next, ev.g_first, m.green_state) as "greenState",
      coalesce(ev.o_last, ev.o_next, ev.o_first, m.ops_status) as "opsStatus",
      case when m.production_start <= ${d} then m.production_start end as "productionStart",
      sa.received_on as "selfAssessmentReceivedOn",
      ev.archived_on as "countyArchivedOn",
      rect.deadline as "rectificationDeadline",
      dir.entered_on as "enteredOn",
      st_x(m.location) as lng, st_y(m.location) as lat
    from mine m
    join licence l on l.id = m.licence_id
    left join ev on ev.mine_id = m.id
    left join sa on sa.mine_id = m.id
    left join rect on rect.mine_id = m.id
    left join dir on dir.mine_id = m.id
    left join term on term.licence_id = l.id
    left join cancel on cancel.licence_id = l.id
    left join equip on equip.mine_id = m.id
    -- A mine with a recorded history exists from its first event (a mine licensed later is not counted before).
    where (ev.first_on is null or ev.first_on <= ${d})
      and (${region}::text is null or m.county_code like ${region} || '%')
      and (${filter.mineIds ?? null}::int[] is null or m.id = any(${filter.mineIds ?? null}::int[]))
    order by m.id`.execute(db)
  return rows
}

export interface RegionRow {
  code: string
  level: 'province' | 'city' | 'county'
  parentCode: string | null
  name: string
  nameEn: string
}

export async function regions(db: Conn): Promise<RegionRow[]> {
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

export async function targets(db: Conn): Promise<TargetRow[]> {
  return db
    .selectFrom('target')
    .select(['year', 'region_code as regionCode', 'kind', 'value', 'source'])
    .orderBy('year')
    .orderBy('region_code')
    .execute()
}

/** The date of the newest event in the history (null for an empty database). */
export async function lastEventDate(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('mine_event')
    .select((eb) => eb.fn.max('occurred_on').as('on'))
    .executeTakeFirst()
  return (row?.on as string | null | undefined) ?? null
}
