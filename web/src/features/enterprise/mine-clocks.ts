// The deadlines an enterprise sees on its desk, read from a mine's timeline with the domain's rules:
// R4 (§4.1: six months after formal production to build, a stop order a full year after) and R6
// (§4.4: a rectification deadline set by a stop order or a declined spot check).
import { daysBetween, newMineClocks, type IsoDate } from '@zgm/domain'
import type { MineDetail } from '../../api/schemas'

export type ClockKind = 'construction' | 'suspension' | 'rectification'

export interface DeskClock {
  kind: ClockKind
  rule: 'R4' | 'R6'
  dueOn: IsoDate
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number
  /** Met (e.g. the self-assessment was received in time): shown, no longer counting. */
  done: boolean
}

type Timeline = MineDetail['timeline']

const lastOf = (timeline: Timeline, type: string) => timeline.filter((e) => e.type === type).at(-1)

/** The deadline recorded with an event (`payload.event.deadline`), if any. */
function deadlineOf(event: Timeline[number]): IsoDate | null {
  const recorded = (event.payload as { event?: { deadline?: unknown } }).event?.deadline
  return typeof recorded === 'string' ? recorded : null
}

/** The clocks of one mine as of `today`, most urgent first. */
export function mineClocks(
  mine: Pick<MineDetail, 'timeline' | 'greenState' | 'opsStatus'>,
  today: IsoDate,
): DeskClock[] {
  const clocks: DeskClock[] = []
  const started = lastOf(mine.timeline, 'start_production')
  if (started) {
    // Only a new mine's formal production (start_production) starts the R4 clocks.
    const recorded = (started.payload as { event?: { productionStartedOn?: unknown } }).event
      ?.productionStartedOn
    const productionStartedOn = typeof recorded === 'string' ? recorded : started.on
    const after = mine.timeline.filter((e) => e.on >= productionStartedOn)
    const received = after.find((e) => e.type === 'submit_self_assessment')?.on ?? null
    const entered = after.find((e) => e.type === 'enter_directory')?.on ?? null
    const r4 = newMineClocks(
      { productionStartedOn, selfAssessmentReceivedOn: received, enteredDirectoryOn: entered },
      today,
    )
    clocks.push({
      kind: 'construction',
      rule: 'R4',
      dueOn: r4.constructionDueOn,
      daysLeft: daysBetween(today, r4.constructionDueOn),
      done: r4.constructionDone,
    })
    clocks.push({
      kind: 'suspension',
      rule: 'R4',
      dueOn: r4.suspensionDueOn,
      daysLeft: daysBetween(today, r4.suspensionDueOn),
      done: entered !== null,
    })
  }
  const rectifying = mine.greenState === 'rectifying' || mine.opsStatus === 'suspended'
  const ordered = [...mine.timeline].reverse().find((e) => deadlineOf(e) !== null)
  if (rectifying && ordered) {
    const dueOn = deadlineOf(ordered)!
    clocks.push({
      kind: 'rectification',
      rule: ordered.type === 'suspend' ? 'R4' : 'R6',
      dueOn,
      daysLeft: daysBetween(today, dueOn),
      done: false,
    })
  }
  return clocks.sort((a, b) => Number(a.done) - Number(b.done) || a.daysLeft - b.daysLeft)
}
