// §5.3 全过程留痕 and §5.2 年度考核 (R7): an event dated far back changes figures already reported, so it needs the province's approval.
import { daysBetween, type IsoDate } from '../dates'

/** Default for BACKDATE_DAYS: how many days back an event may be dated without approval. */
export const DEFAULT_BACKDATE_DAYS = 30

export interface BackdateVerdict {
  /** Days between the business date and the day it is recorded (0 = today). */
  daysBack: number
  /** Dated more than `maxDays` before today: held until the province approves it. */
  needsApproval: boolean
}

/** Whether an event dated `on`, recorded `today`, may take effect at once. */
export function backdateVerdict(on: IsoDate, today: IsoDate, maxDays: number): BackdateVerdict {
  const daysBack = daysBetween(on, today)
  return { daysBack, needsApproval: daysBack > maxDays }
}
