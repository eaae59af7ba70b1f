// Dates of each mine's path to the directory (R3, §4.1–4.3), planned backwards from the batch it
// enters in: city report in the window ← county publicity (7 working days) and archive ← on-site
// verification (within a month of receipt, a few late) ← evaluator assignment ← self-assessment.
// Some mines fail first and resubmit; a few objections are upheld; a few mines are still on the way.
import { addDays, type IsoDate, type SeededRandom } from '@zgm/domain'
import type { Builder, DemoMine } from './builder'
import { addWorkingDays, onOrBeforeWorkingDay, periodEnd, workingDayBetween } from './calendar'
import type { County } from './counties'
import { BATCHES, FIRST_SUBMISSION, PUBLICITY_WORKING_DAYS } from './schedule'

export type Outcome = 'pass' | 'fail_score' | 'fail_prerequisite' | 'fail_conclusion'

export interface CountyNotice {
  county: County
  start: IsoDate
  end: IsoDate
  /** Closed and archived (or objection decided); null while the period still runs at the end of 2020. */
  closeOn: IsoDate | null
  attempts: Attempt[]
}

export interface CityReport {
  cityCode: string
  batch: number
  submittedOn: IsoDate
  attempts: Attempt[]
}

export interface Objection {
  receivedOn: IsoDate
  decidedOn: IsoDate
  upheld: boolean
}

/** One self-assessment and everything that followed it. */
export interface Attempt {
  mine: DemoMine
  submittedOn: IsoDate
  receivedOn: IsoDate
  assignedOn: IsoDate | null
  verifiedOn: IsoDate | null
  outcome: Outcome | null
  countyNotice: CountyNotice | null
  countyObjection: Objection | null
  cityReport: CityReport | null
  provinceBatch: number | null
  /** An objection to the provincial list that was upheld: the mine goes back to verification_failed. */
  provinceObjection: Objection | null
}

export interface PipelinePlan {
  attempts: Attempt[]
  notices: CountyNotice[]
  reports: CityReport[]
}

interface Chain {
  submittedOn: IsoDate
  receivedOn: IsoDate
  assignedOn: IsoDate
}

/** Receipt, assignment and submission ending in a verification on `verifiedOn`. */
export function chainTo(rng: SeededRandom, verifiedOn: IsoDate, late: boolean): Chain {
  const receivedOn = onOrBeforeWorkingDay(addDays(verifiedOn, -(late ? rng.int(34, 52) : rng.int(9, 25))))
  const submittedOn = rng.chance(0.6) ? receivedOn : onOrBeforeWorkingDay(addDays(receivedOn, -rng.int(1, 3)))
  let assignedOn = addWorkingDays(receivedOn, rng.int(1, 5))
  if (assignedOn >= verifiedOn) assignedOn = addWorkingDays(receivedOn, 1)
  return { submittedOn, receivedOn, assignedOn }
}

export function attempt(
  mine: DemoMine,
  fields: Partial<Attempt> & { receivedOn: IsoDate; submittedOn: IsoDate },
): Attempt {
  return {
    mine,
    assignedOn: null,
    verifiedOn: null,
    outcome: null,
    countyNotice: null,
    countyObjection: null,
    cityReport: null,
    provinceBatch: null,
    provinceObjection: null,
    ...fields,
  }
}

export const FAILURES: readonly [Outcome, number][] = [
  ['fail_score', 0.7],
  ['fail_prerequisite', 0.15],
  ['fail_conclusion', 0.15],
]

export function planPipelines(b: Builder): PipelinePlan {
  const rng = b.rng.fork('pipeline')
  const plan: PipelinePlan = { attempts: [], notices: [], reports: [] }
  const reports = new Map<string, CityReport>()

  const reportFor = (cityCode: string, index: number): CityReport => {
    const key = `${cityCode}/${index}`
    let report = reports.get(key)
    if (!report) {
      const batch = BATCHES[index]!
      report = {
        cityCode,
        batch: index,
        submittedOn: workingDayBetween(rng, addDays(batch.windowStart, 8), addDays(batch.windowEnd, -3)),
        attempts: [],
      }
      reports.set(key, report)
      plan.reports.push(report)
    }
    return report
  }

  /** A county notice that closes before the city reports on `reportOn`. */
  const noticeBefore = (county: County, reportOn: IsoDate, notBefore: IsoDate): CountyNotice => {
    let start = workingDayBetween(rng, addDays(reportOn, -55), addDays(reportOn, -16))
    if (start < notBefore) start = workingDayBetween(rng, notBefore, addDays(reportOn, -16))
    for (;;) {
      const end = periodEnd(start, PUBLICITY_WORKING_DAYS)
      const closeOn = addWorkingDays(end, rng.int(1, 3))
      if (closeOn < reportOn) {
        const notice = { county, start, end, closeOn, attempts: [] }
        plan.notices.push(notice)
        return notice
      }
      start = onOrBeforeWorkingDay(addDays(start, -7))
    }
  }

  const add = (a: Attempt) => {
    plan.attempts.push(a)
    a.countyNotice?.attempts.push(a)
    a.cityReport?.attempts.push(a)
    return a
  }

  /** A verification that passes, published in `notice`. */
  const passedIn = (mine: DemoMine, notice: CountyNotice): Attempt | null => {
    // A new mine self-assesses after formal production starts.
    const notBefore =
      mine.productionStart && mine.productionStart >= FIRST_SUBMISSION
        ? addDays(mine.productionStart, 1)
        : FIRST_SUBMISSION
    let verifiedOn = workingDayBetween(rng, addDays(notice.start, -20), addDays(notice.start, -2))
    let chain = chainTo(rng, verifiedOn, rng.chance(0.07))
    if (chain.receivedOn < notBefore) {
      verifiedOn = onOrBeforeWorkingDay(addDays(notice.start, -2))
      chain = chainTo(rng, verifiedOn, false)
    }
    if (chain.receivedOn < notBefore) return null
    return attempt(mine, { ...chain, verifiedOn, outcome: 'pass', countyNotice: notice })
  }

  /** An earlier attempt that failed verification, before `before`. */
  const failedBefore = (mine: DemoMine, before: IsoDate): void => {
    const verifiedOn = onOrBeforeWorkingDay(addDays(before, -rng.int(45, 210)))
    const chain = chainTo(rng, verifiedOn, rng.chance(0.07))
    if (chain.receivedOn < FIRST_SUBMISSION) return
    const outcome = rng.weighted(FAILURES, ([, w]) => w)[0]
    add(attempt(mine, { ...chain, verifiedOn, outcome }))
    if (rng.chance(0.12)) failedBefore(mine, chain.submittedOn)
  }

  /** An earlier attempt that passed but drew an upheld objection during the county publicity. */
  const objectedBefore = (mine: DemoMine, before: IsoDate): boolean => {
    const start = onOrBeforeWorkingDay(addDays(before, -rng.int(70, 170)))
    const end = periodEnd(start, PUBLICITY_WORKING_DAYS)
    const closeOn = addWorkingDays(end, rng.int(1, 3))
    if (closeOn >= addDays(before, -20)) return false
    const notice: CountyNotice = { county: mine.county, start, end, closeOn, attempts: [] }
    const a = passedIn(mine, notice)
    if (!a) return false
    plan.notices.push(notice)
    a.countyObjection = {
      receivedOn: workingDayBetween(rng, addDays(start, 1), end),
      decidedOn: closeOn,
      upheld: true,
    }
    add(a)
    return true
  }

  for (const [index, batch] of BATCHES.entries()) {
    const entering = b.mines.filter((m) => m.batch === index)
    for (const cityCode of [...new Set(entering.map((m) => m.cityCode))]) {
      const report = reportFor(cityCode, index)
      const inCity = entering.filter((m) => m.cityCode === cityCode)
      for (const countyCode of [...new Set(inCity.map((m) => m.row.county_code))]) {
        const group = rng.shuffle(inCity.filter((m) => m.row.county_code === countyCode))
        for (let i = 0; i < group.length;) {
          const chunk = group.slice(i, (i += rng.int(3, 7)))
          const notice = noticeBefore(
            chunk[0]!.county,
            report.submittedOn,
            index === 0 ? '2018-03-12' : batch.windowStart.slice(0, 4) + '-01-02',
          )
          for (const mine of chunk) {
            const a = passedIn(mine, notice)
            if (!a) throw new Error(`no room before ${notice.start} for ${mine.row.name}`)
            a.cityReport = report
            a.provinceBatch = index
            if (rng.chance(0.025)) {
              a.countyObjection = {
                receivedOn: workingDayBetween(rng, addDays(notice.start, 1), notice.end),
                decidedOn: notice.closeOn!,
                upheld: false,
              }
            }
            add(a)
            if (index >= 1 && !mine.isNew) {
              if (rng.chance(0.13)) failedBefore(mine, a.submittedOn)
              else if (rng.chance(0.014)) objectedBefore(mine, a.submittedOn)
            }
          }
        }
      }
    }
  }
  planProvinceObjection(b, rng, plan, reportFor, noticeBefore, passedIn, add)
  return plan
}

/** One mine whose first listing drew an upheld objection at the province; it entered a year later. */
function planProvinceObjection(
  b: Builder,
  rng: SeededRandom,
  plan: PipelinePlan,
  reportFor: (city: string, index: number) => CityReport,
  noticeBefore: (county: County, reportOn: IsoDate, notBefore: IsoDate) => CountyNotice,
  passedIn: (mine: DemoMine, notice: CountyNotice) => Attempt | null,
  add: (a: Attempt) => Attempt,
): void {
  const tried = new Set(
    plan.attempts.filter((a) => a.outcome !== 'pass' || a.countyObjection?.upheld).map((a) => a.mine),
  )
  const pick = rng
    .shuffle(
      b.mines.filter(
        (m) =>
          !m.isNew &&
          m.batch !== null &&
          m.batch >= 2 &&
          !tried.has(m) &&
          m.enterprise.id !== b.demoEnterpriseId,
      ),
    )
    .at(0)
  if (!pick) return
  const index = pick.batch! - 2
  const report = reportFor(pick.cityCode, index)
  const notice = noticeBefore(
    pick.county,
    report.submittedOn,
    index === 0 ? '2018-03-12' : `${BATCHES[index]!.windowStart.slice(0, 4)}-01-02`,
  )
  const a = passedIn(pick, notice)
  if (!a) return
  const batch = BATCHES[index]!
  a.cityReport = report
  a.provinceBatch = index
  a.provinceObjection = {
    receivedOn: workingDayBetween(rng, addDays(batch.provinceStart, 1), batch.provinceEnd),
    decidedOn: addWorkingDays(batch.provinceEnd, rng.int(2, 6)),
    upheld: true,
  }
  add(a)
}
