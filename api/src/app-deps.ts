import type { Config } from './config'
import type { Db } from './db/database'
import type { Replica } from './db/replica'
import type { SessionMemo } from './auth/session-memo'
import type { StatsMemo } from './stats/stats-memo'
import type { TileMemo } from './tiles/tile-memo'

/** What every feature's routes are built from: the frozen config and the database. */
export interface AppDeps {
  config: Readonly<Config>
  db: Db
  backend: 'embedded' | 'server'
  databaseUrl: string
  demo: boolean
  /** The read replica (DATABASE_READ_URL) read-only routes may use (db/read-routing.ts); absent = none. */
  replica?: Replica
  /** The in-process tile LRU, kept coherent by LISTEN/NOTIFY (tiles/tile-memo.ts); absent = none. */
  tileMemo?: TileMemo
  /** Statistics answers kept in this process, dropped through the tile LRU's LISTEN connection (stats/stats-memo.ts); absent = none. */
  statsMemo?: StatsMemo
  /** Sessions kept in this process for reads, dropped through the tile LRU's LISTEN connection (auth/session-memo.ts); absent = none. */
  sessionMemo?: SessionMemo
}
