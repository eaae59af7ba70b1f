import { sql, type Insertable } from 'kysely'
import type { Conn } from '../db/database'
import type { YearCloseTable } from '../db/schema'

export interface CountySanctions {
  countyCode: string
  /** Rectifications ordered after a spot check in the year (R6). */
  rectifications: number
  /** Removals from the directory in the year (R6). */
  removals: number
}

/** R6 sanctions per county between two dates, from the events recorded by `knownAt` (undefined = all). */
export async function sanctionsByCounty(
  db: Conn,
  { from, to, knownAt }: { from: string; to: string; knownAt?: string },
): Promise<CountySanctions[]> {
  const { rows } = await sql<CountySanctions>`
    select m.county_code as "countyCode",
      count(*) filter (where e.green_to = 'rectifying')::int as rectifications,
      count(*) filter (where e.green_to = 'removed')::int as removals
    from mine_event e join mine m on m.id = e.mine_id
    where e.occurred_on between ${from}::date and ${to}::date
      and e.green_to in ('rectifying', 'removed') and e.green_to is distinct from e.green_from
      and (${knownAt ?? null}::timestamptz is null or e.recorded_at <= ${knownAt ?? null}::timestamptz)
    group by m.county_code`.execute(db)
  return rows
}

export function findYearClose(db: Conn, year: number) {
  return db
    .selectFrom('year_close as y')
    .innerJoin('app_user as u', 'u.id', 'y.closed_by')
    .select([
      'y.year',
      'y.as_of',
      'y.policy_id',
      'y.closed_at',
      'y.figures',
      'u.username as closed_by_username',
    ])
    .where('y.year', '=', year)
    .executeTakeFirst()
}

export type YearCloseRow = NonNullable<Awaited<ReturnType<typeof findYearClose>>>

/** Stores a closed year once; false when it was already closed (a concurrent close). */
export async function insertYearClose(db: Conn, row: Insertable<YearCloseTable>): Promise<boolean> {
  const inserted = await db
    .insertInto('year_close')
    .values(row)
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .executeTakeFirst()
  return inserted !== undefined
}

export interface RestatingEventRow {
  eventId: number
  mineId: number
  mineName: string
  countyCode: string
  type: string
  on: string
  recordedAt: Date
  recordedBy: string | null
  role: string
  backdate: { entryId: number; reason: string; approvedBy: string } | null
}

/** Events dated on or before `asOf` but recorded after `closedAt`: what restates a closed year. */
export async function eventsRecordedAfter(
  db: Conn,
  asOf: string,
  closedAt: Date,
): Promise<RestatingEventRow[]> {
  const { rows } = await sql<RestatingEventRow>`
    select e.id::int as "eventId", e.mine_id as "mineId", m.name as "mineName", m.county_code as "countyCode",
      e.type, e.occurred_on as "on", e.recorded_at as "recordedAt", u.username as "recordedBy",
      e.actor_role as role, e.payload -> 'backdate' as backdate
    from mine_event e
    join mine m on m.id = e.mine_id
    left join app_user u on u.id = e.actor_user_id
    where e.occurred_on <= ${asOf}::date and e.recorded_at > ${closedAt}
    order by e.recorded_at, e.id`.execute(db)
  return rows
}
