// R3.3 (§4.2 在收到企业自评报告一个月内…组织现场核查): the county's one-month clock on a received report.
import { daysBetween, verificationDueOn, type IsoDate } from '@zgm/domain'
import type { MineDetail } from '../../api/schemas'

export interface VerificationClock {
  receivedOn: IsoDate
  dueOn: IsoDate
  /** Negative when overdue. */
  daysLeft: number
  /** Recipients recorded with the submission (both county bureaus, R3.1). */
  recipients: string[]
}

/** The clock of the latest self-assessment, while the verification is still to be filed; else null. */
export function verificationClock(
  mine: Pick<MineDetail, 'timeline' | 'greenState'>,
  today: IsoDate,
): VerificationClock | null {
  if (mine.greenState !== 'self_assessed' && mine.greenState !== 'evaluator_assigned') return null
  const submitted = mine.timeline.filter((e) => e.type === 'submit_self_assessment').at(-1)
  if (!submitted) return null
  const dueOn = verificationDueOn(submitted.on)
  const recipients = (submitted.payload as { event?: { recipients?: unknown } }).event?.recipients
  return {
    receivedOn: submitted.on,
    dueOn,
    daysLeft: daysBetween(today, dueOn),
    recipients: Array.isArray(recipients) ? recipients.map(String) : [],
  }
}

/** Most urgent first: overdue the longest, then the fewest days left; mines without a clock last. */
export function byUrgency<T extends { clock: VerificationClock | null }>(rows: readonly T[]): T[] {
  const key = (r: T) => r.clock?.daysLeft ?? Number.POSITIVE_INFINITY
  return [...rows].sort((a, b) => key(a) - key(b))
}
