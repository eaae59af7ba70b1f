// The demo world on the PostgreSQL server backend, seeded once per run and date into a template
// database: each test file that opens it gets a copy (template-database.ts) instead of migrating,
// loading the boundaries, hashing the demo passwords and seeding again. The embedded PostGIS has
// one database, so its files copy a template schema instead (schema-template.ts). The seed is
// deterministic for a date, so a copy holds what a fresh seed would.
import { randomBytes } from 'node:crypto'
import { createDb } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { seedDemo } from '../seed/demo'
import { loadReferenceData } from '../seed/reference'
import type { Backend } from './global-setup'
import { copyOfTemplate, dropDatabaseNamed, dropDatabasesLike, withAdmin } from './template-database'
import type { TestDb } from './test-db'

/** The schema the demo lives in inside the template (and so in every copy). */
const SCHEMA = 't_demo'

const databaseOf = (url: string) => new URL(url).pathname.slice(1)

/** Fills a template as openDemoWorld fills a schema: migrations, reference data, the demo to `today`. */
async function seedDemoTemplate(url: string, today: string): Promise<void> {
  await withAdmin(url, (c) => c.query(`create extension if not exists postgis; create schema ${SCHEMA}`))
  const db = createDb(url, { schema: SCHEMA, max: 4 })
  try {
    await migrateToLatest(db, SCHEMA)
    await loadReferenceData(db)
    await seedDemo(db, { today })
  } finally {
    await db.destroy()
  }
}

/** A database of its own holding the demo world to `today`, on the run's server backend. */
export async function demoWorldCopy(backend: Backend, today: string): Promise<TestDb> {
  const runDb = databaseOf(backend.url)
  const template = `${runDb}_demo_${today.replaceAll('-', '')}`
  const name = `${runDb}_copy_${randomBytes(4).toString('hex')}`
  const url = await copyOfTemplate(backend.url, template, name, (u) => seedDemoTemplate(u, today))
  const db = createDb(url, { schema: SCHEMA, max: 4 })
  return {
    db,
    schema: SCHEMA,
    backend: { name: 'server', url },
    async drop() {
      await db.destroy()
      await dropDatabaseNamed(backend.url, name)
    },
  }
}

/** Drops the run's templates and any copy a crashed file left (the global teardown). */
export const dropDemoCopies = (serverUrl: string, runDb: string) =>
  dropDatabasesLike(serverUrl, [`${runDb}\\_demo\\_%`, `${runDb}\\_copy\\_%`])
