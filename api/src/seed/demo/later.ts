// After the three-year action (2021 → today) the directory is routine work: new mining rights are
// granted, built and brought into the directory through the same April/October batches (§4.1: a new
// mine is a green mine within its construction period); licences are renewed or left to lapse and
// the mine closes; mines still outside at the end of 2020 enter over the next batches.
import { addDays, addMonths, addYears, type AnnexRow, type IsoDate, type SeededRandom } from '@zgm/domain'
import { DEMO_COUNTY, DEMO_COUNTY_STAGES, type Builder, type DemoMine } from './builder'
import { maxDate, onOrAfterWorkingDay, onOrBeforeWorkingDay, workingDayBetween } from './calendar'
import type { County } from './counties'
import { addMine } from './mines'
import { batchFrom, type CityPlan } from './plan'
import { ACTION_END, BATCHES, laterYears } from './schedule'

const FIRST_LATER_WORKING_DAY = '2021-01-04'
/** New mining rights granted per year province-wide (mostly construction stone, as before). */
const NEW_MINES_PER_YEAR: readonly [number, number] = [15, 21]
/** Share of licences running out after 2020 that are not renewed: the mine closes. */
const LAPSE_SHARE = 0.17

const CLOSE_REASON = '采矿权期满未延续，矿山关闭，采矿许可证依法注销'

export function planLaterYears(b: Builder, annex: readonly AnnexRow[], counties: readonly County[]): void {
  const rng = b.rng.fork('later')
  const existing = [...b.mines]
  addLaterMines(b, rng, annex, counties)
  addDemoEnterpriseMine(b, rng, counties)
  addDemoCountyMines(b, rng, counties)
  for (const m of existing) renewOrLapse(b, rng, m)
  for (const m of b.mines) planLaterBatch(b, rng, m)
}

/** New mining rights, spread over the counties that already have mines (weighted by their count). */
function addLaterMines(
  b: Builder,
  rng: SeededRandom,
  annex: readonly AnnexRow[],
  counties: readonly County[],
): void {
  const weights = new Map<string, number>()
  for (const m of b.mines) weights.set(m.county.code, (weights.get(m.county.code) ?? 0) + 1)
  const pool = counties.filter((c) => weights.has(c.code))
  // A mine licensed less than two months ago has nothing recorded yet beyond its licence.
  const lastGrant = addMonths(b.today, -2)
  for (const year of laterYears(b.today)) {
    for (let n = rng.int(...NEW_MINES_PER_YEAR); n > 0; n--) {
      const on = workingDayBetween(rng, `${year}-01-05`, `${year}-12-25`)
      if (on > lastGrant) continue
      const county = rng.weighted(pool, (c) => weights.get(c.code)!)
      const m = addMine(b, rng, {
        county,
        cityName: annex.find((c) => c.cityCode === county.cityCode)!.cityName,
        isNew: true,
        previous: undefined,
        demoPair: false,
        laggardCity: false,
        licensedOn: on,
      })
      startProduction(b, rng, m, workingDayBetween(rng, addMonths(on, 6), addMonths(on, 16)))
    }
  }
}

/** Formal production on `on` (if it is in the past); some builds are slow and miss the R4 clocks. */
function startProduction(b: Builder, rng: SeededRandom, m: DemoMine, on: IsoDate): void {
  if (on >= b.today) return
  m.productionStart = on
  m.slow = rng.chance(0.2)
}

/**
 * The demo enterprise's third mine (长兴): a right granted a year and a half ago, producing for
 * about five months, not yet self-assessed: the six-month construction clock (R4) runs out soon.
 */
function addDemoEnterpriseMine(b: Builder, rng: SeededRandom, counties: readonly County[]): void {
  const county = counties.find((c) => c.code === DEMO_COUNTY)!
  const enterprise = b.enterprises.get(b.demoEnterpriseId)!.org
  const licensedOn = onOrBeforeWorkingDay(addMonths(b.today, -18))
  if (licensedOn <= ACTION_END) return
  const m = addMine(b, rng, {
    county,
    cityName: '湖州市',
    isNew: true,
    previous: undefined,
    demoPair: false,
    laggardCity: false,
    licensedOn,
    enterprise,
  })
  m.productionStart = onOrBeforeWorkingDay(addDays(b.today, -160))
  m.demoOpenWork = true
}

/** After the action, a mine fails its re-check and is removed in most years, in a random city. */
export function planLaterRemovals(b: Builder, cities: readonly CityPlan[]): void {
  const rng = b.rng.fork('later-removals')
  for (const year of laterYears(b.today)) {
    if (rng.chance(0.6)) rng.pick(cities).removals[year] = 1
  }
}

/**
 * Three new 长兴 mines whose files are with the demo county and city today: one self-assessment just
 * received (the county picks the evaluator), one in county publicity (its objection window open), one
 * archived and waiting for the city's next reporting window (in-flight.ts gives them these stages).
 */
function addDemoCountyMines(b: Builder, rng: SeededRandom, counties: readonly County[]): void {
  const county = counties.find((c) => c.code === DEMO_COUNTY)!
  for (const stage of DEMO_COUNTY_STAGES) {
    const licensedOn = onOrBeforeWorkingDay(addMonths(b.today, -rng.int(24, 34)))
    if (licensedOn <= ACTION_END) continue
    const m = addMine(b, rng, {
      county,
      cityName: '湖州市',
      isNew: true,
      previous: undefined,
      demoPair: false,
      laggardCity: false,
      licensedOn,
    })
    m.productionStart = onOrBeforeWorkingDay(addMonths(b.today, -rng.int(7, 10)))
    m.inFlightStage = stage
  }
}

/** Renews a licence before each expiry up to today, or lets it lapse once and closes the mine. */
function renewOrLapse(b: Builder, rng: SeededRandom, m: DemoMine): void {
  if (m.exemptBound || m.closeOn) return
  const protectedMine = m.enterprise.id === b.demoEnterpriseId
  for (;;) {
    const expiry = m.licence.valid_to
    // Renewals are applied for well ahead of expiry, a year ahead for a quarry that would otherwise leave the scope (§2).
    const lead = m.row.mining_method === 'open_pit' && !m.row.has_sand_equipment ? 400 : 75
    const on = maxDate(
      FIRST_LATER_WORKING_DAY,
      onOrBeforeWorkingDay(addDays(expiry, -rng.int(lead - 60, lead))),
    )
    if (on >= b.today) return
    if (expiry > ACTION_END && !protectedMine && rng.chance(LAPSE_SHARE)) {
      const closeOn = onOrAfterWorkingDay(addDays(expiry, 1))
      if (closeOn < b.today) {
        m.closeOn = closeOn
        m.closeReason = CLOSE_REASON
      }
      return
    }
    const validFrom = addDays(expiry, 1)
    const validTo = addDays(addYears(validFrom, rng.pick([3, 5, 5, 10])), -1)
    m.renewals.push({
      on,
      previousValidFrom: m.licence.valid_from,
      previousValidTo: expiry,
      validFrom,
      validTo,
    })
    m.licence.valid_from = validFrom
    m.licence.valid_to = validTo
    m.licence.status_on = on
  }
}

/**
 * The batch a mine not in the directory by the end of 2020 enters in, if its city reports it
 * before today; otherwise it is still on its way today (in-flight.ts). After the action there is
 * less hurry: up to a year and a half between being ready and the batch.
 */
function planLaterBatch(b: Builder, rng: SeededRandom, m: DemoMine): void {
  if (m.batch !== null || m.exemptBound || (m.closeOn && m.closeOn <= ACTION_END)) return
  if (m.isNew && !m.productionStart) return
  const ready = m.productionStart && m.productionStart > ACTION_END ? m.productionStart : ACTION_END
  const index = batchFrom(addDays(ready, rng.int(45, 150)), rng.int(0, 1) + (m.slow ? 2 : 0))
  if (index === null || m.demoOpenWork || m.inFlightStage) return
  const batch = BATCHES[index]!
  if (batch.windowStart >= b.today || (m.closeOn && m.closeOn <= batch.entryOn)) return
  m.batch = index
  m.enteredOn = batch.entryOn
}
