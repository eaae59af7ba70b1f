// §4.2 one month, §4.3 April/October, §4.1 six and twelve months, §4.4 限期整改: what is due or overdue, as of a date.
import { addMonths, daysBetween, isAfter, type IsoDate } from '../dates'
import type { MineStatus } from '../mines'
import { verificationDueOn } from '../clocks/verification'
import { CONSTRUCTION_MONTHS, SUSPENSION_MONTHS } from '../clocks/new-mine'
import { nextReportingWindow } from '../clocks/reporting-window'
import { cityCodeOf } from '../regions/region-codes'
import { isInDirectory, type GreenState } from '../workflow/states'

export interface AlertMine {
  id: string
  countyCode: string
  state: GreenState
  status: MineStatus
  selfAssessmentReceivedOn?: IsoDate | null
  productionStartedOn?: IsoDate | null
  countyArchivedOn?: IsoDate | null
  rectificationDeadline?: IsoDate | null
}

export interface AlertSnapshot {
  mines: readonly AlertMine[]
}

export type AlertKind =
  'verification_due' | 'construction_due' | 'suspension_due' | 'rectification_due' | 'city_report_due'

export interface Alert {
  kind: AlertKind
  mineId?: string
  regionCode?: string
  dueOn: IsoDate
  overdue: boolean
  /** Days from the as-of date to the due date; negative when overdue. */
  daysLeft: number
  rule: 'R3.3' | 'R3.6' | 'R4' | 'R6'
  /** For a reporting window: the day it opens. */
  opensOn?: IsoDate
  message: string
  messageZh: string
}

/** An alert is raised when it is overdue or due within this many days. */
export const COMING_DUE_DAYS = 30

type Draft = Omit<Alert, 'overdue' | 'daysLeft'>

function mineAlerts(mine: AlertMine): Draft[] {
  const out: Draft[] = []
  const received = mine.selfAssessmentReceivedOn ?? null
  if ((mine.state === 'self_assessed' || mine.state === 'evaluator_assigned') && received) {
    const dueOn = verificationDueOn(received)
    out.push({
      kind: 'verification_due',
      mineId: mine.id,
      dueOn,
      rule: 'R3.3',
      message: `On-site verification due by ${dueOn} (self-assessment received ${received})`,
      messageZh: `应于 ${dueOn} 前完成现场核查（自评报告收到日期 ${received}）`,
    })
  }
  const started = mine.productionStartedOn ?? null
  if (
    started &&
    (mine.status === 'producing' || mine.status === 'suspended') &&
    mine.state === 'building' &&
    !received
  ) {
    const dueOn = addMonths(started, CONSTRUCTION_MONTHS)
    out.push({
      kind: 'construction_due',
      mineId: mine.id,
      dueOn,
      rule: 'R4',
      message: `New mine: green-mine construction due by ${dueOn}, 6 months after formal production (${started})`,
      messageZh: `新建矿山应于 ${dueOn} 前（正式生产后六个月内）完成绿色矿山建设`,
    })
  }
  if (started && mine.status === 'producing' && !isInDirectory(mine.state)) {
    const dueOn = addMonths(started, SUSPENSION_MONTHS)
    out.push({
      kind: 'suspension_due',
      mineId: mine.id,
      dueOn,
      rule: 'R4',
      message: `Not in the directory a full year after formal production (${started}): order suspension for rectification after ${dueOn}`,
      messageZh: `正式生产满一年（${dueOn}）未纳入名录库的，一律限期停产整改`,
    })
  }
  if (mine.state === 'rectifying' && mine.rectificationDeadline) {
    const dueOn = mine.rectificationDeadline
    out.push({
      kind: 'rectification_due',
      mineId: mine.id,
      dueOn,
      rule: 'R6',
      message: `Rectification deadline ${dueOn}; then the third-party re-check`,
      messageZh: `限期整改截止 ${dueOn}，期满进行第三方复核`,
    })
  }
  return out
}

/** One alert per city with archived mines waiting to be reported; overdue once a window has passed while they waited. */
function cityAlerts(mines: readonly AlertMine[], asOf: IsoDate): Draft[] {
  const waiting = new Map<string, AlertMine[]>()
  for (const m of mines) {
    if (m.state !== 'county_archived') continue
    const city = cityCodeOf(m.countyCode)
    waiting.set(city, [...(waiting.get(city) ?? []), m])
  }
  return [...waiting.entries()].map(([regionCode, list]): Draft => {
    const earliest = list.map((m) => m.countyArchivedOn ?? asOf).sort()[0] ?? asOf
    const missed = nextReportingWindow(earliest)
    const window = isAfter(asOf, missed.end) ? missed : nextReportingWindow(asOf)
    return {
      kind: 'city_report_due',
      regionCode,
      dueOn: window.end,
      opensOn: window.start,
      rule: 'R3.6',
      message: `${list.length} archived mine(s) to report to the province in the window ${window.start} to ${window.end}`,
      messageZh: `${list.length} 家已归档矿山应于 ${window.start} 至 ${window.end} 上报省厅`,
    }
  })
}

/** Every alert that is overdue or due within 30 days, soonest first. Closed mines raise none. */
export function computeAlerts(snapshot: AlertSnapshot, asOf: IsoDate): Alert[] {
  const open = snapshot.mines.filter((m) => m.status !== 'closed')
  const drafts = [...open.flatMap(mineAlerts), ...cityAlerts(open, asOf)]
  return drafts
    .map((d): Alert => {
      const daysLeft = daysBetween(asOf, d.dueOn)
      return { ...d, overdue: daysLeft < 0, daysLeft }
    })
    .filter(
      (a) =>
        a.daysLeft <= COMING_DUE_DAYS ||
        (a.opensOn !== undefined && daysBetween(asOf, a.opensOn) <= COMING_DUE_DAYS),
    )
    .sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        a.kind.localeCompare(b.kind) ||
        (a.mineId ?? a.regionCode ?? '').localeCompare(b.mineId ?? b.regionCode ?? ''),
    )
}
