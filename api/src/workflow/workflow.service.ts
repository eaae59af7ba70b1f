import {
  applyGreenEvent,
  applyOpsEvent,
  isAfter,
  isBefore,
  pickEvaluator,
  todayInZhejiang,
  type GreenEvent,
  type OpsEvent,
} from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import { mineAccess } from '../auth/policy'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import {
  dealingsFor,
  evaluatorList,
  loadGreenRecord,
  loadOpsRecord,
  lockMine,
  type MineHead,
} from './workflow.queries'
import { dropMineTiles, writeGreenRecords, writeOpsRecords, type EventExtras } from './workflow.writes'

export interface FireInput<E> {
  event: E
  /** Business date; defaults to today. Never in the future, never before the mine's last event. */
  on?: string
  /** The mine version the client saw; a stale one gets 409. */
  expectedVersion?: number
  /** assign_evaluator without an agencyId: draw one from the list with this seed. */
  selectionSeed?: string
  extras?: EventExtras
}

export interface FireResult {
  mineId: number
  eventId: number
  type: string
  on: string
  greenState: string
  opsStatus: string
  version: number
  effects: unknown[]
}

/** Business dates are Zhejiang dates: 07:00 in Hangzhou is already tomorrow in UTC terms. */
export const today = () => todayInZhejiang()

/**
 * R3/R8: one green-mine step as one transaction — the guards of the state machine, the records the
 * step implies, the event, the mine's new state and the audit entry commit together or not at all.
 */
export function fireGreenEvent(
  db: Db,
  user: SessionUser,
  mineId: number,
  input: FireInput<GreenEvent>,
): Promise<FireResult> {
  return db.transaction().execute(async (tx) => {
    const mine = await lockedMineFor(tx as unknown as Db, user, mineId)
    const on = await businessDate(tx as unknown as Db, mine, input.on)
    const [record, list, dealings] = await Promise.all([
      loadGreenRecord(tx, mine),
      evaluatorList(tx, on),
      dealingsFor(tx, mine.id),
    ])
    const extras: EventExtras = { ...input.extras }
    let event = input.event
    if (event.type === 'assign_evaluator' && !event.agencyId) {
      if (!input.selectionSeed) {
        throw new HttpError({
          code: 'invalid_input',
          field: 'agencyId',
          issue: 'one_required',
          fields: ['agencyId', 'selectionSeed'],
        })
      }
      const pick = pickEvaluator({
        seed: input.selectionSeed,
        on,
        mineId: String(mine.id),
        evaluatorList: list,
        dealings,
      })
      event = { ...event, agencyId: pick.agencyId, selectionSeed: pick.seed }
      extras.pick = { seed: pick.seed, candidates: pick.candidates, algorithm: pick.algorithm }
    }
    const transition = applyGreenEvent(record, event, {
      role: user.role,
      on,
      mineId: String(mine.id),
      enterpriseId: String(mine.enterpriseId),
      agencyId:
        user.role === 'evaluator' && user.organizationId !== null ? String(user.organizationId) : undefined,
      evaluatorList: list,
      dealings,
    })
    checkVersion(mine, input.expectedVersion)
    const eventRow = await tx
      .insertInto('mine_event')
      .values({
        mine_id: mine.id,
        type: event.type,
        occurred_on: on,
        green_from: mine.greenState,
        green_to: transition.state,
        actor_user_id: user.id,
        actor_role: user.role,
        payload: JSON.stringify({ event, effects: transition.effects.slice(1) }),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await writeGreenRecords(tx, mine, event, transition, on, user, eventRow.id, extras)
    const updated = await tx
      .updateTable('mine')
      .set((eb) => ({
        green_state: transition.state,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', mine.id)
      .returning(['version', 'ops_status'])
      .executeTakeFirstOrThrow()
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: `event.${event.type}`,
      objectType: 'mine',
      objectId: mine.id,
      before: { greenState: mine.greenState, version: mine.version },
      after: { greenState: transition.state, version: updated.version, on, event },
    })
    await dropMineTiles(tx, mine)
    return {
      mineId: mine.id,
      eventId: eventRow.id,
      type: event.type,
      on,
      greenState: transition.state,
      opsStatus: updated.ops_status,
      version: updated.version,
      effects: transition.effects,
    }
  })
}

/** R4 and the mine's operational life: production start, suspension, resumption, closure. */
export function fireOpsEvent(
  db: Db,
  user: SessionUser,
  mineId: number,
  input: FireInput<OpsEvent>,
): Promise<FireResult> {
  return db.transaction().execute(async (tx) => {
    const mine = await lockedMineFor(tx as unknown as Db, user, mineId)
    const on = await businessDate(tx as unknown as Db, mine, input.on)
    const transition = applyOpsEvent(await loadOpsRecord(tx, mine), input.event, { role: user.role, on })
    checkVersion(mine, input.expectedVersion)
    const eventRow = await tx
      .insertInto('mine_event')
      .values({
        mine_id: mine.id,
        type: input.event.type,
        occurred_on: on,
        ops_from: mine.opsStatus,
        ops_to: transition.status,
        actor_user_id: user.id,
        actor_role: user.role,
        payload: JSON.stringify({ event: input.event }),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await writeOpsRecords(tx, mine, input.event, on, input.extras ?? {})
    const updated = await tx
      .updateTable('mine')
      .set((eb) => ({
        ops_status: transition.status,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', mine.id)
      .returning(['version', 'green_state'])
      .executeTakeFirstOrThrow()
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: `event.${input.event.type}`,
      objectType: 'mine',
      objectId: mine.id,
      before: { opsStatus: mine.opsStatus, version: mine.version },
      after: { opsStatus: transition.status, version: updated.version, on, event: input.event },
    })
    await dropMineTiles(tx, mine)
    return {
      mineId: mine.id,
      eventId: eventRow.id,
      type: input.event.type,
      on,
      greenState: updated.green_state,
      opsStatus: transition.status,
      version: updated.version,
      effects: transition.effects,
    }
  })
}

async function lockedMineFor(tx: Db, user: SessionUser, mineId: number): Promise<MineHead> {
  const mine = await lockMine(tx, mineId)
  if (!mine || mineAccess(user, mine) === 'none') throw notFound('mine', mineId)
  return mine
}

/** Checked after the rules, so a wrong role hears 403 whatever version it sent. */
function checkVersion(mine: MineHead, expected: number | undefined) {
  if (expected !== undefined && expected !== mine.version) {
    throw new HttpError({
      code: 'version_conflict',
      resource: 'mine',
      id: mine.id,
      sent: expected,
      currentVersion: mine.version,
      greenState: mine.greenState,
      opsStatus: mine.opsStatus,
    })
  }
}

async function businessDate(tx: Db, mine: MineHead, requested: string | undefined): Promise<string> {
  const now = today()
  const on = requested ?? now
  if (isAfter(on, now)) throw new HttpError({ code: 'future_date', on })
  const last = await tx
    .selectFrom('mine_event')
    .select((eb) => eb.fn.max('occurred_on').as('on'))
    .where('mine_id', '=', mine.id)
    .executeTakeFirst()
  const lastOn = last?.on as string | null | undefined
  if (lastOn && isBefore(on, lastOn)) {
    throw new HttpError({ code: 'backdated', on, lastOn })
  }
  return on
}
