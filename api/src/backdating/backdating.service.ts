import { backdateVerdict, type GreenEvent, type OpsEvent } from '@zgm/domain'
import type { Transaction } from 'kysely'
import { appendAudit } from '../audit/audit.queries'
import { findActiveUser } from '../auth/session.queries'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import {
  fireGreenEvent,
  fireOpsEvent,
  today,
  type FireInput,
  type FireResult,
  type WorkflowRules,
} from '../workflow/workflow.service'
import {
  decideBackdatedEntry,
  findBackdatedEntry,
  insertBackdatedEntry,
  type BackdatedEntryRow,
} from './backdating.queries'

export type Machine = 'green' | 'ops'

type AnyFireInput = FireInput<GreenEvent> | FireInput<OpsEvent>

/** What the request carries besides the event (stored with a held entry and replayed on approval). */
type StoredRequest = Pick<AnyFireInput, 'event' | 'expectedVersion' | 'extras'>

function fire(
  machine: Machine,
  db: Db,
  user: SessionUser,
  mineId: number,
  input: AnyFireInput,
  rules: WorkflowRules,
) {
  return machine === 'green'
    ? fireGreenEvent(db, user, mineId, input as FireInput<GreenEvent>, rules)
    : fireOpsEvent(db, user, mineId, input as FireInput<OpsEvent>)
}

/** Thrown inside a step's transaction to roll it back once every rule has been checked. */
class DryRun extends Error {}

export type FireOutcome = { kind: 'fired'; result: FireResult } | { kind: 'held'; entry: BackdatedEntryRow }

/**
 * Two clocks: an event dated at most `maxDays` back is recorded at once; one dated further back
 * needs a reason, is checked against every rule now (a dry run, rolled back), and is held as a
 * pending entry, without effect, until the province approves or rejects it.
 */
export async function fireOrHold(
  db: Db,
  user: SessionUser,
  mineId: number,
  machine: Machine,
  input: AnyFireInput & { backdateReason?: string },
  maxDays: number,
  rules: WorkflowRules,
): Promise<FireOutcome> {
  const { backdateReason, ...step } = input
  const now = today()
  const on = step.on ?? now
  const verdict = backdateVerdict(on, now, maxDays)
  if (!verdict.needsApproval)
    return { kind: 'fired', result: await fire(machine, db, user, mineId, step, rules) }
  if (!backdateReason?.trim()) {
    throw new HttpError({
      code: 'backdate_reason_required',
      on,
      today: now,
      daysBack: verdict.daysBack,
      maxDays,
    })
  }
  await fire(
    machine,
    db,
    user,
    mineId,
    {
      ...step,
      alsoInTransaction: async () => {
        throw new DryRun()
      },
    },
    rules,
  ).catch((error) => {
    if (!(error instanceof DryRun)) throw error
  })
  const request: StoredRequest = {
    event: step.event,
    expectedVersion: step.expectedVersion,
    extras: step.extras,
  }
  const id = await db.transaction().execute(async (tx) => {
    const entryId = await insertBackdatedEntry(tx, {
      mine_id: mineId,
      machine,
      event_type: step.event.type,
      occurred_on: on,
      request: JSON.stringify(request),
      reason: backdateReason.trim(),
      requested_by: user.id,
    })
    await auditBackdate(tx, user, mineId, 'request', {
      entryId,
      on,
      event: step.event,
      reason: backdateReason,
    })
    return entryId
  })
  return { kind: 'held', entry: (await findBackdatedEntry(db, id))! }
}

/**
 * The province approves a held entry: the event is recorded now (recorded_at = now, its business
 * date as asked), by the requester, through every rule again, and the entry marked approved, in
 * one transaction. A rule that refuses now leaves the entry pending.
 */
export async function approveBackdated(
  db: Db,
  approver: SessionUser,
  id: number,
  reason: string | null,
  rules: WorkflowRules,
): Promise<{ entry: BackdatedEntryRow; result: FireResult }> {
  const entry = await pendingEntry(db, id)
  const requester = await findActiveUser(db, entry.requested_by)
  if (!requester) throw notFound('backdated_entry', id)
  const request = entry.request as StoredRequest
  const result = await fire(
    entry.machine,
    db,
    requester,
    entry.mine_id,
    {
      ...request,
      on: entry.occurred_on,
      note: { backdate: { entryId: id, reason: entry.reason, approvedBy: approver.username } },
      alsoInTransaction: async (tx, fired) => {
        await decide(tx, approver, entry, { status: 'approved', reason, eventId: fired.eventId })
      },
    } as AnyFireInput,
    rules,
  )
  return { entry: (await findBackdatedEntry(db, id))!, result }
}

/** The province rejects a held entry, with its reason; nothing else changes. */
export async function rejectBackdated(
  db: Db,
  approver: SessionUser,
  id: number,
  reason: string,
): Promise<BackdatedEntryRow> {
  const entry = await pendingEntry(db, id)
  await db
    .transaction()
    .execute((tx) => decide(tx, approver, entry, { status: 'rejected', reason, eventId: null }))
  return (await findBackdatedEntry(db, id))!
}

async function pendingEntry(db: Db, id: number): Promise<BackdatedEntryRow> {
  const entry = await findBackdatedEntry(db, id)
  if (!entry) throw notFound('backdated_entry', id)
  if (entry.status !== 'pending')
    throw new HttpError({ code: 'backdate_not_pending', id, status: entry.status })
  return entry
}

async function decide(
  tx: Transaction<DB>,
  approver: SessionUser,
  entry: BackdatedEntryRow,
  decision: { status: 'approved' | 'rejected'; reason: string | null; eventId: number | null },
) {
  const decided = await decideBackdatedEntry(tx, entry.id, { ...decision, by: approver.id })
  if (!decided) {
    const now = await findBackdatedEntry(tx, entry.id)
    throw new HttpError({
      code: 'backdate_not_pending',
      id: entry.id,
      status: now?.status === 'rejected' ? 'rejected' : 'approved',
    })
  }
  await auditBackdate(tx, approver, entry.mine_id, decision.status === 'approved' ? 'approve' : 'reject', {
    entryId: entry.id,
    on: entry.occurred_on,
    reason: decision.reason,
    eventId: decision.eventId,
  })
}

/** Every request and decision is in the mine's audit trail. */
function auditBackdate(
  tx: Transaction<DB>,
  user: SessionUser,
  mineId: number,
  step: 'request' | 'approve' | 'reject',
  after: Record<string, unknown>,
) {
  return appendAudit(tx, {
    actorUserId: user.id,
    actorRole: user.role,
    action: `backdate.${step}`,
    objectType: 'mine',
    objectId: mineId,
    before: null,
    after,
  })
}
