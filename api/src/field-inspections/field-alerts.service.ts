import { mineAccess } from '../auth/policy'
import { findMineRef } from '../areas/areas.queries'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { notFound } from '../http/errors'
import { toAlert, toInspection } from './field-inspections.mappers'
import { findInspectionByClientId, listAlerts } from './field-inspections.queries'
import type { BoundaryAlertShape, FieldInspectionShape } from './field-inspections.schemas'

/** The region's out-of-boundary alerts (the list is scoped in SQL by the user's region). */
export async function alertsFor(
  db: Db,
  user: SessionUser,
  filter: { mineId?: number; state?: 'open' | 'acknowledged' },
): Promise<BoundaryAlertShape[]> {
  return (await listAlerts(db, user, filter)).map(toAlert)
}

/** One inspection, to those who may see its mine (404 alike for an unknown id and another region's). */
export async function inspectionFor(
  db: Db,
  user: SessionUser,
  clientId: string,
): Promise<FieldInspectionShape> {
  const row = await findInspectionByClientId(db, clientId)
  const ref = row ? await findMineRef(db, row.mine_id) : undefined
  if (!row || !ref || mineAccess(user, ref) === 'none') throw notFound('field_inspection')
  return toInspection(row, false)
}
