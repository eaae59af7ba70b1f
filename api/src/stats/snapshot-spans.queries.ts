import { regionPrefix, type GreenState } from '@zgm/domain'
import { sql } from 'kysely'
import type { Conn } from '../db/database'
import type { MineSnapshot, SnapshotFilter } from './stats.queries'

/**
 * Every mine's snapshot as of `asOf` read from `mine_snapshot_span` (kept by triggers in every
 * writing transaction, migration T1151): the same rows as the event replay with everything
 * recorded so far, one span lookup per mine instead of a pass over each history table. The
 * second clock (`knownAt`) is not supported here: the spans know only "everything recorded".
 */
export async function spanMineSnapshots(
  db: Conn,
  asOf: string,
  filter: Omit<SnapshotFilter, 'knownAt'> & {
    greenState?: GreenState
    /** Only mines that can raise an alert (`computeAlerts`): a superset of those that do, closed ones left out. */
    mayAlert?: boolean
  } = {},
): Promise<MineSnapshot[]> {
  const region = filter.regionCode ? regionPrefix(filter.regionCode) : null
  const d = sql`${asOf}::date`
  const { rows } = await sql<MineSnapshot>`
    select m.id, m.name, s.county_code as "countyCode", m.enterprise_id as "enterpriseId",
      s.mining_method as "miningMethod", s.has_sand_equipment as "hasSandEquipment",
      s.licence_valid_from as "licenceValidFrom", s.licence_valid_to as "licenceValidTo",
      s.green_state as "greenState", s.ops_status as "opsStatus",
      s.production_start as "productionStart",
      s.self_assessment_received_on as "selfAssessmentReceivedOn",
      s.county_archived_on as "countyArchivedOn", s.rectification_deadline as "rectificationDeadline",
      s.entered_on as "enteredOn", st_x(m.location) as lng, st_y(m.location) as lat
    from mine_snapshot_span s
    join mine m on m.id = s.mine_id
    where s.from_on <= ${d} and s.to_on > ${d}
      and (${region}::text is null or s.county_code like ${region} || '%')
      and (${filter.mineIds ?? null}::int[] is null or s.mine_id = any(${filter.mineIds ?? null}::int[]))
      and (${filter.greenState ?? null}::text is null or s.green_state = ${filter.greenState ?? null})
      and (not ${filter.mayAlert ?? false} or (s.ops_status <> 'closed' and (
        s.green_state in ('self_assessed', 'evaluator_assigned', 'rectifying', 'county_archived')
        or (s.production_start is not null and s.ops_status in ('producing', 'suspended')))))
    order by m.id`.execute(db)
  return rows
}

/** One county's figures on a date, as `summarise` counts them (ZJ-2018, every mine visible). */
export interface CountyFigures {
  code: string
  mandatory: number
  inDirectory: number
  inDirectoryTotal: number
  /** Licensed mines per green state; states with none are absent. */
  pipeline: Partial<Record<GreenState, number>>
  overdue: number
  comingDue: number
}

/**
 * Every county's figures in force on `asOf` (county_stats_span, kept by the write path, migration
 * T1152): one row per county that has ever had a mine.
 */
export async function countyFigures(db: Conn, asOf: string): Promise<CountyFigures[]> {
  const d = sql`${asOf}::date`
  const { rows } = await sql<CountyFigures>`
    select c.county_code as code, c.mandatory, c.in_directory as "inDirectory",
      c.in_directory_total as "inDirectoryTotal", c.pipeline, c.overdue, c.coming_due as "comingDue"
    from county_stats_span c
    where daterange(c.from_on, c.to_on) @> ${d}`.execute(db)
  return rows
}
