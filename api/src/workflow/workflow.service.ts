import {
  applyGreenEvent,
  applyOpsEvent,
  GREEN_EVENTS,
  isAfter,
  isBefore,
  pickEvaluator,
  todayInZhejiang,
  type GreenEvent,
  type OpsEvent,
} from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import { findDocumentMeta } from '../documents/documents.queries'
import { mineAccess } from '../auth/policy'
import type { Transaction } from 'kysely'
import type { Conn, Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import {
  advanceMine,
  dealingsFor,
  evaluatorList,
  insertMineEvent,
  latestEventDate,
  loadGreenRecord,
  loadOpsRecord,
  lockMine,
  type MineHead,
} from './workflow.queries'
import { dropMineTiles, writeGreenRecords, writeOpsRecords, type EventExtras } from './workflow.writes'
import { checkOriginals, drawRecheckAgency, sanctionFacts } from './sanctions.service'

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

/** The configurable rules a step is measured against (Config). */
export interface WorkflowRules {
  /** Minimum length of a publicity period, in working days on the official calendar. */
  publicityMinWorkingDays: number
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
  rules: WorkflowRules,
): Promise<FireResult> {
  return inStep(db, user, mineId, input, async (tx, mine, on) => {
    const [record, list, dealings, sanctions] = await Promise.all([
      loadGreenRecord(tx, mine),
      evaluatorList(tx, on),
      dealingsFor(tx, mine.id),
      sanctionFacts(tx, mine, input.event.type, rules),
    ])
    const extras: EventExtras = { ...input.extras }
    let event = input.event
    // Drawn only for a role that may fire the event: anyone else hears the state machine's refusal.
    if (event.type === 'assign_recheck_agency' && GREEN_EVENTS[event.type].roles.includes(user.role)) {
      const pick = await drawRecheckAgency(tx, mine, on, record, list, dealings)
      event = { ...event, agencyId: pick.agencyId, selectionSeed: pick.seed }
      extras.pick = { seed: pick.seed, candidates: pick.candidates, algorithm: pick.algorithm }
    }
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
      ...sanctions,
    })
    if (event.type === 'close_county_publicity') await checkOriginals(tx, mine, event.archived)
    checkVersion(mine, input.expectedVersion)
    const eventId = await insertMineEvent(tx, {
      mine_id: mine.id,
      type: event.type,
      occurred_on: on,
      green_from: mine.greenState,
      green_to: transition.state,
      actor_user_id: user.id,
      actor_role: user.role,
      payload: JSON.stringify({ event, effects: transition.effects.slice(1) }),
    })
    await writeGreenRecords({ tx, mine, event, transition, on, user, eventId, extras })
    const updated = await advanceMine(tx, mine.id, { green_state: transition.state })
    await closeStep(tx, user, mine, event.type, {
      before: { greenState: mine.greenState, version: mine.version },
      after: { greenState: transition.state, version: updated.version, on, event },
    })
    return {
      mineId: mine.id,
      eventId,
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
  return inStep(db, user, mineId, input, async (tx, mine, on) => {
    const transition = applyOpsEvent(await loadOpsRecord(tx, mine), input.event, { role: user.role, on })
    checkVersion(mine, input.expectedVersion)
    const eventId = await insertMineEvent(tx, {
      mine_id: mine.id,
      type: input.event.type,
      occurred_on: on,
      ops_from: mine.opsStatus,
      ops_to: transition.status,
      actor_user_id: user.id,
      actor_role: user.role,
      payload: JSON.stringify({ event: input.event }),
    })
    await writeOpsRecords(tx, mine, input.event, on, input.extras ?? {})
    const updated = await advanceMine(tx, mine.id, { ops_status: transition.status })
    await closeStep(tx, user, mine, input.event.type, {
      before: { opsStatus: mine.opsStatus, version: mine.version },
      after: { opsStatus: transition.status, version: updated.version, on, event: input.event },
    })
    return {
      mineId: mine.id,
      eventId,
      type: input.event.type,
      on,
      greenState: updated.green_state,
      opsStatus: transition.status,
      version: updated.version,
      effects: transition.effects,
    }
  })
}

/**
 * A step's transaction: the mine locked (and visible to the user), the business date checked,
 * and an attached document one of this mine's (so one the user may read, as reading follows the
 * mine).
 */
function inStep<T>(
  db: Db,
  user: SessionUser,
  mineId: number,
  input: Pick<FireInput<unknown>, 'on' | 'extras'>,
  step: (tx: Transaction<DB>, mine: MineHead, on: string) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    const mine = await lockedMineFor(tx, user, mineId)
    const on = await businessDate(tx, mine, input.on)
    await checkDocument(tx, mine, input.extras?.documentId)
    return step(tx, mine, on)
  })
}

/** 404 for a document that does not exist or belongs to another mine (which may not be the user's to see). */
async function checkDocument(tx: Conn, mine: MineHead, documentId: number | undefined) {
  if (documentId === undefined) return
  const doc = await findDocumentMeta(tx, documentId)
  if (!doc || doc.mine_id !== mine.id) throw notFound('document', documentId)
}

/** The end of every step: its audit entry, and the mine's cached tiles dropped. */
async function closeStep(
  tx: Transaction<DB>,
  user: SessionUser,
  mine: MineHead,
  type: string,
  change: { before: Record<string, unknown>; after: Record<string, unknown> },
) {
  await appendAudit(tx, {
    actorUserId: user.id,
    actorRole: user.role,
    action: `event.${type}`,
    objectType: 'mine',
    objectId: mine.id,
    ...change,
  })
  await dropMineTiles(tx, mine)
}

async function lockedMineFor(tx: Conn, user: SessionUser, mineId: number): Promise<MineHead> {
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

async function businessDate(tx: Conn, mine: MineHead, requested: string | undefined): Promise<string> {
  const now = today()
  const on = requested ?? now
  if (isAfter(on, now)) throw new HttpError({ code: 'future_date', on })
  const lastOn = await latestEventDate(tx, mine.id)
  if (lastOn && isBefore(on, lastOn)) {
    throw new HttpError({ code: 'backdated', on, lastOn })
  }
  return on
}
