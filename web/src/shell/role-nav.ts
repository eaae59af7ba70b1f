// Where each role goes: the map, its desk (the screens where it does its work), the planner's map,
// the inbox. One list so that every route shows the same navigation.
import type { Role } from '@zgm/domain'
import type { MessageKey } from '../i18n/dict'
import type { NavItem } from './top-bar'

/** The desk of each role that has one (leaders work from the map, planners from /plan). */
export const DESK_OF: Readonly<Partial<Record<Role, string>>> = {
  enterprise: '/enterprise',
  county: '/county',
  evaluator: '/evaluator',
  city: '/city',
  province: '/province',
}

/** Who the planner's map is for: those who draw areas and the bureaus that decide on them. */
export const PLANNING_ROLES: readonly Role[] = ['planner', 'enterprise', 'county', 'city', 'province']

/** Who works in the field (spot checks, on-site verification): the field app's nav entry 外业. */
export const FIELD_ROLES: readonly Role[] = ['county', 'city', 'province', 'evaluator']

export function navFor(role: Role | null, t: (key: MessageKey) => string): NavItem[] {
  const desk = role ? DESK_OF[role] : undefined
  return [
    { href: '/', label: t('navMap') },
    ...(desk ? [{ href: desk, label: t('navDesk') }] : []),
    ...(role && PLANNING_ROLES.includes(role) ? [{ href: '/plan', label: t('navPlan') }] : []),
    ...(role && FIELD_ROLES.includes(role) ? [{ href: '/field', label: t('navField') }] : []),
    { href: '/huzhou', label: t('navHuzhou') },
    ...(role ? [{ href: '/inbox', label: t('navInbox'), badge: 'inbox' as const }] : []),
    { href: '/public', label: t('navPublic') },
  ]
}
