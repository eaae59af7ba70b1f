// Who may file which kind of document for a mine (§4.1–4.3: the enterprise files its
// self-assessment, the evaluator its on-site verification report, bureaus archive and accept).
import type { RefusalOf } from '@zgm/domain'
import { areaEditAccess, mineAccess, type MineRef, type PolicyUser } from '../auth/policy'

export const DOCUMENT_KINDS = [
  'self_assessment_report',
  'verification_report',
  'acceptance',
  'restoration_plan',
  'photo',
  'other',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

const BY_ROLE: Partial<Record<NonNullable<PolicyUser>['role'], readonly DocumentKind[]>> = {
  enterprise: ['self_assessment_report', 'photo', 'other'],
  evaluator: ['verification_report', 'photo', 'other'],
  county: DOCUMENT_KINDS,
  city: DOCUMENT_KINDS,
  province: DOCUMENT_KINDS,
}

/** Photos must be images; the other kinds take any accepted type. */
export const MEDIA_TYPES_BY_KIND: Partial<Record<DocumentKind, readonly string[]>> = {
  photo: ['image/jpeg', 'image/png'],
}

/**
 * Reading follows the mine record (auth/policy.ts mineAccess): the enterprise its own mines,
 * evaluators their assigned mines, bureaus and planners in their region, province and leaders
 * all; the public never.
 */
export const canReadDocuments = (user: PolicyUser, mine: MineRef) => mineAccess(user, mine) !== 'none'

/** Filing needs write access to the mine, except an assigned evaluator, who files its reports and photos. */
export function uploadRefusal(
  user: NonNullable<PolicyUser>,
  mine: MineRef,
  kind: DocumentKind,
): RefusalOf<'forbidden'> | null {
  const access = mineAccess(user, mine)
  const needed = user.role === 'evaluator' ? 'read' : 'write'
  if (access === 'none' || (needed === 'write' && access !== 'write')) {
    return { code: 'forbidden', reason: 'document_mine', mineId: mine.id, role: user.role }
  }
  const kinds = BY_ROLE[user.role] ?? []
  if (!kinds.includes(kind)) {
    return { code: 'forbidden', reason: 'document_kind', role: user.role, kind, allowedKinds: [...kinds] }
  }
  return null
}

/** Evidence attached to a restoration/reclamation area: its plan, photos, anything else. */
export const AREA_DOCUMENT_KINDS = ['restoration_plan', 'photo', 'other'] as const
export type AreaDocumentKind = (typeof AREA_DOCUMENT_KINDS)[number]

/** Those who may edit the area (a planner of its region, the mine's enterprise) attach its evidence. */
export function areaDocumentRefusal(
  user: NonNullable<PolicyUser>,
  mine: MineRef,
): RefusalOf<'forbidden'> | null {
  if (areaEditAccess(user, mine) === 'write') return null
  return {
    code: 'forbidden',
    reason: 'area_editor',
    mineId: mine.id,
    regionCode: mine.countyCode,
    role: user.role,
  }
}
