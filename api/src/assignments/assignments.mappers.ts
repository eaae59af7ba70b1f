import { daysBetween, verificationDueOn, type GreenState } from '@zgm/domain'
import type { AssignmentRow } from './assignments.queries'
import type { AssignmentShape } from './assignments.schemas'

/** Row → API shape, with the clock (R3.3 for a verification, the rectification deadline for a re-check). */
export function toAssignment(row: AssignmentRow, today: string): AssignmentShape {
  const recheck = row.purpose === 'recheck'
  const filedOn = recheck ? row.recheck_on : row.verified_on
  const dueOn = recheck ? row.recheck_deadline : row.received_on ? verificationDueOn(row.received_on) : null
  const open =
    filedOn === null &&
    (recheck ? row.green_state === 'rectifying' : row.green_state === 'evaluator_assigned')
  return {
    id: row.id,
    purpose: row.purpose,
    mineId: row.mine_id,
    mineName: row.mine_name,
    countyCode: row.county_code,
    countyName: row.county_name,
    mineral: row.mineral,
    industryStandard: row.industry_standard,
    agencyId: row.agency_id,
    greenState: row.green_state as GreenState,
    version: row.version,
    assignedOn: row.assigned_on,
    receivedOn: row.received_on,
    dueOn,
    daysLeft: dueOn && open ? daysBetween(today, dueOn) : null,
    open,
    filedOn,
  }
}
