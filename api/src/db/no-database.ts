import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely'
import type { Db } from './database'

/** Refuses every query: for building the app where no database may be touched. */
class RefusingDriver extends DummyDriver {
  override async acquireConnection(): Promise<never> {
    throw new Error(
      'no database here: this app instance may only serve what needs none (e.g. /api/openapi.json)',
    )
  }
}

/**
 * A `Db` that throws on first use. The OpenAPI document is built from the route schemas alone,
 * so the type generator builds the real app on this and never needs PostGIS.
 */
export function noDatabase(): Db {
  return new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new RefusingDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  })
}
