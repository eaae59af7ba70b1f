import type { Role } from '@zgm/domain/roles'

/** The signed-in user as every handler sees it (null for the public). */
export interface SessionUser {
  id: number
  username: string
  displayName: string
  role: Exclude<Role, 'public'>
  /** 330000 (province), a city (3305 00) or a county code; null for enterprise and evaluator users. */
  regionCode: string | null
  /** The enterprise of an enterprise user, the agency of an evaluator. */
  organizationId: number | null
}

export interface AppEnv {
  Variables: {
    user: SessionUser | null
  }
}
