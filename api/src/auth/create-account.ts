import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import { badRequest } from '../http/errors'
import type { SessionUser } from '../http/env'
import { findAdminUnit, findOrganization, insertUser, usernameTaken } from './account.queries'
import { hashPassword } from './password'
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

export const MIN_PASSWORD_LENGTH = 8

/** The admin level a region role must sit at (planners work at any level). */
const REGION_LEVEL: Partial<Record<UserRole, string>> = {
  county: 'county',
  city: 'city',
  province: 'province',
  leader: 'province',
}
const ORGANIZATION_KIND: Partial<Record<UserRole, string>> = { enterprise: 'enterprise', evaluator: 'agency' }

const invalid = (message: string) => badRequest('invalid_account', message)
const an = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`

/** Validates and stores a new account; every refusal says what to fix. */
export async function createAccount(db: Db, input: NewAccount): Promise<SessionUser> {
  const username = input.username.trim()
  if (!/^[a-z0-9_.-]{3,40}$/.test(username)) {
    throw invalid(`username "${username}" must be 3-40 characters of a-z, 0-9, "_", "." or "-"`)
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalid(`password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  }
  const { role } = input
  if (!isUserRole(role)) throw invalid(`role "${role}" must be one of ${USER_ROLES.join(', ')}`)
  const regionCode = input.regionCode ?? null
  const organizationId = input.organizationId ?? null

  if (REGION_ROLES.includes(role)) {
    if (!regionCode) throw invalid(`${an(role)} user needs a region (admin_unit code, e.g. 330522)`)
    const unit = await findAdminUnit(db, regionCode)
    if (!unit) throw invalid(`region ${regionCode} is not an administrative unit of Zhejiang`)
    const level = REGION_LEVEL[role]
    if (level && unit.level !== level) {
      throw invalid(`${an(role)} user needs a ${level} code; ${regionCode} (${unit.name}) is a ${unit.level}`)
    }
  } else if (regionCode) {
    throw invalid(`${an(role)} user has no region; its mines follow from its organization`)
  }

  const kind = ORGANIZATION_KIND[role] ?? 'bureau'
  if (organizationId === null && ORGANIZATION_KIND[role]) {
    throw invalid(`${an(role)} user needs an organization (${an(kind)} id)`)
  }
  if (organizationId !== null) {
    const org = await findOrganization(db, organizationId)
    if (!org) throw invalid(`organization ${organizationId} does not exist`)
    if (org.kind !== kind)
      throw invalid(
        `${an(role)} user needs ${an(kind)} organization; ${org.id} (${org.name}) is ${an(org.kind)}`,
      )
  }

  if (await usernameTaken(db, username)) throw invalid(`username "${username}" is taken`)
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
