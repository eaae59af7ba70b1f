import { regionPrefix } from '@zgm/domain'
import { sql } from 'kysely'
import type { Conn } from '../db/database'

const d = (asOf: string) => sql`${asOf}::date`

/** Open notices (not closed by the date) and the mines on them: county notices to close, provincial lists to enter. */
export async function openNotices(db: Conn, asOf: string) {
  const { rows } = await sql<{ mineId: number; level: 'county' | 'province'; endOn: string }>`
    select i.mine_id as "mineId", p.level, cast(p.end_on as text) as "endOn"
    from publicity p join publicity_item i on i.publicity_id = p.id
    where p.level in ('county', 'province') and p.published_on <= ${d(asOf)}
      and (p.closed_on is null or p.closed_on > ${d(asOf)})`.execute(db)
  return rows
}

/** Evaluator draws committed but not yet drawn (the county reveals them). */
export async function pendingDraws(db: Conn, asOf: string) {
  const { rows } = await sql<{ id: number; mineId: number; committedOn: string }>`
    select id, mine_id as "mineId", cast(committed_on as text) as "committedOn" from evaluator_draw
    where drawn_on is null and committed_on <= ${d(asOf)}`.execute(db)
  return rows
}

/** Objections not yet decided, with the level and region of their notice. */
export async function undecidedObjections(db: Conn, asOf: string) {
  const { rows } = await sql<{
    id: number
    mineId: number
    receivedOn: string
    level: string
    regionCode: string
    endOn: string
  }>`
    select o.id, o.mine_id as "mineId", cast(o.received_on as text) as "receivedOn", p.level,
      p.region_code as "regionCode", cast(p.end_on as text) as "endOn"
    from objection o join publicity p on p.id = o.publicity_id
    where o.decided_on is null and o.received_on <= ${d(asOf)}`.execute(db)
  return rows
}

/** Restoration and reclamation areas submitted for approval. */
export async function submittedAreas(db: Conn) {
  const { rows } = await sql<{ id: number; mineId: number }>`
    select id, mine_id as "mineId" from mine_area
    where approval = 'submitted' and deleted_at is null and kind <> 'footprint'`.execute(db)
  return rows
}

/** Open rectification orders: their re-check agency (once drawn) and whether the re-check failed. */
export async function openRectifications(db: Conn, asOf: string) {
  const { rows } = await sql<{
    mineId: number
    deadline: string
    recheckAgencyId: number | null
    recheckFailed: boolean
  }>`
    select r.mine_id as "mineId", cast(r.deadline as text) as deadline, a.agency_id as "recheckAgencyId",
      coalesce(r.recheck_passed = false, false) as "recheckFailed"
    from rectification_order r left join evaluator_assignment a on a.id = r.recheck_assignment_id
    where r.issued_on <= ${d(asOf)} and (r.closed_on is null or r.closed_on > ${d(asOf)})
      and r.removal_confirmed_by is null`.execute(db)
  return rows
}

/** Verification assignments of an agency whose mine has not been filed (state decides; this names the agency). */
export async function agencyAssignments(db: Conn, agencyId: number) {
  const { rows } = await sql<{ mineId: number }>`
    select distinct mine_id as "mineId" from evaluator_assignment
    where agency_id = ${agencyId} and purpose = 'verification'`.execute(db)
  return new Set(rows.map((r) => r.mineId))
}

/** Backdated events and direct-assignment requests waiting for the province. */
export async function provinceDecisions(db: Conn) {
  const [held, exceptions] = await Promise.all([
    sql<{ id: number; mineId: number; requestedOn: string }>`
      select id, mine_id as "mineId", cast((requested_at at time zone 'Asia/Shanghai')::date as text) as "requestedOn"
      from backdated_entry where status = 'pending'`.execute(db),
    sql<{ id: number; mineId: number; requestedOn: string }>`
      select id, mine_id as "mineId", cast(requested_on as text) as "requestedOn"
      from evaluator_exception where decision = 'pending'`.execute(db),
  ])
  return { held: held.rows, exceptions: exceptions.rows }
}

/** Whether the city has split the year's target to any of its counties (§5.2). */
export async function cityHasSplit(db: Conn, cityCode: string, year: number): Promise<boolean> {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from target
    where source = 'city' and year = ${year} and region_code like ${`${regionPrefix(cityCode)}%`}
      and region_code <> ${cityCode}`.execute(db)
  return Number(rows[0]?.n ?? 0) > 0
}

/** Open out-of-boundary alerts (越界开采) raised by field inspections up to the date. */
export async function openBoundaryAlerts(db: Conn, asOf: string) {
  const { rows } = await sql<{ id: number; mineId: number; on: string }>`
    select a.id, a.mine_id as "mineId", cast(f.on_date as text) as "on"
    from boundary_alert a join field_inspection f on f.id = a.inspection_id
    where a.state = 'open' and f.on_date <= ${d(asOf)}`.execute(db)
  return rows
}
