// §4.2 在收到企业自评报告一个月内…组织评估单位进行现场核查: the one-month verification clock.
import { addMonths, isAfter, type IsoDate } from '../dates'

/** One calendar month after receipt, clamped: received 31 January → due 28 (or 29) February. */
export function verificationDueOn(receivedOn: IsoDate): IsoDate {
  return addMonths(receivedOn, 1)
}

/** Late when filed (or, if not yet filed, still open) after the due date. */
export function isVerificationLate(receivedOn: IsoDate, filedOnOrAsOf: IsoDate): boolean {
  return isAfter(filedOnOrAsOf, verificationDueOn(receivedOn))
}
