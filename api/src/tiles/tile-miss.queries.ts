// A tile the process does not hold, on the PostgreSQL server: its statement (openTileQuery: the
// generation, the shared cache and the render in one snapshot) as a named prepared statement,
// parsed and planned once per connection and statement shape (tile set, zoom band, access
// scope's form), as pgbench -M prepared does. Then at most the store (storeTile): two round
// trips instead of the four of a render transaction (begin + lock + cache read, render, store,
// commit) before 2026-12-01.
import { createHash } from 'node:crypto'
import type { RawBuilder } from 'kysely'
import { rawConnectionsOf, type Db } from '../db/database'

/**
 * Runs a compiled query as a named prepared statement on a pooled pg client of `db` (through
 * Kysely, unprepared, when `db` has no pool of its own). The name is a hash of the text, so a name
 * always means one text (pg refuses a name reused for another text) and the statements are as
 * many as the query's shapes, not its parameter values.
 */
export async function queryPrepared<R>(db: Db, query: RawBuilder<R>): Promise<R[]> {
  const connections = rawConnectionsOf(db)
  if (!connections) return (await query.execute(db)).rows
  const { sql: text, parameters } = query.compile(db)
  const name = `zgm_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`
  const client = await connections.connect()
  let failed: Error | undefined
  try {
    const { rows } = await client.query({ name, text, values: parameters as unknown[] })
    return rows as R[]
  } catch (err) {
    // A statement error leaves the connection usable, a broken connection does not; the pool
    // cannot tell them apart from here, so the client is dropped (tile statements do not fail).
    failed = err as Error
    throw err
  } finally {
    client.release(failed)
  }
}
