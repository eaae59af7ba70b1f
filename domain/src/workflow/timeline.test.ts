import { describe, expect, it } from 'vitest'
import { MINE_STATUSES, MINE_STATUS_LABELS } from '../mines'
import { GREEN_EVENT_TYPES, GREEN_EVENTS } from './events'
import { OPS_EVENTS } from './ops'
import { GREEN_STATES, GREEN_STATE_META } from './states'
import { RECORDED_FACTS, statesAsOf, timelineWords, type TimelineEntry } from './timeline'

const cjk = /[\u4e00-\u9fff]/
const noRawKey = (key: string, w: { zh: string; en: string }) => {
  expect(w.zh, key).toMatch(cjk)
  expect(w.en.trim(), key).not.toBe('')
  expect(w.en, key).not.toMatch(/_/)
  expect(w.en, key).not.toBe(key)
}

describe('no raw keys on the timeline', () => {
  it('every event, recorded fact, green state and operating status has Chinese and English words', () => {
    for (const t of GREEN_EVENT_TYPES) noRawKey(t, timelineWords({ type: t, greenTo: null, opsTo: null }))
    for (const t of Object.keys(OPS_EVENTS))
      noRawKey(t, timelineWords({ type: t, greenTo: null, opsTo: null }))
    for (const t of Object.keys(RECORDED_FACTS))
      noRawKey(t, timelineWords({ type: t, greenTo: null, opsTo: null }))
    for (const s of GREEN_STATES) noRawKey(s, GREEN_STATE_META[s])
    for (const s of MINE_STATUSES) noRawKey(s, MINE_STATUS_LABELS[s])
    expect(Object.keys(GREEN_EVENTS).length).toBeGreaterThan(5)
  })
  it('names licence_renewed in words and falls back to the resulting state for an unknown type', () => {
    expect(timelineWords({ type: 'licence_renewed', greenTo: null, opsTo: null }).zh).toBe('采矿许可证延续')
    expect(timelineWords({ type: 'something_new', greenTo: 'in_directory', opsTo: null })).toEqual(
      GREEN_STATE_META.in_directory,
    )
    expect(timelineWords({ type: 'something_new', greenTo: null, opsTo: null }).en).toBe('Other record')
  })
})

describe('states as of a date', () => {
  const e = (on: string, fields: Partial<TimelineEntry>): TimelineEntry => ({
    type: 'x',
    on,
    greenFrom: null,
    greenTo: null,
    opsFrom: null,
    opsTo: null,
    ...fields,
  })
  const timeline = [
    e('2018-03-01', { greenFrom: 'building', greenTo: 'self_assessed' }),
    e('2019-05-01', { opsFrom: 'producing', opsTo: 'suspended' }),
    e('2020-02-01', { greenFrom: 'self_assessed', greenTo: 'in_directory' }),
  ]
  const now = { green: 'in_directory', ops: 'suspended' } as const
  it('reads the operating status of the date, not today', () => {
    expect(statesAsOf(timeline, '2019-01-01', now)).toEqual({ green: 'self_assessed', ops: 'producing' })
    expect(statesAsOf(timeline, '2019-12-31', now)).toEqual({ green: 'self_assessed', ops: 'suspended' })
    expect(statesAsOf(timeline, '2018-01-01', now)).toEqual({ green: 'building', ops: 'producing' })
    expect(statesAsOf(timeline, '2021-01-01', now)).toEqual(now)
  })
})
