/** Every refusal the domain can produce, as a literal code `<rule>.<reason>`. */
export type RuleErrorCode =
  | 'input.invalid_date'
  | 'input.invalid_argument'
  | 'R1.unknown_policy'
  | 'R2.invalid_target'
  | 'R2.cannot_split'
  | 'R3.unknown_event'
  | 'R3.wrong_role'
  | 'R3.illegal_transition'
  | 'R3.1.missing_recipient'
  | 'R3.2.evaluator_not_listed'
  | 'R3.2.conflicted_evaluator'
  | 'R3.4.not_assigned_evaluator'
  | 'R3.4.score_not_passing'
  | 'R3.4.reason_required'
  | 'R3.4.team_invalid'
  | 'R3.4.unknown_indicator_set'
  | 'R3.4.invalid_score'
  | 'R3.5.invalid_period'
  | 'R3.5.missing_objection_channel'
  | 'R3.5.publicity_not_ended'
  | 'R3.5.originals_not_archived'
  | 'R3.6.outside_window'
  | 'R3.7.invalid_period'
  | 'R3.7.missing_objection_channel'
  | 'R3.7.publicity_not_ended'
  | 'R3.7.objection_upheld'
  | 'R4.no_acceptance'
  | 'R4.invalid_date'
  | 'R6.invalid_deadline'
  | 'R6.invalid_draw'
  | 'R6.not_enough_inspectors'

/** The rule a code belongs to: everything before the last dot (`R3.6.outside_window` → `R3.6`). */
export type RuleId = string

/** HTTP status the API should answer with; the domain only suggests it. */
export type RuleErrorStatus = 400 | 403 | 409 | 422

function statusFor(code: RuleErrorCode): RuleErrorStatus {
  if (code.startsWith('input.')) return 400
  if (code === 'R3.wrong_role') return 403
  if (code === 'R3.illegal_transition') return 409
  return 422
}

/** A refusal by a programme rule, with an English and a Chinese message. */
export class RuleError extends Error {
  override readonly name = 'RuleError'
  readonly code: RuleErrorCode
  readonly rule: RuleId
  readonly status: RuleErrorStatus
  readonly messageZh: string
  readonly details: Readonly<Record<string, unknown>>

  constructor(
    code: RuleErrorCode,
    message: string,
    messageZh: string,
    details: Record<string, unknown> = {},
  ) {
    super(message)
    this.code = code
    this.rule = code.slice(0, code.lastIndexOf('.'))
    this.status = statusFor(code)
    this.messageZh = messageZh
    this.details = Object.freeze({ ...details })
  }
}

export function isRuleError(value: unknown): value is RuleError {
  return value instanceof RuleError
}
