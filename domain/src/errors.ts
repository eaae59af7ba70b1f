import { refusalMessage } from './refusals/messages'
import type { RuleErrorCode, RuleRefusal } from './refusals/refusal'

/** The rule a code belongs to: everything before the last dot (`R3.6.outside_window` → `R3.6`). */
export type RuleId = string

/** HTTP status the API should answer with; the domain only suggests it. */
export type RuleErrorStatus = 400 | 403 | 409 | 422

/** Refusals because of what already happened (a state or an earlier record), not because of the input. */
const CONFLICTS: ReadonlySet<RuleErrorCode> = new Set(['R3.illegal_transition', 'R6.draw_exists'])

export function ruleErrorStatus(code: RuleErrorCode): RuleErrorStatus {
  if (code.startsWith('input.')) return 400
  if (code === 'R3.wrong_role') return 403
  if (CONFLICTS.has(code)) return 409
  return 422
}

/** A refusal by a programme rule: its code and params, with the message in English and Chinese. */
export class RuleError extends Error {
  override readonly name = 'RuleError'
  readonly refusal: RuleRefusal
  readonly code: RuleErrorCode
  readonly rule: RuleId
  readonly status: RuleErrorStatus
  readonly messageZh: string

  constructor(refusal: RuleRefusal) {
    super(refusalMessage(refusal, 'en'))
    this.refusal = Object.freeze({ ...refusal })
    this.code = refusal.code
    this.rule = refusal.code.slice(0, refusal.code.lastIndexOf('.'))
    this.status = ruleErrorStatus(refusal.code)
    this.messageZh = refusalMessage(refusal, 'zh')
  }
}

export function isRuleError(value: unknown): value is RuleError {
  return value instanceof RuleError
}
