/**
 * Measures how long seeding the demo takes, on a fresh database (no test runner):
 *
 *   npx tsx scripts/measure-seed.ts                       # embedded PostGIS in a temporary directory
 *   DATABASE_URL=postgres://… npx tsx scripts/measure-seed.ts   # a scratch database on that server
 *
 * Prints the generation and insertion times and the row counts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readConfig } from '../api/src/config'
import { seedDemo } from '../api/src/seed/demo'
import { openDatabase } from '../api/src/server'
import { createScratchDatabase } from '../api/src/testing/scratch-database'

const serverUrl = process.env.DATABASE_URL
const scratch = serverUrl ? await createScratchDatabase(serverUrl, 'zgm_seed_time') : null
const dataDir = mkdtempSync(join(tmpdir(), 'zgm-seed-time-'))
const config = readConfig(scratch ? { DATABASE_URL: scratch.url } : { DATA_DIR: dataDir })
const database = await openDatabase(config, () => {})
try {
  const result = await seedDemo(database.db, { log: console.log })
  console.log(
    `${database.backend}: generated in ${Math.round(result.generateMs)} ms, inserted in ${Math.round(result.insertMs)} ms`,
  )
} finally {
  await database.close()
  await scratch?.drop()
  rmSync(dataDir, { recursive: true, force: true })
}
