// The demo data generator: deterministic from a seed string, no database access, no clock.
import { SeededRandom } from '@zgm/domain'
import { readAnnex } from '../reference'
import { addAreas } from './areas'
import { Builder } from './builder'
import { loadCounties } from './counties'
import { planSpotChecks } from './directory'
import { writeEvents } from './events'
import { addMines } from './mines'
import { planOperationIntents } from './operations'
import { addRegistryFacts } from './registry'
import { addAgencies, addBureaus, addUsers } from './organizations'
import { planPipelines } from './pipeline'
import { planBatches, planOperations } from './plan'
import { planUnfinished } from './unfinished'
import { writeAttempts } from './records'
import { addCountyTargets } from './targets'
import type { DemoData } from './types'

export const DEFAULT_SEED = 'zhejiang-2018'
/** Recorded as the generation time: fixed, so the same seed gives identical data. */
export const GENERATED_AT = '2026-11-28T00:00:00Z'

/**
 * Generates the demo world: 618 mines as in the annex (526 producing + 92 under construction),
 * their licences, footprints, restoration and reclamation areas, organisations, demo accounts, and a
 * 2018–2020 history replayed through the domain state machine that meets the annex's targets.
 */
export function generateDemo(seed: string = DEFAULT_SEED): DemoData {
  const b = new Builder(new SeededRandom(seed))
  const annex = readAnnex()
  const counties = loadCounties()
  for (const city of annex) b.cityNames.set(city.cityCode, city.cityName)
  addBureaus(b, annex, counties)
  addAgencies(b)
  addMines(b, annex, counties)
  planOperations(b)
  const cities = planBatches(b, annex)
  const pipelines = planPipelines(b)
  planUnfinished(b, pipelines)
  writeAttempts(b, pipelines)
  planSpotChecks(b, cities)
  planOperationIntents(b, pipelines)
  writeEvents(b)
  addRegistryFacts(b)
  addAreas(b)
  addCountyTargets(b, annex)
  addUsers(b)
  return { seed, generatedAt: GENERATED_AT, tables: b.tables }
}

export { formatSummary, summarize, tableCounts } from './summary'
export type { DemoData, DemoTables } from './types'
