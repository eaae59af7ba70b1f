// R8 and PRODUCT §2 (planner): restoration/reclamation polygons are drafted, submitted, and
// approved or rejected by a bureau; the approval cycle as a state machine (states, events, who).
import type { Role } from '../roles'
import { guardEvent } from '../workflow/event-guard'

export const APPROVALS = ['draft', 'submitted', 'approved', 'rejected'] as const
export type Approval = (typeof APPROVALS)[number]

export const APPROVAL_LABELS: Readonly<Record<Approval, { zh: string; en: string }>> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已提交待审核', en: 'submitted' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '已退回', en: 'rejected' },
}

export type AreaAction = 'create' | 'edit' | 'delete' | 'submit' | 'approve' | 'reject'

/** Editors draw the polygons; approvers decide on them. */
export type AreaActor = 'editor' | 'approver'

/** Editors draw (a planner in the mine's region, the mine's own enterprise). */
const EDITORS: readonly Role[] = ['planner', 'enterprise']
/** Approvers decide (the county, city or province bureau over the mine). */
const APPROVERS: readonly Role[] = ['county', 'city', 'province']

export interface AreaEventMeta {
  zh: string
  en: string
  actor: AreaActor
  roles: readonly Role[]
  from: readonly Approval[]
  /** The approval after the action; `same` keeps it (delete only marks the row). */
  to: Approval | 'same'
}

/**
 * An approved area is never changed in place: editing it writes a new version that goes back to
 * draft (change `revise`) and has to be submitted and approved again, while the approved version
 * stays in the history. A submitted area is frozen until the bureau decides. Only drafts and
 * rejected areas can be deleted (soft: the row and its history stay). Whether the user acts in
 * the mine's region, or for the mine's enterprise, is the API's access policy.
 */
export const AREA_EVENTS: Readonly<Record<AreaAction, AreaEventMeta>> = {
  create: { zh: '绘制图斑', en: 'Draw', actor: 'editor', roles: EDITORS, from: [], to: 'draft' },
  edit: {
    zh: '修改图斑',
    en: 'Edit',
    actor: 'editor',
    roles: EDITORS,
    from: ['draft', 'rejected', 'approved'],
    to: 'draft',
  },
  delete: {
    zh: '删除图斑',
    en: 'Delete',
    actor: 'editor',
    roles: EDITORS,
    from: ['draft', 'rejected'],
    to: 'same',
  },
  submit: {
    zh: '提交审核',
    en: 'Submit for approval',
    actor: 'editor',
    roles: EDITORS,
    from: ['draft', 'rejected'],
    to: 'submitted',
  },
  approve: {
    zh: '批准',
    en: 'Approve',
    actor: 'approver',
    roles: APPROVERS,
    from: ['submitted'],
    to: 'approved',
  },
  reject: {
    zh: '退回',
    en: 'Reject',
    actor: 'approver',
    roles: APPROVERS,
    from: ['submitted'],
    to: 'rejected',
  },
}

/** The change kinds written to mine_area_version. */
export type AreaChange = 'create' | 'update' | 'revise' | 'delete' | 'submit' | 'approve' | 'reject'

/** Whether `role` is one that may fire `action` at all (region and ownership aside). */
export function mayFireAreaEvent(action: AreaAction, role: Role): boolean {
  return AREA_EVENTS[action].roles.includes(role)
}

/** Area events `role` may fire on an area in state `approval`, for the UI. */
export function allowedAreaEvents(approval: Approval, role: Role): AreaAction[] {
  return (Object.keys(AREA_EVENTS) as AreaAction[]).filter(
    (a) => AREA_EVENTS[a].from.includes(approval) && AREA_EVENTS[a].roles.includes(role),
  )
}

const AREA = { zh: '图斑', en: 'the area' }

/**
 * What `action` by `role` makes of an area in state `approval`, and the change kind to record.
 * Refusals throw `R3.wrong_role` (403) or `R3.illegal_transition` (409), as for mines.
 */
export function applyAreaEvent(
  approval: Approval,
  action: Exclude<AreaAction, 'create'>,
  role: Role,
): { approval: Approval; change: AreaChange } {
  const meta = AREA_EVENTS[action]
  guardEvent(meta, action, role, approval, (st) => APPROVAL_LABELS[st], AREA)
  const change: AreaChange = action === 'edit' ? (approval === 'approved' ? 'revise' : 'update') : action
  return { approval: meta.to === 'same' ? approval : meta.to, change }
}
