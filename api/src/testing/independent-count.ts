import { sql } from 'kysely'
import type { Db } from '../db/database'

/**
 * An independent count for tests, written straight in SQL without the statistics code: per city
 * as of `asOf`, from the event history (state = the last event that sets it) and the registry's
 * dated facts (licence terms, cancellations, sand equipment).
 */
export async function entryAsOf(db: Db, asOf: string) {
  const { rows } = await sql<{
    city: string
    in_directory: number
    mandatory: number
    entered_mandatory: number
  }>`
    with green as (
      select distinct on (mine_id) mine_id, green_to from mine_event
      where occurred_on <= ${asOf}::date and green_to is not null
      order by mine_id, occurred_on desc, id desc),
    ops as (
      select distinct on (mine_id) mine_id, ops_to from mine_event
      where occurred_on <= ${asOf}::date and ops_to is not null
      order by mine_id, occurred_on desc, id desc),
    -- The registry's facts on the date: the term as registered by then (cut by a cancellation),
    -- the licence's first day, and the last sand-equipment fact.
    term as (
      select t.licence_id, min(t.valid_from) as starts_on,
        least(max(t.valid_to) filter (where t.registered_on <= ${asOf}::date),
              (select min(e.occurred_on) - 1 from licence_event e
               where e.licence_id = t.licence_id and e.kind = 'cancelled' and e.occurred_on <= ${asOf}::date)) as valid_to
      from licence_term t group by t.licence_id),
    sand as (
      select distinct on (mine_id) mine_id, change = 'installed' as installed from mine_equipment_event
      where occurred_on <= ${asOf}::date
      order by mine_id, occurred_on desc, id desc),
    scoped as (
      select city.code as city,
        green.green_to in ('in_directory', 'rectifying') and ops.ops_to <> 'closed' as in_directory,
        -- R1 (ZJ-2018): new and producing mines (suspended ones while their licence runs), except open-pit
        -- mines with ≤ 1 year of term left and no machine-made sand equipment.
        (ops.ops_to in ('construction', 'producing') or (ops.ops_to = 'suspended' and term.valid_to >= ${asOf}::date))
          and not (m.mining_method = 'open_pit' and not coalesce(sand.installed, false)
                   and term.valid_to <= (${asOf}::date + interval '1 year')::date) as mandatory
      from mine m
      join term on term.licence_id = m.licence_id and term.starts_on <= ${asOf}::date
      left join sand on sand.mine_id = m.id
      join admin_unit county on county.code = m.county_code
      join admin_unit city on city.code = county.parent_code
      join green on green.mine_id = m.id
      join ops on ops.mine_id = m.id)
    select city,
      (count(*) filter (where in_directory))::int as in_directory,
      (count(*) filter (where mandatory))::int as mandatory,
      (count(*) filter (where in_directory and mandatory))::int as entered_mandatory
    from scoped group by city order by city`.execute(db)
  return rows
}
