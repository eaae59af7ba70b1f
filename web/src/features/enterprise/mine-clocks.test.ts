import { describe, expect, it } from 'vitest'
import type { MineDetail } from '../../api/schemas'
import { mineClocks } from './mine-clocks'

type Event = MineDetail['timeline'][number]
const event = (id: number, type: string, on: string, payload: Event['payload'] = {}): Event => ({
  id,
  type,
  on,
  greenFrom: null,
  greenTo: null,
  opsFrom: null,
  opsTo: null,
  actorRole: 'county',
  actorName: null,
  payload,
  recordedAt: `${on}T02:00:00.000Z`,
})

describe('an enterprise mine’s clocks (R4, R6)', () => {
  it('counts six months to build and a year to the stop order from formal production', () => {
    const mine = {
      greenState: 'building' as const,
      opsStatus: 'producing' as const,
      timeline: [event(1, 'start_production', '2026-06-30')],
    }
    const clocks = mineClocks(mine, '2026-11-30')
    expect(clocks.map((c) => [c.kind, c.dueOn, c.daysLeft, c.done])).toEqual([
      ['construction', '2026-12-30', 30, false],
      ['suspension', '2027-06-30', 212, false],
    ])
  })

  it('shows a missed construction date as overdue (negative days) and a met one as done', () => {
    const late = {
      greenState: 'building' as const,
      opsStatus: 'producing' as const,
      timeline: [event(1, 'start_production', '2026-01-15')],
    }
    expect(mineClocks(late, '2026-07-20')[0]).toMatchObject({
      kind: 'construction',
      daysLeft: -5,
      done: false,
    })
    const met = {
      greenState: 'self_assessed' as const,
      opsStatus: 'producing' as const,
      timeline: [
        event(1, 'start_production', '2026-01-15'),
        event(2, 'submit_self_assessment', '2026-06-01'),
      ],
    }
    expect(mineClocks(met, '2026-07-20').find((c) => c.kind === 'construction')).toMatchObject({ done: true })
  })

  it('has no R4 clock for a mine that never recorded formal production', () => {
    expect(
      mineClocks(
        {
          greenState: 'in_directory',
          opsStatus: 'producing',
          timeline: [event(1, 'enter_directory', '2019-05-01')],
        },
        '2026-11-30',
      ),
    ).toEqual([])
  })

  it('shows the rectification deadline of a rectifying mine, from the event that set it', () => {
    const mine = {
      greenState: 'rectifying' as const,
      opsStatus: 'producing' as const,
      timeline: [
        event(1, 'spot_check', '2026-10-01', { event: { result: 'declined', deadline: '2026-12-01' } }),
      ],
    }
    expect(mineClocks(mine, '2026-11-30')).toEqual([
      { kind: 'rectification', rule: 'R6', dueOn: '2026-12-01', daysLeft: 1, done: false },
    ])
  })
})
