// Mines on their way to the directory today: each enterable mine not yet listed is somewhere on the
// path (not started, self-assessed with the one-month verification clock running or run out, evaluator
// assigned, verified, failed, in county publicity inside its objection window, archived and waiting
// for the next reporting window), so that every role finds open work when signing in today.
import { addDays, addMonths, daysBetween, type IsoDate } from '@zgm/domain'
import type { Builder, DemoMine } from './builder'
import { addWorkingDays, maxDate, onOrBeforeWorkingDay, periodEnd, workingDayBetween } from './calendar'
import { attempt, chainTo, FAILURES, type Attempt, type CountyNotice, type PipelinePlan } from './pipeline'
import { FIRST_SUBMISSION, PUBLICITY_WORKING_DAYS } from './schedule'

type Stage =
  | 'building'
  | 'self_assessed'
  | 'evaluator_assigned'
  | 'verified'
  | 'verification_failed'
  | 'county_publicity'
  | 'county_archived'

const STAGES: readonly [Stage, number][] = [
  ['building', 0.08],
  ['self_assessed', 0.2],
  ['evaluator_assigned', 0.32],
  ['verified', 0.07],
  ['verification_failed', 0.12],
  ['county_publicity', 0.11],
  ['county_archived', 0.1],
]

/** Mines not in the directory today (or at the end of the history) that are on their way. */
export function planInFlight(b: Builder, plan: PipelinePlan): void {
  const rng = b.rng.fork('in-flight')
  const today = b.today
  const waiting = b.mines.filter(
    (m) =>
      m.batch === null && !m.exemptBound && !m.closeOn && !m.demoOpenWork && (!m.isNew || m.productionStart),
  )
  // The first mines take one stage each (latest first), so that every stage is there today; the rest draw.
  const unseen = STAGES.map(([s]) => s).reverse()
  for (const mine of waiting) {
    const drawn = rng.weighted(STAGES, ([, w]) => w)[0]
    // A mine that started producing recently has had time for the first steps only.
    const room = daysBetween(notBefore(mine), today)
    const first = unseen.find((s) => ROOM[s] <= room)
    if (first && !mine.inFlightStage) unseen.splice(unseen.indexOf(first), 1)
    const stage = mine.inFlightStage ?? first ?? fitting(drawn, room)
    const between = (from: number, to: number) => {
      const start = Math.max(Math.min(from, room - (from - to)), to)
      return workingDayBetween(rng, addDays(today, -start), addDays(today, -to))
    }
    let a: Attempt | null = null
    if (stage === 'self_assessed' || stage === 'evaluator_assigned') {
      // About a third were received more than a month ago: their verification is overdue (R3.3).
      const receivedOn = mine.inFlightStage
        ? between(12, 3)
        : stage === 'self_assessed'
          ? between(45, 2)
          : between(50, 8)
      const assignedOn =
        stage === 'evaluator_assigned' ? lastBefore(addWorkingDays(receivedOn, rng.int(1, 5)), today) : null
      a = attempt(mine, { receivedOn, submittedOn: receivedOn, assignedOn })
    } else if (stage === 'verified' || stage === 'verification_failed') {
      const verifiedOn = stage === 'verified' ? between(12, 2) : between(120, 10)
      a = attempt(mine, {
        ...chainTo(rng, verifiedOn, false),
        verifiedOn,
        outcome: stage === 'verified' ? 'pass' : rng.weighted(FAILURES, ([, w]) => w)[0],
      })
    } else if (stage === 'county_archived' || stage === 'county_publicity') {
      // An open notice started within the last five working days: its 7-working-day window runs today.
      const start =
        stage === 'county_archived'
          ? between(75, 25)
          : addWorkingDays(onOrBeforeWorkingDay(addDays(today, -1)), -rng.int(0, 4))
      const end = periodEnd(start, PUBLICITY_WORKING_DAYS)
      const closeOn = stage === 'county_archived' ? addWorkingDays(end, rng.int(1, 3)) : null
      const notice: CountyNotice = { county: mine.county, start, end, closeOn, attempts: [] }
      const verifiedOn = workingDayBetween(rng, addDays(start, -20), addDays(start, -2))
      a = attempt(mine, {
        ...chainTo(rng, verifiedOn, false),
        verifiedOn,
        outcome: 'pass',
        countyNotice: notice,
      })
    }
    if (!a || a.receivedOn < notBefore(mine)) continue
    plan.attempts.push(a)
    if (a.countyNotice) {
      a.countyNotice.attempts.push(a)
      plan.notices.push(a.countyNotice)
    }
  }
}

/** Days of work each stage needs behind it (self-assessment to today). */
const ROOM: Readonly<Record<Stage, number>> = {
  building: 0,
  self_assessed: 8,
  evaluator_assigned: 14,
  verified: 45,
  verification_failed: 45,
  county_publicity: 45,
  county_archived: 75,
}

/** The drawn stage, or the latest one there has been room for since the mine could self-assess. */
function fitting(stage: Stage, room: number): Stage {
  if (room >= ROOM[stage]) return stage
  return (
    STAGES.map(([s]) => s)
      .filter((s) => ROOM[s] <= room && ROOM[s] <= ROOM[stage])
      .at(-1) ?? 'building'
  )
}

/** A new mine self-assesses a month after formal production at the earliest; no attempt overlaps an earlier one. */
function notBefore(mine: DemoMine): IsoDate {
  const base = mine.productionStart ? addMonths(mine.productionStart, 1) : FIRST_SUBMISSION
  return maxDate(base, mine.enteredOn ?? FIRST_SUBMISSION)
}

function lastBefore(date: IsoDate, today: IsoDate): IsoDate {
  return date < today ? date : onOrBeforeWorkingDay(addDays(today, -1))
}
