import type { Config } from './config'
import type { Db } from './db/database'

/** What every feature's routes are built from: the frozen config and the database. */
export interface AppDeps {
  config: Readonly<Config>
  db: Db
  backend: 'embedded' | 'server'
  databaseUrl: string
  demo: boolean
}
