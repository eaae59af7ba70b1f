// §4.3 由各市汇总后于每年10月底和4月底前上报: the city reporting windows, 1–30 April and 1–31 October.
import { parseIsoDate, formatIsoDate, isWithin, type IsoDate } from '../dates'

export interface ReportingWindow {
  start: IsoDate
  end: IsoDate
}

function windowsOf(year: number): ReportingWindow[] {
  return [
    { start: formatIsoDate(year, 4, 1), end: formatIsoDate(year, 4, 30) },
    { start: formatIsoDate(year, 10, 1), end: formatIsoDate(year, 10, 31) },
  ]
}

/** The window `date` falls in, or null. */
export function reportingWindowAt(date: IsoDate): ReportingWindow | null {
  return windowsOf(parseIsoDate(date).year).find((w) => isWithin(date, w.start, w.end)) ?? null
}

/** The window open on `date`, else the next one to open. */
export function nextReportingWindow(date: IsoDate): ReportingWindow {
  const { year } = parseIsoDate(date)
  const found = [...windowsOf(year), ...windowsOf(year + 1)].find((w) => date <= w.end)
  // windowsOf(year + 1) always has a window after `date`, so `found` is defined.
  return found as ReportingWindow
}

/** Window as text, e.g. "2019-10-01 to 2019-10-31". */
export function describeWindow(w: ReportingWindow): { en: string; zh: string } {
  return { en: `${w.start} to ${w.end}`, zh: `${w.start} 至 ${w.end}` }
}
