import { sql } from 'kysely'
import type { Db } from '../db/database'

/** An agency's assignments with their mine, the report's receipt and whether they were filed. */
export function agencyAssignments(db: Db, agencyId: number) {
  return db
    .selectFrom('evaluator_assignment as a')
    .innerJoin('mine as m', 'm.id', 'a.mine_id')
    .innerJoin('admin_unit as c', 'c.code', 'm.county_code')
    .leftJoin('self_assessment as sa', 'sa.id', 'a.self_assessment_id')
    .leftJoin('rectification_order as r', 'r.recheck_assignment_id', 'a.id')
    .select([
      'a.id',
      'a.purpose',
      'a.assigned_on',
      'm.id as mine_id',
      'm.name as mine_name',
      'm.county_code',
      'c.name as county_name',
      'm.mineral',
      'm.green_state',
      'm.version',
      'sa.received_on',
      'r.deadline as recheck_deadline',
      'r.recheck_on',
      'a.agency_id',
      // The mine's industry norm (R3.4), as the verification must name it.
      sql<string | null>`coalesce(m.industry_standard,
        (select standard_code from mineral_standard where mineral = m.mineral),
        (select code from industry_standard where sector = m.sector))`.as('industry_standard'),
      sql<string | null>`(select max(v.verified_on) from verification v where v.assignment_id = a.id)`.as(
        'verified_on',
      ),
    ])
    .where('a.agency_id', '=', agencyId)
    .orderBy('a.assigned_on', 'desc')
    .orderBy('a.id', 'desc')
    .limit(500)
    .execute()
}

export type AssignmentRow = Awaited<ReturnType<typeof agencyAssignments>>[number]
