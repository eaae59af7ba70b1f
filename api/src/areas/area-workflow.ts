// R8 and PRODUCT §2 (planner): restoration/reclamation polygons are drafted, submitted, and
// approved or rejected by a bureau; the approval cycle as a state machine (states, actions, who).

export type Approval = 'draft' | 'submitted' | 'approved' | 'rejected'
export type AreaAction = 'create' | 'edit' | 'delete' | 'submit' | 'approve' | 'reject'

/** Editors draw (planner in region, the mine's enterprise); approvers decide (county/city/province in region). */
export type AreaActor = 'editor' | 'approver'

export interface AreaActionRule {
  actor: AreaActor
  from: readonly Approval[]
  /** The approval after the action; `same` keeps it (delete only marks the row). */
  to: Approval | 'same'
}

/**
 * An approved area is never changed in place: editing it writes a new version that goes back to
 * draft (change `revise`) and has to be submitted and approved again, while the approved version
 * stays in the history. A submitted area is frozen until the bureau decides. Only drafts and
 * rejected areas can be deleted (soft: the row and its history stay).
 */
export const AREA_ACTIONS: Readonly<Record<AreaAction, AreaActionRule>> = {
  create: { actor: 'editor', from: [], to: 'draft' },
  edit: { actor: 'editor', from: ['draft', 'rejected', 'approved'], to: 'draft' },
  delete: { actor: 'editor', from: ['draft', 'rejected'], to: 'same' },
  submit: { actor: 'editor', from: ['draft', 'rejected'], to: 'submitted' },
  approve: { actor: 'approver', from: ['submitted'], to: 'approved' },
  reject: { actor: 'approver', from: ['submitted'], to: 'rejected' },
}

/** The change kinds written to mine_area_version. */
export type AreaChange = 'create' | 'update' | 'revise' | 'delete' | 'submit' | 'approve' | 'reject'

export type TransitionResult =
  { ok: true; approval: Approval; change: AreaChange } | { ok: false; message: string }

/** Whether `action` may happen to an area in state `from`, and what it becomes. */
export function transition(from: Approval, action: Exclude<AreaAction, 'create'>): TransitionResult {
  const rule = AREA_ACTIONS[action]
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      message: `cannot ${action} an area that is ${from}; ${action} is possible when it is ${rule.from.join(' or ')}`,
    }
  }
  const approval = rule.to === 'same' ? from : rule.to
  const change: AreaChange = action === 'edit' ? (from === 'approved' ? 'revise' : 'update') : action
  return { ok: true, approval, change }
}
