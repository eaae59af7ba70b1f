import { describe, expect, it } from 'vitest'
import { byUrgency, verificationClock } from './verification-clock'

const submitted = (on: string) => ({
  id: 1,
  type: 'submit_self_assessment',
  on,
  greenFrom: 'building' as const,
  greenTo: 'self_assessed' as const,
  opsFrom: null,
  opsTo: null,
  actorRole: 'enterprise',
  actorName: null,
  payload: { event: { recipients: ['county_land', 'county_environment'] } },
  recordedAt: `${on}T02:00:00.000Z`,
})

describe('the county’s one-month verification clock (R3.3)', () => {
  it('runs one calendar month from receipt and names both recipients', () => {
    const clock = verificationClock(
      { greenState: 'self_assessed', timeline: [submitted('2026-11-20')] },
      '2026-11-30',
    )
    expect(clock).toEqual({
      receivedOn: '2026-11-20',
      dueOn: '2026-12-20',
      daysLeft: 20,
      recipients: ['county_land', 'county_environment'],
    })
  })

  it('is overdue after the month and stops once the verification is filed', () => {
    expect(
      verificationClock(
        { greenState: 'evaluator_assigned', timeline: [submitted('2026-10-15')] },
        '2026-11-30',
      )?.daysLeft,
    ).toBe(-15)
    expect(
      verificationClock({ greenState: 'verified', timeline: [submitted('2026-10-15')] }, '2026-11-30'),
    ).toBeNull()
  })

  it('sorts the most overdue first and mines without a clock last', () => {
    const rows = [
      { id: 'a', clock: null },
      { id: 'b', clock: { receivedOn: '', dueOn: '', daysLeft: 3, recipients: [] } },
      { id: 'c', clock: { receivedOn: '', dueOn: '', daysLeft: -9, recipients: [] } },
    ]
    expect(byUrgency(rows).map((r) => r.id)).toEqual(['c', 'b', 'a'])
  })
})
