// Mines that are not in the directory at the end of 2020 although they could be: each is somewhere
// on its way (not started, self-assessed, assigned, failed, in or after county publicity).
import { addDays } from '@zgm/domain'
import type { Builder } from './builder'
import { addWorkingDays, periodEnd, workingDayBetween } from './calendar'
import { attempt, chainTo, FAILURES, type Attempt, type CountyNotice, type PipelinePlan } from './pipeline'
import { FIRST_SUBMISSION, PUBLICITY_WORKING_DAYS } from './schedule'

type Stage =
  | 'building'
  | 'self_assessed'
  | 'evaluator_assigned'
  | 'verification_failed'
  | 'county_archived'
  | 'county_publicity'

const STAGES: readonly [Stage, number][] = [
  ['building', 0.2],
  ['self_assessed', 0.15],
  ['evaluator_assigned', 0.15],
  ['verification_failed', 0.2],
  ['county_archived', 0.2],
  ['county_publicity', 0.1],
]

/** Mines not in the directory by the end of 2020 that are on their way. */
export function planUnfinished(b: Builder, plan: PipelinePlan): void {
  const rng = b.rng.fork('unfinished')
  const waiting = b.mines.filter(
    (m) => m.batch === null && !m.exemptBound && !m.closeOn && (!m.isNew || m.productionStart),
  )
  for (const mine of waiting) {
    const stage = rng.weighted(STAGES, ([, w]) => w)[0]
    const notBefore = mine.productionStart ? addDays(mine.productionStart, 30) : FIRST_SUBMISSION
    let a: Attempt | null = null
    if (stage === 'self_assessed' || stage === 'evaluator_assigned') {
      const receivedOn =
        stage === 'self_assessed'
          ? workingDayBetween(rng, '2020-12-14', '2020-12-30')
          : workingDayBetween(rng, '2020-11-23', '2020-12-16')
      const assignedOn = stage === 'evaluator_assigned' ? addWorkingDays(receivedOn, rng.int(1, 5)) : null
      a = attempt(mine, { receivedOn, submittedOn: receivedOn, assignedOn })
    } else if (stage === 'verification_failed') {
      const verifiedOn = workingDayBetween(rng, '2020-10-19', '2020-12-18')
      a = attempt(mine, {
        ...chainTo(rng, verifiedOn, false),
        verifiedOn,
        outcome: rng.weighted(FAILURES, ([, w]) => w)[0],
      })
    } else if (stage === 'county_archived' || stage === 'county_publicity') {
      const start =
        stage === 'county_archived'
          ? workingDayBetween(rng, '2020-11-02', '2020-12-04')
          : workingDayBetween(rng, '2020-12-21', '2020-12-30')
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
    if (!a || a.receivedOn < notBefore) continue
    plan.attempts.push(a)
    if (a.countyNotice) {
      a.countyNotice.attempts.push(a)
      plan.notices.push(a.countyNotice)
    }
  }
}
