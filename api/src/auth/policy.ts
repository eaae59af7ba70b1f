import { regionContains } from '@zgm/domain'
import type { SessionUser } from '../http/env'

/** Who is asking: the signed-in user, or null for the public. */
export type PolicyUser = Pick<SessionUser, 'role' | 'regionCode' | 'organizationId'> | null

/** What the policy needs to know about a mine. */
export interface MineRef {
  id: number
  countyCode: string
  enterpriseId: number
  /** Evaluation agencies assigned to verify this mine (evaluator_assignment.agency_id). */
  assignedAgencyIds: readonly number[]
}

export type Access = 'read' | 'write' | 'none'

const inRegion = (user: NonNullable<PolicyUser>, mine: MineRef) =>
  user.regionCode !== null && regionContains(user.regionCode, mine.countyCode)

/**
 * Role × region × ownership for a mine's record and workflow (PRODUCT §6 "Right people, right
 * data"). The public gets nothing here: public endpoints publish redacted data of their own.
 */
export function mineAccess(user: PolicyUser, mine: MineRef): Access {
  if (!user) return 'none'
  switch (user.role) {
    case 'enterprise':
      return user.organizationId === mine.enterpriseId ? 'write' : 'none'
    case 'evaluator':
      return user.organizationId !== null && mine.assignedAgencyIds.includes(user.organizationId)
        ? 'read'
        : 'none'
    case 'county':
    case 'city':
      return inRegion(user, mine) ? 'write' : 'none'
    case 'province':
      return 'write'
    case 'leader':
      return 'read'
    case 'planner':
      return inRegion(user, mine) ? 'read' : 'none'
  }
}

/**
 * Drawing and editing a mine's restoration and reclamation polygons. Planners draw them in
 * their region and enterprises for their own mines; bureaus review and approve the drafts
 * through the workflow, so for everyone else this is at most read access.
 */
export function areaEditAccess(user: PolicyUser, mine: MineRef): Access {
  if (!user) return 'none'
  if (user.role === 'planner') return inRegion(user, mine) ? 'write' : 'none'
  const access = mineAccess(user, mine)
  if (user.role === 'enterprise') return access
  return access === 'none' ? 'none' : 'read'
}
