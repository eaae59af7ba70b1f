// §4.4 限期整改: the rectification deadline after a declining spot check.
import { addMonths, isAfter, type IsoDate } from '../dates'
import { RuleError } from '../errors'

/** The seed sets no period; three months is our default, and any later date may be given instead. */
export const DEFAULT_RECTIFICATION_MONTHS = 3

/** The deadline for a rectification ordered on `orderedOn`: the given one, checked, or the default. */
export function rectificationDeadline(
  orderedOn: IsoDate,
  deadline?: IsoDate | null,
  months = DEFAULT_RECTIFICATION_MONTHS,
): IsoDate {
  if (deadline == null) return addMonths(orderedOn, months)
  if (!isAfter(deadline, orderedOn)) {
    throw new RuleError({ code: 'R6.invalid_deadline', orderedOn, deadline })
  }
  return deadline
}

/** Past the deadline and not yet re-checked. */
export function isRectificationOverdue(
  deadline: IsoDate,
  asOf: IsoDate,
  recheckedOn?: IsoDate | null,
): boolean {
  return isAfter(asOf, deadline) && !recheckedOn
}
