// The work queue: what waits on the signed-in user today, computed from the workflow state, the
// rules' clocks (R3.3 one month, R3.6 windows, R4, R6 deadlines) and the open decisions, for the
// mines their role × region × ownership lets them see.
import {
  addMonths,
  computeAlerts,
  CONSTRUCTION_MONTHS,
  daysBetween,
  isAfter,
  nextReportingWindow,
  PROVINCE_CODE,
  targetYearOf,
  verificationDueOn,
  type IsoDate,
} from '@zgm/domain'
import type { Conn, Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { visibleMineIds } from '../mines/mines.queries'
import { mineSnapshots, type MineSnapshot } from '../stats/stats.queries'
import { toAlertMine } from '../stats/stats.service'
import {
  agencyAssignments,
  cityHasSplit,
  openBoundaryAlerts,
  openNotices,
  openRectifications,
  pendingDraws,
  provinceDecisions,
  submittedAreas,
  undecidedObjections,
} from './work.queries'

export const WORK_KINDS = [
  // county
  'draw_evaluator',
  'reveal_draw',
  'await_verification',
  'publish_publicity',
  'close_publicity',
  'decide_objection',
  'approve_area',
  'rectification_due',
  'draw_recheck',
  // county and province: a field inspection found mining outside the licence (越界开采)
  'boundary_alert',
  // evaluator
  'file_verification',
  'recheck',
  // enterprise
  'self_assess',
  'rectify',
  // city
  'report_to_province',
  'split_targets',
  // province
  'publish_province_list',
  'enter_directory',
  'confirm_removal',
  'approve_backdated',
  'decide_exception',
  // leader: the rules' alerts
  'verification_due',
  'construction_due',
  'suspension_due',
  'city_report_due',
] as const
export type WorkKind = (typeof WORK_KINDS)[number]

/** Due within this many days counts as "due soon" (the alerts' horizon). */
export const DUE_SOON_DAYS = 30

export interface WorkItem {
  kind: WorkKind
  mineId: number | null
  mineName: string | null
  regionCode: string
  dueOn: IsoDate | null
  /** For a reporting window: the day it opens. */
  opensOn: IsoDate | null
  overdue: boolean
  daysLeft: number | null
  rule: string | null
  /** Where the action is taken in the web app. */
  deskPath: string
}

export interface WorkQueue {
  asOf: IsoDate
  role: SessionUser['role']
  /** The region the home map opens on (null: the user's mines, see `bbox`). */
  regionCode: string | null
  /** The box around the user's mines, for enterprises and evaluators (null otherwise or none). */
  bbox: [number, number, number, number] | null
  counts: { waiting: number; dueSoon: number; overdue: number }
  items: WorkItem[]
}

const DESK: Record<SessionUser['role'], string> = {
  county: '/county',
  city: '/city',
  province: '/province',
  evaluator: '/evaluator',
  enterprise: '/enterprise',
  planner: '/plan',
  leader: '/',
}

/** The desk page of an item: the mine's page on the role's desk, or the desk itself. */
export function deskPathOf(role: SessionUser['role'], kind: WorkKind, mineId: number | null): string {
  if (kind === 'approve_area') return '/plan'
  if (role === 'leader' || role === 'planner') return mineId ? `/?s=mine:${mineId}` : '/'
  return mineId ? `${DESK[role]}/mines/${mineId}` : DESK[role]
}

interface Draft {
  kind: WorkKind
  mine?: MineSnapshot
  regionCode?: string
  dueOn?: IsoDate | null
  opensOn?: IsoDate | null
  rule?: string
}

export async function workQueue(db: Db, user: SessionUser, asOf: IsoDate): Promise<WorkQueue> {
  const [all, visible] = await Promise.all([mineSnapshots(db, asOf), visibleMineIds(db, user)])
  const mines = all.filter((m) => visible.has(m.id) && m.opsStatus !== 'closed')
  const drafts = await draftsFor(db, user, asOf, mines)
  const items = drafts.map((d) => toItem(user.role, asOf, d)).sort(byUrgency)
  return {
    asOf,
    role: user.role,
    regionCode: user.role === 'enterprise' || user.role === 'evaluator' ? null : user.regionCode,
    bbox: user.role === 'enterprise' || user.role === 'evaluator' ? bboxOf(mines) : null,
    counts: {
      waiting: items.length,
      dueSoon: items.filter(isDueSoon).length,
      overdue: items.filter((i) => i.overdue).length,
    },
    items,
  }
}

export const isDueSoon = (i: WorkItem) => !i.overdue && i.daysLeft !== null && i.daysLeft <= DUE_SOON_DAYS

function toItem(role: SessionUser['role'], asOf: IsoDate, d: Draft): WorkItem {
  const dueOn = d.dueOn ?? null
  const daysLeft = dueOn ? daysBetween(asOf, dueOn) : null
  const mineId = d.mine?.id ?? null
  return {
    kind: d.kind,
    mineId,
    mineName: d.mine?.name ?? null,
    regionCode: d.mine?.countyCode ?? d.regionCode ?? PROVINCE_CODE,
    dueOn,
    opensOn: d.opensOn ?? null,
    overdue: daysLeft !== null && daysLeft < 0,
    daysLeft,
    rule: d.rule ?? null,
    deskPath: deskPathOf(role, d.kind, mineId),
  }
}

/** Overdue first, then by due date (undated last), then by kind and mine. */
function byUrgency(a: WorkItem, b: WorkItem): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
    a.kind.localeCompare(b.kind) ||
    (a.mineId ?? 0) - (b.mineId ?? 0)
  )
}

function bboxOf(mines: readonly MineSnapshot[]): WorkQueue['bbox'] {
  if (mines.length === 0) return null
  const pad = 0.03
  const lngs = mines.map((m) => m.lng)
  const lats = mines.map((m) => m.lat)
  return [Math.min(...lngs) - pad, Math.min(...lats) - pad, Math.max(...lngs) + pad, Math.max(...lats) + pad]
}

const verificationDue = (m: MineSnapshot) =>
  m.selfAssessmentReceivedOn ? verificationDueOn(m.selfAssessmentReceivedOn) : null

async function draftsFor(
  db: Conn,
  user: SessionUser,
  asOf: IsoDate,
  mines: MineSnapshot[],
): Promise<Draft[]> {
  const byId = new Map(mines.map((m) => [m.id, m]))
  const inState = (...states: string[]) => mines.filter((m) => states.includes(m.greenState))
  switch (user.role) {
    case 'county': {
      const [draws, notices, objections, areas, rects, alerts] = await Promise.all([
        pendingDraws(db, asOf),
        openNotices(db, asOf),
        undecidedObjections(db, asOf),
        submittedAreas(db),
        openRectifications(db, asOf),
        openBoundaryAlerts(db, asOf),
      ])
      const drawing = new Set(draws.map((d) => d.mineId))
      const noticeEnd = new Map(notices.filter((n) => n.level === 'county').map((n) => [n.mineId, n.endOn]))
      const rectOf = new Map(rects.map((r) => [r.mineId, r]))
      return [
        ...inState('self_assessed').map((m): Draft => ({
          kind: drawing.has(m.id) ? 'reveal_draw' : 'draw_evaluator',
          mine: m,
          dueOn: verificationDue(m),
          rule: 'R3.3',
        })),
        ...inState('evaluator_assigned').map((m): Draft => ({
          kind: 'await_verification',
          mine: m,
          dueOn: verificationDue(m),
          rule: 'R3.3',
        })),
        ...inState('verified').map((m): Draft => ({ kind: 'publish_publicity', mine: m, rule: 'R3.5' })),
        ...inState('county_publicity').map((m): Draft => ({
          kind: 'close_publicity',
          mine: m,
          dueOn: noticeEnd.get(m.id) ?? null,
          rule: 'R3.5',
        })),
        ...objections
          .filter((o) => o.level === 'county' && o.regionCode === user.regionCode && byId.has(o.mineId))
          .map((o): Draft => ({
            kind: 'decide_objection',
            mine: byId.get(o.mineId),
            dueOn: o.endOn,
            rule: 'R3.5',
          })),
        ...areas
          .filter((a) => byId.has(a.mineId))
          .map((a): Draft => ({ kind: 'approve_area', mine: byId.get(a.mineId) })),
        ...inState('rectifying').map((m): Draft => {
          const r = rectOf.get(m.id)
          const due = m.rectificationDeadline ?? r?.deadline ?? null
          const passed = due !== null && isAfter(asOf, due)
          return {
            kind: passed && !r?.recheckAgencyId ? 'draw_recheck' : 'rectification_due',
            mine: m,
            dueOn: due,
            rule: 'R6',
          }
        }),
        ...boundaryAlerts(alerts, byId),
      ]
    }
    case 'evaluator': {
      const org = user.organizationId
      if (org === null) return []
      const [assigned, rects] = await Promise.all([agencyAssignments(db, org), openRectifications(db, asOf)])
      return [
        ...inState('evaluator_assigned')
          .filter((m) => assigned.has(m.id))
          .map((m): Draft => ({
            kind: 'file_verification',
            mine: m,
            dueOn: verificationDue(m),
            rule: 'R3.3',
          })),
        ...rects
          .filter((r) => r.recheckAgencyId === org && !r.recheckFailed && byId.has(r.mineId))
          .map((r): Draft => ({ kind: 'recheck', mine: byId.get(r.mineId), rule: 'R6' })),
      ]
    }
    case 'enterprise':
      return [
        ...inState('building', 'verification_failed').map((m): Draft => ({
          kind: 'self_assess',
          mine: m,
          dueOn: m.productionStart ? addMonths(m.productionStart, CONSTRUCTION_MONTHS) : null,
          rule: 'R4',
        })),
        ...inState('rectifying').map((m): Draft => ({
          kind: 'rectify',
          mine: m,
          dueOn: m.rectificationDeadline,
          rule: 'R6',
        })),
      ]
    case 'city': {
      const region = user.regionCode ?? ''
      const items = inState('county_archived').map((m): Draft => {
        const missed = nextReportingWindow(m.countyArchivedOn ?? asOf)
        const window = isAfter(asOf, missed.end) ? missed : nextReportingWindow(asOf)
        return { kind: 'report_to_province', mine: m, dueOn: window.end, opensOn: window.start, rule: 'R3.6' }
      })
      if (!(await cityHasSplit(db, region, targetYearOf(asOf))))
        items.push({ kind: 'split_targets', regionCode: region, rule: 'R2' })
      return items
    }
    case 'province': {
      const [notices, objections, rects, decisions, alerts] = await Promise.all([
        openNotices(db, asOf),
        undecidedObjections(db, asOf),
        openRectifications(db, asOf),
        provinceDecisions(db),
        openBoundaryAlerts(db, asOf),
      ])
      const listEnd = new Map(notices.filter((n) => n.level === 'province').map((n) => [n.mineId, n.endOn]))
      return [
        ...inState('city_reported').map((m): Draft => ({
          kind: 'publish_province_list',
          mine: m,
          rule: 'R3.7',
        })),
        ...inState('province_publicity').map((m): Draft => ({
          kind: 'enter_directory',
          mine: m,
          dueOn: listEnd.get(m.id) ?? null,
          rule: 'R3.7',
        })),
        ...objections
          .filter((o) => o.level === 'province' && byId.has(o.mineId))
          .map((o): Draft => ({
            kind: 'decide_objection',
            mine: byId.get(o.mineId),
            dueOn: o.endOn,
            rule: 'R3.7',
          })),
        ...rects
          .filter((r) => r.recheckFailed && byId.has(r.mineId))
          .map((r): Draft => ({ kind: 'confirm_removal', mine: byId.get(r.mineId), rule: 'R6' })),
        ...decisions.held
          .filter((h) => byId.has(h.mineId))
          .map((h): Draft => ({ kind: 'approve_backdated', mine: byId.get(h.mineId), rule: 'R7' })),
        ...decisions.exceptions
          .filter((e) => byId.has(e.mineId))
          .map((e): Draft => ({ kind: 'decide_exception', mine: byId.get(e.mineId), rule: 'R3.2' })),
        ...boundaryAlerts(alerts, byId),
      ]
    }
    case 'leader':
      return computeAlerts({ mines: mines.map(toAlertMine) }, asOf).map((a): Draft => ({
        kind: a.kind,
        mine: a.mineId ? byId.get(Number(a.mineId)) : undefined,
        regionCode: a.regionCode,
        dueOn: a.dueOn,
        opensOn: a.opensOn ?? null,
        rule: a.rule,
      }))
    case 'planner':
      return []
  }
}

/** One item per open out-of-boundary alert on a mine the user sees (issue 16 §4; no clock runs). */
const boundaryAlerts = (
  alerts: readonly { mineId: number }[],
  byId: ReadonlyMap<number, MineSnapshot>,
): Draft[] =>
  alerts
    .filter((a) => byId.has(a.mineId))
    .map((a): Draft => ({ kind: 'boundary_alert', mine: byId.get(a.mineId) }))
