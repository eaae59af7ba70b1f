import { ROLES, type Role } from '@zgm/domain/roles'
import type { SessionUser } from '../http/env'

export type UserRole = SessionUser['role']

/** Roles an account can have (the public has no account). */
export const USER_ROLES = ROLES.filter((r): r is UserRole => r !== 'public')

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly Role[]).includes(value as Role)
}

/** Roles whose access is bounded by a region (admin_unit code); the others act through an organization. */
export const REGION_ROLES: readonly UserRole[] = ['county', 'city', 'province', 'leader', 'planner']
