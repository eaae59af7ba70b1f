import type { z } from '@hono/zod-openapi'
import { appendAudit } from '../audit/audit.queries'
import { findAgency } from '../agencies/agencies.queries'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import { visibleMine } from '../workflow/workflow.service'
import { toConflict } from './conflicts.mappers'
import { conflictRows, insertConflict } from './conflicts.queries'
import type { ConflictBody } from './conflicts.schemas'

/** The mine's conflict-of-interest register, for whoever may see the mine. */
export function mineConflicts(db: Db, user: SessionUser, mineId: number) {
  return db.transaction().execute(async (tx) => {
    await visibleMine(tx, user, mineId, 'read')
    return (await conflictRows(tx, mineId)).map(toConflict)
  })
}

/** R3.2: a county (its own mines) or the province records a tie; audited, never edited away. */
export function recordConflict(
  db: Db,
  user: SessionUser,
  mineId: number,
  body: z.infer<typeof ConflictBody>,
) {
  return db.transaction().execute(async (tx) => {
    await visibleMine(tx, user, mineId, 'write')
    if (!(await findAgency(tx, body.agencyId))) throw notFound('agency', body.agencyId)
    if (body.kind === 'business' && !body.on) {
      throw new HttpError({ code: 'invalid_input', field: 'on', issue: 'required' })
    }
    const id = await insertConflict(tx, {
      party_id: body.agencyId,
      mine_id: mineId,
      kind: body.kind,
      on_date: body.on ?? null,
      note: body.note,
      recorded_by: user.id,
    })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'conflict.record',
      objectType: 'mine',
      objectId: mineId,
      after: { id, ...body },
    })
    return toConflict((await conflictRows(tx, mineId)).find((r) => r.id === id)!)
  })
}
