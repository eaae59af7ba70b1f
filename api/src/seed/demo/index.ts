// The demo data generator: deterministic from a seed string and `today`, no database access; the
// clock is read only as the default of `today`.
import { isIsoDate, SeededRandom, todayInZhejiang, type IsoDate } from '@zgm/domain'
import { readAnnex } from '../reference'
import { addAreas, addCountyResubmissions } from './areas'
import { Builder } from './builder'
import { loadCounties } from './counties'
import { planSpotChecks } from './directory'
import { cutAtToday } from './cut'
import { writeEvents } from './events'
import { planInFlight } from './in-flight'
import { planLaterRemovals, planLaterYears } from './later'
import { addMines } from './mines'
import { planOperationIntents } from './operations'
import { addRegistryFacts } from './registry'
import { addAgencies, addBureaus, addUsers, placeDemoEvaluator } from './organizations'
import { planPipelines } from './pipeline'
import { planBatches, planOperations } from './plan'
import { writeAttempts } from './records'
import { addCountyTargets } from './targets'
import type { DemoData } from './types'

export const DEFAULT_SEED = 'zhejiang-2018'
/** The history needs the action's three years behind it. */
export const EARLIEST_TODAY: IsoDate = '2021-01-01'
/** Recorded as the generation time: fixed, so the same seed gives identical data. */
export const GENERATED_AT = '2026-11-28T00:00:00Z'

export interface GenerateOptions {
  /** The day the demo lives in: the history runs to the day before; default the date in Zhejiang now. */
  today?: IsoDate
}

/**
 * Generates the demo world: 618 mines as in the annex (526 producing + 92 under construction),
 * their licences, footprints, restoration and reclamation areas, organisations, demo accounts, and a
 * 2018–2020 history replayed through the domain state machine that meets the annex's targets; then
 * the years after the action up to `today` (new mines, renewals, closures, later batches, yearly spot
 * checks), cut at today so that work is open for every role.
 */
export function generateDemo(
  seed: string = DEFAULT_SEED,
  { today = todayInZhejiang() }: GenerateOptions = {},
): DemoData {
  if (!isIsoDate(today) || today < EARLIEST_TODAY)
    throw new Error(`the demo's today must be a date (YYYY-MM-DD) from ${EARLIEST_TODAY} on, got ${today}`)
  const b = new Builder(new SeededRandom(seed), today)
  const annex = readAnnex()
  const counties = loadCounties()
  for (const city of annex) b.cityNames.set(city.cityCode, city.cityName)
  addBureaus(b, annex, counties)
  addAgencies(b)
  addMines(b, annex, counties)
  planOperations(b)
  const cities = planBatches(b, annex)
  planLaterYears(b, annex, counties)
  planLaterRemovals(b, cities)
  const pipelines = planPipelines(b)
  planInFlight(b, pipelines)
  writeAttempts(b, pipelines)
  planSpotChecks(b, cities)
  planOperationIntents(b, pipelines)
  writeEvents(b)
  addRegistryFacts(b)
  cutAtToday(b)
  placeDemoEvaluator(b)
  addAreas(b)
  addCountyResubmissions(b)
  addCountyTargets(b, annex)
  addUsers(b)
  return { seed, today, generatedAt: GENERATED_AT, tables: b.tables }
}

export { formatByDate, formatSummary, provinceByDate, summarize, tableCounts } from './summary'
export type { DemoData, DemoTables } from './types'
