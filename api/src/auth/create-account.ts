import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import type { RefusalOf } from '@zgm/domain'
import { HttpError } from '../http/errors'
import type { SessionUser } from '../http/env'
import { findAdminUnit, findOrganization, insertUser, usernameTaken } from './account.queries'
import { hashPassword } from './password'
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy'
import { REGION_ROLES, USER_ROLES, isUserRole, type UserRole } from './roles'
import { toSessionUser } from './session.queries'

export interface NewAccount {
  username: string
  password: string
  role: string
  regionCode?: string | null
  displayName?: string
  organizationId?: number | null
  isDemo?: boolean
}

/** The admin level a region role must sit at (planners work at any level). */
const REGION_LEVEL: Partial<Record<UserRole, string>> = {
  county: 'county',
  city: 'city',
  province: 'province',
  leader: 'province',
}
const ORGANIZATION_KIND: Partial<Record<UserRole, string>> = { enterprise: 'enterprise', evaluator: 'agency' }

type AccountProblem =
  RefusalOf<'invalid_account'> extends infer R ? (R extends unknown ? Omit<R, 'code'> : never) : never
const invalid = (problem: AccountProblem) => new HttpError({ code: 'invalid_account', ...problem })

/** Validates and stores a new account; every refusal says what to fix. */
export async function createAccount(db: Db, input: NewAccount): Promise<SessionUser> {
  const username = input.username.trim()
  if (!/^[a-z0-9_.-]{3,40}$/.test(username)) {
    throw invalid({ reason: 'username_format', username })
  }
  const weak = passwordProblem(input.password, username)
  if (weak === 'too_short') throw invalid({ reason: 'password_too_short', minLength: MIN_PASSWORD_LENGTH })
  if (weak) throw invalid({ reason: 'password_weak', problem: weak })
  const { role } = input
  if (!isUserRole(role)) throw invalid({ reason: 'unknown_role', role, roles: [...USER_ROLES] })
  const regionCode = input.regionCode ?? null
  const organizationId = input.organizationId ?? null

  if (REGION_ROLES.includes(role)) {
    if (!regionCode) throw invalid({ reason: 'region_required', role })
    const unit = await findAdminUnit(db, regionCode)
    if (!unit) throw invalid({ reason: 'unknown_region', regionCode })
    const level = REGION_LEVEL[role]
    if (level && unit.level !== level) {
      throw invalid({
        reason: 'wrong_region_level',
        role,
        regionCode,
        regionName: unit.name,
        level: unit.level,
        needed: level,
      })
    }
  } else if (regionCode) {
    throw invalid({ reason: 'region_not_allowed', role })
  }

  const kind = ORGANIZATION_KIND[role] ?? 'bureau'
  if (organizationId === null && ORGANIZATION_KIND[role]) {
    throw invalid({ reason: 'organization_required', role, kind })
  }
  if (organizationId !== null) {
    const org = await findOrganization(db, organizationId)
    if (!org) throw invalid({ reason: 'unknown_organization', organizationId })
    if (org.kind !== kind) {
      throw invalid({
        reason: 'wrong_organization_kind',
        role,
        kind,
        organizationId: org.id,
        organizationName: org.name,
        organizationKind: org.kind,
      })
    }
  }

  if (await usernameTaken(db, username)) throw invalid({ reason: 'username_taken', username })
  const passwordHash = await hashPassword(input.password)
  const row = await db.transaction().execute(async (tx) => {
    const user = await insertUser(tx, {
      username,
      display_name: input.displayName?.trim() || username,
      password_hash: passwordHash,
      role,
      region_code: regionCode,
      organization_id: organizationId,
      is_demo: input.isDemo ?? false,
    })
    // R8: accounts are part of the trace; the password hash never enters the log.
    await appendAudit(tx, {
      actorUserId: null,
      actorRole: 'system',
      action: 'account.create',
      objectType: 'app_user',
      objectId: user.id,
      after: { username, role, regionCode, organizationId },
    })
    return user
  })
  return toSessionUser(row)
}
