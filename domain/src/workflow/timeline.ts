// A mine's timeline for people: every entry's words (workflow events, operating events and the
// facts recorded beside them), and the mine's states as of a date read back from the entries.
import { MINE_STATUS_LABELS, type MineStatus } from '../mines'
import { GREEN_EVENTS, type GreenEventType } from './events'
import { OPS_EVENTS, type OpsEventType } from './ops'
import { GREEN_STATE_META, type GreenState } from './states'

export interface Words {
  zh: string
  en: string
}

/** Facts recorded on the timeline that are not workflow or operating events. */
export const RECORDED_FACTS = {
  baseline: { zh: '纳入监管基线（2017 年统计年报）', en: 'Baseline (2017 statistics)' },
  licence_renewed: { zh: '采矿许可证延续', en: 'Mining licence renewed' },
  registered: { zh: '矿山及采矿许可证登记', en: 'Mine and licence registered' },
} as const satisfies Record<string, Words>
export type RecordedFact = keyof typeof RECORDED_FACTS

export interface TimelineEntry {
  type: string
  on: string
  greenFrom: GreenState | null
  greenTo: GreenState | null
  opsFrom: MineStatus | null
  opsTo: MineStatus | null
}

/** Words for an entry; an unknown type falls back to the state it led to, never to the raw key. */
export function timelineWords(e: Pick<TimelineEntry, 'type' | 'greenTo' | 'opsTo'>): Words {
  const known =
    (RECORDED_FACTS as Record<string, Words>)[e.type] ??
    GREEN_EVENTS[e.type as GreenEventType] ??
    OPS_EVENTS[e.type as OpsEventType]
  if (known) return { zh: known.zh, en: known.en }
  if (e.greenTo) return GREEN_STATE_META[e.greenTo]
  if (e.opsTo) return MINE_STATUS_LABELS[e.opsTo]
  return { zh: '其他记录', en: 'Other record' }
}

/**
 * The green-mine and operating states as of a date: the last entry on or before it that set each,
 * else the state before the first later entry that changed it, else the current one.
 */
export function statesAsOf(
  timeline: readonly TimelineEntry[],
  asOf: string,
  current: { green: GreenState; ops: MineStatus },
): { green: GreenState; ops: MineStatus } {
  const sorted = [...timeline].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
  const pick = <S>(to: (e: TimelineEntry) => S | null, from: (e: TimelineEntry) => S | null, now: S): S => {
    const past = sorted.filter((e) => e.on <= asOf && to(e) !== null).pop()
    if (past) return to(past)!
    const next = sorted.find((e) => e.on > asOf && from(e) !== null)
    return next ? from(next)! : now
  }
  return {
    green: pick(
      (e) => e.greenTo,
      (e) => e.greenFrom,
      current.green,
    ),
    ops: pick(
      (e) => e.opsTo,
      (e) => e.opsFrom,
      current.ops,
    ),
  }
}
