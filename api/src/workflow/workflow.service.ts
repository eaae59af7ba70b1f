import {
  applyGreenEvent,
  applyOpsEvent,
  GREEN_EVENTS,
  isAfter,
  isBefore,
  todayInZhejiang,
  type GreenEvent,
  type OpsEvent,
} from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import { notifyStep } from '../inbox/notify'
import { findDocumentMeta } from '../documents/documents.queries'
import { mineAccess } from '../auth/policy'
import type { Transaction } from 'kysely'
import type { Conn, Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import type { Config } from '../config'
import { HttpError, notFound } from '../http/errors'
import { evaluationContext, type EvaluationFacts } from './evaluation-context'
import {
  advanceMine,
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
  extras?: EventExtras
  /** Noted in the event's payload, e.g. the approval of a backdated entry. */
  note?: Record<string, unknown>
  /** Runs inside the step's transaction once the step is written; throwing rolls the whole step back. */
  alsoInTransaction?: (tx: Transaction<DB>, result: FireResult) => Promise<void>
}

/** The configurable rules a step is measured against (Config). */
export interface WorkflowRules {
  /** Minimum length of a publicity period, in working days on the official calendar. */
  publicityMinWorkingDays: number
}

export const workflowRules = (config: Pick<Config, 'publicityMinWorkingDays'>): WorkflowRules => ({
  publicityMinWorkingDays: config.publicityMinWorkingDays,
})

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
  return db.transaction().execute((tx) => fireGreenEventIn(tx, user, mineId, input, rules))
}

/** fireGreenEvent inside the caller's transaction (a draw's reveal and its assignment commit together). */
export async function fireGreenEventIn(
  tx: Transaction<DB>,
  user: SessionUser,
  mineId: number,
  input: FireInput<GreenEvent>,
  rules: WorkflowRules,
): Promise<FireResult> {
  const result = await stepIn(tx, user, mineId, input, async (mine, on) => {
    // Evidence cited by a self-assessment must be stored documents of this mine (404 otherwise).
    for (const e of evidenceOf(input.event)) await checkDocument(tx, mine, e.documentId)
    const extras: EventExtras = { ...input.extras }
    const [record, facts, sanctions] = await Promise.all([
      loadGreenRecord(tx, mine),
      evaluationContext(tx, mine, input.event, on, extras),
      sanctionFacts(tx, mine, input.event.type, rules),
    ])
    let event = withRegisteredSeniority(input.event, facts)
    // Drawn only for a role that may fire the event: anyone else hears the state machine's refusal.
    if (event.type === 'assign_recheck_agency' && GREEN_EVENTS[event.type].roles.includes(user.role)) {
      const pick = await drawRecheckAgency(
        tx,
        mine,
        on,
        record,
        facts.evaluatorList ?? [],
        facts.dealings ?? [],
      )
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
      ...facts,
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
      payload: JSON.stringify({ event, effects: transition.effects.slice(1), ...input.note }),
    })
    await writeGreenRecords({ tx, mine, event, transition, on, user, eventId, extras, facts })
    const updated = await advanceMine(tx, mine.id, { green_state: transition.state })
    await closeStep(tx, user, mine, event.type, {
      before: { greenState: mine.greenState, version: mine.version },
      after: { greenState: transition.state, version: updated.version, on, event },
    })
    // New work for someone else is in their inbox when, and only when, the step commits.
    await notifyStep(tx, { mine, event, state: transition.state, on })
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
  // A backdated entry's dry run throws here, so nothing of the step is kept (R7).
  await input.alsoInTransaction?.(tx, result)
  return result
}

/** A verification team's seniority as the register records it, never as the client claims it. */
function withRegisteredSeniority(event: GreenEvent, facts: EvaluationFacts): GreenEvent {
  if (event.type !== 'file_verification' || !event.team || !facts.roster) return event
  const senior = new Map(facts.roster.map((e) => [e.id, e.senior]))
  return { ...event, team: event.team.map((m) => ({ id: m.id, senior: senior.get(m.id) ?? false })) }
}

/** R4 and the mine's operational life: production start, suspension, resumption, closure. */
export function fireOpsEvent(
  db: Db,
  user: SessionUser,
  mineId: number,
  input: FireInput<OpsEvent>,
): Promise<FireResult> {
  return inStep(db, user, mineId, input, async (tx, mine, on) => {
    const transition = applyOpsEvent(await loadOpsRecord(tx, mine, on), input.event, { role: user.role, on })
    checkVersion(mine, input.expectedVersion)
    const eventId = await insertMineEvent(tx, {
      mine_id: mine.id,
      type: input.event.type,
      occurred_on: on,
      ops_from: mine.opsStatus,
      ops_to: transition.status,
      actor_user_id: user.id,
      actor_role: user.role,
      payload: JSON.stringify({ event: input.event, ...input.note }),
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
function inStep(
  db: Db,
  user: SessionUser,
  mineId: number,
  input: Pick<FireInput<unknown>, 'on' | 'extras' | 'alsoInTransaction'>,
  step: (tx: Transaction<DB>, mine: MineHead, on: string) => Promise<FireResult>,
): Promise<FireResult> {
  return db.transaction().execute(async (tx) => {
    const result = await stepIn(tx, user, mineId, input, (mine, on) => step(tx, mine, on))
    await input.alsoInTransaction?.(tx, result)
    return result
  })
}

async function stepIn<T>(
  tx: Transaction<DB>,
  user: SessionUser,
  mineId: number,
  input: Pick<FireInput<unknown>, 'on' | 'extras'>,
  step: (mine: MineHead, on: string) => Promise<T>,
): Promise<T> {
  const mine = await visibleMine(tx, user, mineId)
  const on = await businessDate(tx, mine, input.on)
  await checkDocument(tx, mine, input.extras?.documentId, input.extras?.documentKind)
  return step(mine, on)
}

/** The evidence documents a self-assessment cites (none for other events). */
function evidenceOf(event: GreenEvent): { documentId: number }[] {
  if (event.type !== 'submit_self_assessment') return []
  const cited = (event as { evidence?: { documentId: number }[] }).evidence
  return cited ?? []
}

/**
 * 404 for a document that does not exist, belongs to another mine (which may not be the user's to
 * see) or is not of the kind the step needs (an R4 acceptance cites an acceptance record).
 */
async function checkDocument(tx: Conn, mine: MineHead, documentId: number | undefined, kind?: string) {
  if (documentId === undefined) return
  const doc = await findDocumentMeta(tx, documentId)
  if (!doc || doc.mine_id !== mine.id || (kind && doc.kind !== kind)) throw notFound('document', documentId)
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

/** The mine, locked for the transaction; 404 when the user may not see it (or, for `write`, not act on it). */
export async function visibleMine(
  tx: Conn,
  user: SessionUser,
  mineId: number,
  need: 'read' | 'write' = 'read',
): Promise<MineHead> {
  const mine = await lockMine(tx, mineId)
  const access = mine ? mineAccess(user, mine) : 'none'
  if (!mine || access === 'none' || (need === 'write' && access !== 'write')) throw notFound('mine', mineId)
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

/** The step's business date: today by default, never in the future, never before the mine's last event. */
export async function businessDate(tx: Conn, mine: MineHead, requested: string | undefined): Promise<string> {
  const now = today()
  const on = requested ?? now
  if (isAfter(on, now)) throw new HttpError({ code: 'future_date', on })
  const lastOn = await latestEventDate(tx, mine.id)
  if (lastOn && isBefore(on, lastOn)) {
    throw new HttpError({ code: 'backdated', on, lastOn })
  }
  return on
}
