import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { inject } from 'vitest'
import { createDb, type Db } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import type { Backend } from './global-setup'

export const backends: Backend[] = inject('backends')

export interface TestDb {
  db: Db
  schema: string
  backend: Backend
  drop(): Promise<void>
}

/** A freshly migrated schema of its own on the given backend; `drop()` removes it. */
export async function freshDb(backend: Backend): Promise<TestDb> {
  const schema = `t_${randomBytes(5).toString('hex')}`
  const admin = createDb(backend.url, { max: 1 })
  await sql`create schema ${sql.id(schema)}`.execute(admin)
  await admin.destroy()
  const db = createDb(backend.url, { schema, max: backend.name === 'embedded' ? 1 : 4 })
  await migrateToLatest(db, schema)
  return {
    db,
    schema,
    backend,
    async drop() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(db)
      await db.destroy()
    },
  }
}
