// §4.1 正式生产 / 限期停产整改 / 通过整改验收方可复产: a mine's operational status as a small state machine.
import { isAfter, isBefore, parseIsoDate, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import { newMineClocks } from '../clocks/new-mine'
import { MINE_STATUS_LABELS, type MineStatus } from '../mines'
import { guardEvent } from './event-guard'
import type { Role } from '../roles'

export type SuspensionReason = 'R4' | 'rectification' | 'licence' | 'safety' | 'voluntary' | 'other'

export type OpsEvent =
  | {
      type: 'start_production'
      /** Formal production date; defaults to the event date. */ productionStartedOn?: IsoDate
    }
  | {
      type: 'suspend'
      reason: SuspensionReason
      note?: string
      /** The rectification deadline (限期); an R4 order must carry one. */
      deadline?: IsoDate
    }
  | { type: 'resume'; acceptance: Acceptance | null }
  | { type: 'close'; note?: string }

export type OpsEventType = OpsEvent['type']

/** A recorded acceptance (整改验收): the stored document that verifies it, and its date. */
export interface Acceptance {
  /** Id of the stored acceptance document; the API checks it exists and is this mine's. */
  documentId: string
  acceptedOn: IsoDate
}

export interface OpsRecord {
  status: MineStatus
  productionStartedOn?: IsoDate | null
  suspendedOn?: IsoDate | null
  suspensionReason?: SuspensionReason | null
  lastAcceptance?: Acceptance | null
  closedOn?: IsoDate | null
  /** When the mine entered the directory, if it is in it on the event's date (R4's 12-month test). */
  enteredDirectoryOn?: IsoDate | null
}

export interface OpsContext {
  role: Role
  on: IsoDate
}

export type OpsEffect = {
  kind: 'transition'
  event: OpsEventType
  from: MineStatus
  to: MineStatus
  role: Role
  on: IsoDate
}

export interface OpsTransition {
  status: MineStatus
  record: OpsRecord
  effects: OpsEffect[]
}

export const OPS_EVENTS: Readonly<
  Record<
    OpsEventType,
    { zh: string; en: string; roles: readonly Role[]; from: readonly MineStatus[]; to: MineStatus }
  >
> = {
  start_production: {
    zh: '正式投产',
    en: 'Start formal production',
    roles: ['enterprise', 'county'],
    from: ['construction'],
    to: 'producing',
  },
  suspend: {
    zh: '停产',
    en: 'Suspend production',
    roles: ['enterprise', 'county', 'city', 'province'],
    from: ['producing'],
    to: 'suspended',
  },
  resume: {
    zh: '复产',
    en: 'Resume production',
    roles: ['county', 'city', 'province'],
    from: ['suspended'],
    to: 'producing',
  },
  close: {
    zh: '关闭',
    en: 'Close the mine',
    roles: ['county', 'province'],
    from: ['construction', 'producing', 'suspended'],
    to: 'closed',
  },
}

const OPS_EVENT_TYPES = Object.keys(OPS_EVENTS) as OpsEventType[]

/** Operational events `role` may fire from `status`. */
export function allowedOpsEvents(status: MineStatus, role: Role): OpsEventType[] {
  return OPS_EVENT_TYPES.filter(
    (t) => OPS_EVENTS[t].from.includes(status) && OPS_EVENTS[t].roles.includes(role),
  )
}

function next(record: OpsRecord, event: OpsEvent, ctx: OpsContext): OpsRecord {
  switch (event.type) {
    case 'start_production': {
      const started = event.productionStartedOn ?? ctx.on
      if (isAfter(started, ctx.on)) {
        throw new RuleError({ code: 'R4.invalid_date', started, on: ctx.on })
      }
      return { ...record, status: 'producing', productionStartedOn: started }
    }
    case 'suspend':
      if (event.reason === 'R4') checkStopOrder(record, event.deadline ?? null, ctx.on)
      return { ...record, status: 'suspended', suspendedOn: ctx.on, suspensionReason: event.reason }
    case 'resume': {
      const a = event.acceptance
      const valid =
        a !== null &&
        a.documentId.trim() !== '' &&
        !isAfter(a.acceptedOn, ctx.on) &&
        !(record.suspendedOn && isBefore(a.acceptedOn, record.suspendedOn))
      if (!valid) {
        throw new RuleError({
          code: 'R4.no_acceptance',
          acceptance: a ? { documentId: a.documentId, acceptedOn: a.acceptedOn } : null,
          suspendedOn: record.suspendedOn ?? null,
        })
      }
      return { ...record, status: 'producing', suspendedOn: null, suspensionReason: null, lastAcceptance: a }
    }
    case 'close':
      return { ...record, status: 'closed', closedOn: ctx.on }
  }
}

/**
 * R4 (§4.1 正式生产满一年未纳入名录库的，一律限期停产整改): a stop-production order only for a mine
 * in formal production for a full year and not in the directory, and only with a deadline after
 * the order's date.
 */
function checkStopOrder(record: OpsRecord, deadline: IsoDate | null, on: IsoDate): void {
  const started = record.productionStartedOn ?? null
  const clocks = started
    ? newMineClocks({ productionStartedOn: started, enteredDirectoryOn: record.enteredDirectoryOn }, on)
    : null
  if (!clocks?.suspensionOrderDue) {
    throw new RuleError({
      code: 'R4.order_not_due',
      productionStartedOn: started,
      dueOn: clocks?.suspensionDueOn ?? null,
      on,
      enteredDirectoryOn: record.enteredDirectoryOn ?? null,
    })
  }
  if (deadline === null || !isAfter(deadline, on)) {
    throw new RuleError({ code: 'R4.deadline_required', on, deadline })
  }
}

/** Applies an operational event; refusals throw `R3.wrong_role`, `R3.illegal_transition` or `R4.*`. */
export function applyOpsEvent(record: OpsRecord, event: OpsEvent, ctx: OpsContext): OpsTransition {
  parseIsoDate(ctx.on)
  guardEvent(
    OPS_EVENTS[event.type],
    String(event.type),
    ctx.role,
    record.status,
    (st) => MINE_STATUS_LABELS[st],
  )
  const updated = next(record, event, ctx)
  return {
    status: updated.status,
    record: updated,
    effects: [
      {
        kind: 'transition',
        event: event.type,
        from: record.status,
        to: updated.status,
        role: ctx.role,
        on: ctx.on,
      },
    ],
  }
}
