import { HttpError } from '../http/errors'
import type { SessionUser } from '../http/env'
import type { UserRole } from './roles'

/** Anything with the request's user, e.g. a handler's context under AppEnv. */
export interface UserContext {
  get(key: 'user'): SessionUser | null
}

/** The signed-in user, or 401 `unauthenticated`. */
export function requireUser(c: UserContext): SessionUser {
  const user = c.get('user')
  if (!user) throw new HttpError({ code: 'unauthenticated' })
  return user
}

/** The signed-in user if they hold one of `roles`; 401 when anonymous, 403 `forbidden` naming the roles otherwise. */
export function requireRole(c: UserContext, ...roles: [UserRole, ...UserRole[]]): SessionUser {
  const user = requireUser(c)
  if (!roles.includes(user.role)) {
    throw new HttpError({ code: 'forbidden', reason: 'role_required', roles, role: user.role })
  }
  return user
}
