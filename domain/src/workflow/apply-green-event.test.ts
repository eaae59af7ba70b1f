import { describe, expect, it } from 'vitest'
import { applyGreenEvent } from './apply-green-event'
import { allowedEvents, GREEN_EVENTS, GREEN_EVENT_TYPES } from './events'
import { GREEN_STATES, PIPELINE_STEPS } from './states'
import { inDirectory, inProvincePublicity, start, submitted } from './test-path'
import { ctx } from './test-fixtures'

describe('R3 workflow: the whole path', () => {
  it('R3: a mine goes from building to the directory, each step leaving a transition effect', () => {
    const record = inDirectory()
    expect(record).toMatchObject({
      state: 'in_directory',
      attempt: 1,
      selfAssessmentReceivedOn: '2019-01-31',
      evaluatorAgencyId: 'agency-a',
      countyArchivedOn: '2019-03-12',
      cityReportedOn: '2019-04-15',
      enteredDirectoryOn: '2019-05-20',
    })
    const last = applyGreenEvent(
      inProvincePublicity(),
      { type: 'enter_directory' },
      ctx('province', '2019-05-20'),
    )
    expect(last.state).toBe('in_directory')
    expect(last.effects).toEqual([
      {
        kind: 'transition',
        event: 'enter_directory',
        from: 'province_publicity',
        to: 'in_directory',
        role: 'province',
        on: '2019-05-20',
      },
      { kind: 'entered_directory', on: '2019-05-20' },
    ])
  })

  it('R3: the machine as data covers every state, and only the public has nothing to do', () => {
    for (const type of GREEN_EVENT_TYPES) {
      for (const s of [...GREEN_EVENTS[type].from, ...GREEN_EVENTS[type].to])
        expect(GREEN_STATES).toContain(s)
    }
    expect(PIPELINE_STEPS[0]).toBe('building')
    expect(PIPELINE_STEPS.at(-1)).toBe('in_directory')
    expect(allowedEvents('building', 'enterprise')).toEqual(['submit_self_assessment'])
    expect(allowedEvents('in_directory', 'city')).toEqual(['spot_check'])
    expect(allowedEvents('rectifying', 'evaluator')).toEqual(['recheck'])
    for (const s of GREEN_STATES) expect(allowedEvents(s, 'public')).toEqual([])
  })
})

describe('R3 workflow: roles and transitions', () => {
  it('R3: the wrong role is refused with R3.wrong_role, even when the state would allow the event', () => {
    const fire = () =>
      applyGreenEvent(
        submitted(),
        { type: 'assign_evaluator', agencyId: 'agency-a' },
        ctx('enterprise', '2019-02-10'),
      )
    expect(fire).toThrow(expect.objectContaining({ code: 'R3.wrong_role', rule: 'R3', status: 403 }))
  })

  it('R3: an illegal transition is refused with R3.illegal_transition', () => {
    const fire = () => applyGreenEvent(start, { type: 'enter_directory' }, ctx('province', '2019-05-20'))
    expect(fire).toThrow(expect.objectContaining({ code: 'R3.illegal_transition', status: 409 }))
  })

  it('R3: the wrong role firing an event from the wrong state is reported as the wrong role', () => {
    const fire = () => applyGreenEvent(start, { type: 'enter_directory' }, ctx('enterprise', '2019-05-20'))
    expect(fire).toThrow(expect.objectContaining({ code: 'R3.wrong_role' }))
    try {
      fire()
    } catch (e) {
      expect((e as Error).message).toContain('province')
      expect((e as { messageZh: string }).messageZh).toContain('纳入全国绿色矿山名录库')
    }
  })
})
