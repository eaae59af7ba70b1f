// The planner's addresses: /plan, /plan/mines/{id}/new/{kind}, /plan/areas/{id}. Pure parsing.
import type { AreaKind } from './area-queries'

export type PlanPage =
  { page: 'home' } | { page: 'new'; mineId: number; kind: AreaKind } | { page: 'area'; id: number }

export function planPageOf(path: string): PlanPage {
  const area = /^\/plan\/areas\/(\d{1,9})\/?$/.exec(path)
  if (area) return { page: 'area', id: Number(area[1]) }
  const created = /^\/plan\/mines\/(\d{1,9})\/new\/(restoration|reclamation)\/?$/.exec(path)
  if (created) return { page: 'new', mineId: Number(created[1]), kind: created[2] as AreaKind }
  return { page: 'home' }
}
