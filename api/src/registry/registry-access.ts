// Who keeps the registry (PRODUCT §2): the land bureaus — county, city and province — for mines in
// their region. Enterprises, evaluators, planners and leaders read what the mine record shows them.
import { regionContains } from '@zgm/domain'
import { mineAccess, type MineRef } from '../auth/policy'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'

export const REGISTRY_ROLES = ['county', 'city', 'province'] as const

const isRegistryRole = (user: SessionUser) => (REGISTRY_ROLES as readonly string[]).includes(user.role)

function roleRequired(user: SessionUser): HttpError {
  return new HttpError({
    code: 'forbidden',
    reason: 'role_required',
    roles: [...REGISTRY_ROLES],
    role: user.role,
  })
}

/** A registry write on an existing mine: 404 when the mine is not the user's to see, 403 for a role that reads only. */
export function requireRegistryWrite(user: SessionUser, mine: MineRef): void {
  const access = mineAccess(user, mine)
  if (access === 'none') throw notFound('mine', mine.id)
  if (!isRegistryRole(user) || access !== 'write') throw roleRequired(user)
}

/** Registering a new mine: a bureau whose region holds the mine's county. */
export function requireRegistryRegion(user: SessionUser, countyCode: string): void {
  if (!isRegistryRole(user)) throw roleRequired(user)
  if (user.regionCode === null || !regionContains(user.regionCode, countyCode)) {
    throw new HttpError({
      code: 'forbidden',
      reason: 'outside_region',
      regionCode: countyCode,
      userRegionCode: user.regionCode,
    })
  }
}
