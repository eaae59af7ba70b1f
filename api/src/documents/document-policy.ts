// Who may file which kind of document for a mine (§4.1–4.3: the enterprise files its
// self-assessment, the evaluator its on-site verification report, bureaus archive and accept).
import { mineAccess, type MineRef, type PolicyUser } from '../auth/policy'

export const DOCUMENT_KINDS = [
  'self_assessment_report',
  'verification_report',
  'acceptance',
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
): string | null {
  const access = mineAccess(user, mine)
  const needed = user.role === 'evaluator' ? 'read' : 'write'
  if (access === 'none' || (needed === 'write' && access !== 'write')) {
    return `you (${user.role}) cannot file documents for mine ${mine.id}`
  }
  const kinds = BY_ROLE[user.role] ?? []
  if (!kinds.includes(kind)) {
    return kinds.length
      ? `a ${user.role} user files ${kinds.join(', ')}, not ${kind}`
      : `a ${user.role} user does not file documents`
  }
  return null
}
