// §4.1 新建矿山必须在矿山正式生产后六个月内，完成绿色矿山建设…正式生产满一年未纳入…一律限期停产整改.
import { addMonths, isAfter, isOnOrBefore, type IsoDate } from '../dates'

export const CONSTRUCTION_MONTHS = 6
export const SUSPENSION_MONTHS = 12

export interface NewMineFacts {
  /** Formal production date (正式生产), set by the start_production event. */
  productionStartedOn: IsoDate
  /** When the self-assessment was received; the construction counts as finished then. */
  selfAssessmentReceivedOn?: IsoDate | null
  /** When the mine entered the directory, if it has (and is still in it). */
  enteredDirectoryOn?: IsoDate | null
}

export interface NewMineClocks {
  constructionDueOn: IsoDate
  /** Construction was finished (self-assessment received) on or before its due date. */
  constructionDone: boolean
  /** Past the due date without a self-assessment received in time. */
  constructionOverdue: boolean
  suspensionDueOn: IsoDate
  /** A full year of production has passed without entering the directory: a suspension order is due. */
  suspensionOrderDue: boolean
}

/** Both R4 clocks as of `asOf`. Exactly 6 months after production is still on time; the next day is overdue. */
export function newMineClocks(facts: NewMineFacts, asOf: IsoDate): NewMineClocks {
  const constructionDueOn = addMonths(facts.productionStartedOn, CONSTRUCTION_MONTHS)
  const suspensionDueOn = addMonths(facts.productionStartedOn, SUSPENSION_MONTHS)
  const received = facts.selfAssessmentReceivedOn ?? null
  const receivedBy = (date: IsoDate) => received !== null && isOnOrBefore(received, date)
  const entered = facts.enteredDirectoryOn ?? null
  const enteredBy = (date: IsoDate) => entered !== null && isOnOrBefore(entered, date)
  return {
    constructionDueOn,
    constructionDone: receivedBy(constructionDueOn),
    constructionOverdue: isAfter(asOf, constructionDueOn) && !receivedBy(constructionDueOn),
    suspensionDueOn,
    suspensionOrderDue: isAfter(asOf, suspensionDueOn) && !enteredBy(asOf),
  }
}
