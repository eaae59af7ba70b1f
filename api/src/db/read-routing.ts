// Read-your-writes across a primary and its replica, with no state in the process: after a write
// the client carries the primary's WAL position in a short-lived cookie; its reads go to the
// primary until the replica has replayed past it.
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { sql } from 'kysely'
import type { AppDeps } from '../app-deps'
import { isHttps } from '../auth/client-ip'
import type { Db } from './database'
import { isLsn } from './replica'
import { READ_METHODS } from '../http/read-methods'

export const WAL_COOKIE = 'zgm_wal'

/**
 * How long a client's write position is remembered. A replica further behind than this serves
 * the writer its own write late (health shows the lag; docs/scaling.md).
 */
const WAL_COOKIE_SECONDS = 120

/** The database for a read-only request: the replica when it may answer this client, else the primary. */
export async function readDb(deps: Pick<AppDeps, 'db' | 'replica'>, c: Context): Promise<Db> {
  const { replica } = deps
  if (!replica) return deps.db
  const wal = getCookie(c, WAL_COOKIE)
  return (await replica.caughtUp(isLsn(wal) ? wal : null)) ? replica.db : deps.db
}

/**
 * After a write (any method but GET/HEAD/OPTIONS that did not fail), remembers the primary's WAL
 * position in the client's cookie: it is at or past the write's commit.
 */
export function rememberWritePosition({ db, replica, config }: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (!replica || READ_METHODS.has(c.req.method) || c.res.status >= 400) return
    // The write has committed: should the primary not answer now, the write still stands, and
    // without a position the client reads the replica (at worst its own write a moment late).
    const lsn = await sql<{ lsn: string }>`select pg_current_wal_insert_lsn()::text as lsn`
      .execute(db)
      .then((r) => r.rows[0].lsn)
      .catch((err: unknown) => console.error('write position not remembered:', (err as Error).message))
    if (!lsn) return
    setCookie(c, WAL_COOKIE, lsn, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: WAL_COOKIE_SECONDS,
      secure: isHttps(c, config.trustProxy),
    })
  }
}
