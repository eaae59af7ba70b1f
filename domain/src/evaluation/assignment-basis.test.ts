import { describe, expect, it } from 'vitest'
import { checkAssignmentBasis, checkNewDraw, type DrawRecord, type ExceptionRecord } from './assignment-basis'

const draw: DrawRecord = { id: 4, selfAssessmentId: 9, agencyId: '3', usedByAssignment: false }
const redraw: ExceptionRecord = {
  id: 2,
  kind: 'redraw',
  selfAssessmentId: 9,
  agencyId: null,
  decision: 'approved',
  used: false,
}
const direct: ExceptionRecord = { ...redraw, id: 5, kind: 'direct', agencyId: '3' }
const refused = (fn: () => void, code: string, params: object = {}) =>
  expect(fn).toThrow(expect.objectContaining({ code, refusal: expect.objectContaining(params) }))

describe('R3.2 assignment basis', () => {
  it('R3.2: a second draw for the same self-assessment needs an approved, unused redraw exception', () => {
    expect(() => checkNewDraw({ selfAssessmentId: 9, earlier: [] })).not.toThrow()
    expect(() => checkNewDraw({ selfAssessmentId: 10, earlier: [draw] })).not.toThrow()
    refused(() => checkNewDraw({ selfAssessmentId: 9, earlier: [draw] }), 'R3.2.draw_exists', { drawId: 4 })
    expect(() => checkNewDraw({ selfAssessmentId: 9, earlier: [draw], exception: redraw })).not.toThrow()
    for (const [exception, reason] of [
      [{ ...redraw, decision: 'pending' }, 'not_approved'],
      [{ ...redraw, decision: 'refused' }, 'not_approved'],
      [{ ...redraw, used: true }, 'used'],
      [{ ...redraw, selfAssessmentId: 8 }, 'other_attempt'],
      [direct, 'wrong_kind'],
    ] as const) {
      refused(
        () => checkNewDraw({ selfAssessmentId: 9, earlier: [draw], exception }),
        'R3.2.exception_unusable',
        { reason },
      )
    }
  })

  it('R3.2: an assignment needs the revealed draw of that agency or an approved direct exception for it', () => {
    refused(() => checkAssignmentBasis('3', 9, null), 'R3.2.assignment_unjustified')
    expect(() => checkAssignmentBasis('3', 9, { kind: 'draw', draw })).not.toThrow()
    refused(() => checkAssignmentBasis('7', 9, { kind: 'draw', draw }), 'R3.2.draw_unusable', {
      reason: 'other_agency',
    })
    refused(
      () => checkAssignmentBasis('3', 9, { kind: 'draw', draw: { ...draw, agencyId: null } }),
      'R3.2.draw_unusable',
      { reason: 'not_drawn' },
    )
    refused(
      () => checkAssignmentBasis('3', 9, { kind: 'draw', draw: { ...draw, usedByAssignment: true } }),
      'R3.2.draw_unusable',
      { reason: 'used' },
    )
    expect(() => checkAssignmentBasis('3', 9, { kind: 'direct', exception: direct })).not.toThrow()
    refused(
      () => checkAssignmentBasis('7', 9, { kind: 'direct', exception: direct }),
      'R3.2.exception_unusable',
      { reason: 'other_agency' },
    )
    refused(
      () => checkAssignmentBasis('3', 9, { kind: 'direct', exception: { ...direct, decision: 'pending' } }),
      'R3.2.exception_unusable',
      { reason: 'not_approved' },
    )
  })
})
