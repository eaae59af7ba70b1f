// §4.2 采用公开、公平、公正方式…确定…评估单位: an agency is assigned by a published draw, or directly only with a recorded reason the province approved.
import { RuleError } from '../errors'

/** A commit-reveal draw as recorded. */
export interface DrawRecord {
  id: number
  selfAssessmentId: number
  /** Set once the seed is revealed and the agency drawn. */
  agencyId: string | null
  /** The assignment that used it, if any. */
  usedByAssignment: boolean
}

/** A request for a direct assignment or a second draw, and the province's decision. */
export interface ExceptionRecord {
  id: number
  kind: 'direct' | 'redraw'
  selfAssessmentId: number
  agencyId: string | null
  decision: 'pending' | 'approved' | 'refused'
  /** Already used by an assignment or a draw. */
  used: boolean
}

export type AssignmentBasis =
  { kind: 'draw'; draw: DrawRecord } | { kind: 'direct'; exception: ExceptionRecord }

/** An exception that may be used now for `kind` on this self-assessment (approved, unused). */
export function checkException(
  exception: ExceptionRecord,
  kind: ExceptionRecord['kind'],
  selfAssessmentId: number,
): void {
  const reason =
    exception.kind !== kind
      ? 'wrong_kind'
      : exception.selfAssessmentId !== selfAssessmentId
        ? 'other_attempt'
        : exception.decision !== 'approved'
          ? 'not_approved'
          : exception.used
            ? 'used'
            : null
  if (reason) {
    throw new RuleError({ code: 'R3.2.exception_unusable', exceptionId: exception.id, reason })
  }
}

/**
 * R3.2: one draw per self-assessment. Another draw only under an approved redraw exception, used
 * once; the county can never draw again until it likes the result.
 */
export function checkNewDraw(input: {
  selfAssessmentId: number
  earlier: readonly DrawRecord[]
  exception?: ExceptionRecord
}): void {
  if (input.exception) {
    checkException(input.exception, 'redraw', input.selfAssessmentId)
    return
  }
  const first = input.earlier.find((d) => d.selfAssessmentId === input.selfAssessmentId)
  if (first) {
    throw new RuleError({
      code: 'R3.2.draw_exists',
      drawId: first.id,
      selfAssessmentId: input.selfAssessmentId,
    })
  }
}

/** The agency an assignment may name: the drawn one, or the approved direct one; nothing else. */
export function checkAssignmentBasis(
  agencyId: string,
  selfAssessmentId: number,
  basis: AssignmentBasis | null,
): void {
  if (!basis) throw new RuleError({ code: 'R3.2.assignment_unjustified', agencyId })
  if (basis.kind === 'direct') {
    checkException(basis.exception, 'direct', selfAssessmentId)
    if (basis.exception.agencyId !== agencyId) {
      throw new RuleError({
        code: 'R3.2.exception_unusable',
        exceptionId: basis.exception.id,
        reason: 'other_agency',
      })
    }
    return
  }
  const { draw } = basis
  const reason =
    draw.selfAssessmentId !== selfAssessmentId
      ? 'other_attempt'
      : draw.agencyId === null
        ? 'not_drawn'
        : draw.usedByAssignment
          ? 'used'
          : draw.agencyId !== agencyId
            ? 'other_agency'
            : null
  if (reason) throw new RuleError({ code: 'R3.2.draw_unusable', drawId: draw.id, reason })
}
