import pg from 'pg'
import { Kysely, PostgresDialect, type Transaction } from 'kysely'
import type { DB } from './schema'

// Dates stay calendar strings (YYYY-MM-DD); bigint ids and numerics become numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v)
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v))

export type Db = Kysely<DB>

/** What a query function runs on: the database, or the transaction of the write it belongs to. */
export type Conn = Db | Transaction<DB>

export interface DbOptions {
  /** Use this schema first on the search path (tests give each file its own). */
  schema?: string
  /**
   * Pool size. The embedded PostGIS must use 1: pglite-socket feeds every connection into one
   * PostgreSQL session, and interleaved extended-protocol messages from two connections clobber
   * each other's unnamed statements and portals. PGlite is single-threaded, so nothing is lost.
   */
  max?: number
  /**
   * Close a connection after this many idle milliseconds (pg's default: 10 s). The server keeps
   * them longer: a new connection costs its first PostGIS query about 13 ms more (the library and
   * catalogue caches load per backend), which a request after a quiet spell would pay.
   */
  idleMs?: number
}

/** How long a request waits for a connection before it is told 503 (server down or unreachable). */
const CONNECT_TIMEOUT_MS = 5_000

export function createDb(url: string, { schema, max = 8, idleMs = 10_000 }: DbOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    idleTimeoutMillis: idleMs,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A silent network cut is noticed by TCP keepalive instead of hanging a connection for hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  })
  // A connection that dies while idle must not take the process with it; the pool replaces it.
  pool.on('error', (err) => console.error('database connection error (idle):', err.message))
  // The pool's listener covers idle clients only: a client checked out for a query or transaction
  // when the server stops (57P01) emits 'error' itself, and with no listener Node exits. The query
  // in flight rejects on its own (→ 503); the broken client is dropped by the pool on release.
  pool.on('connect', (client) => {
    client.on('error', (err) => console.error('database connection error (in use):', err.message))
    // Queued before the query the connection was opened for. No JIT: the API's statements run in
    // milliseconds, and a dense tile's estimated cost passed jit_above_cost, so that compiling took
    // 27 ms of a 519 ms national public-mines z5 tile, on every render.
    client.query('set jit = off').catch((err: Error) => console.error('set jit = off:', err.message))
  })
  const connections = schema ? withSearchPath(pool, schema) : pool
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: connections }) })
  rawConnections.set(db, connections)
  return db
}

/** Checks out a pg client of a Db's pool (search path set); give it back with `release`. */
export interface RawConnections {
  connect(): Promise<pg.PoolClient>
}

const rawConnections = new WeakMap<Db, RawConnections>()

/**
 * The pg pool behind a Db made by createDb, for the few paths that need what Kysely does not
 * offer (named prepared statements, several statements in one round trip: tiles). Undefined for
 * any other Db (a transaction, a Kysely of another origin).
 */
export const rawConnectionsOf = (db: Db): RawConnections | undefined => rawConnections.get(db)

/** Which backend answers, and its PostGIS version. */
export async function describeDatabase(db: Db, url: string) {
  const { rows } = await (
    await import('kysely')
  ).sql<{ postgis: string; server: string }>`
    select postgis_lib_version() as postgis, current_setting('server_version') as server`.execute(db)
  return { ...rows[0], url: url.replace(/\/\/[^@]*@/, '//') }
}

/**
 * Sets the search path on every checkout, not once per connection: the embedded PostGIS
 * multiplexes all socket connections onto one session, so a per-connection setting would leak.
 */
function withSearchPath(pool: pg.Pool, schema: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`)
  return {
    async connect() {
      const client = await pool.connect()
      try {
        await client.query(`set search_path to ${schema}, public`)
      } catch (err) {
        // Give the (probably broken) client back as broken, or the pool slot leaks for good.
        client.release(err as Error)
        throw err
      }
      return client
    },
    end: () => pool.end(),
    options: pool.options,
  }
}

/** A LIKE/ILIKE pattern matching `text` anywhere, with its own %, _ and backslash taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
