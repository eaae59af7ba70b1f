// A streaming replica for read-only work (DATABASE_READ_URL). Which database answers a read is
// decided per request: the replica while it is reachable and has replayed past the WAL position
// of the reader's own last write (carried in a cookie, so any API instance can decide), else the
// primary. A monitor polls the replica; a replica that stops answering is left alone until it
// answers again.
import { sql } from 'kysely'
import type { Db } from './database'
import { isDatabaseUnavailable } from './database-errors'

/** A WAL position ('16/B374D848') as a number that compares. */
export function lsnValue(lsn: string): bigint {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn)
  if (!m) throw new Error(`not a WAL position: ${lsn}`)
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`)
}

export const isLsn = (text: string | undefined): text is string =>
  !!text && /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(text)

export interface ReplicaLag {
  reachable: boolean
  /** WAL bytes the primary has written that the replica has not replayed yet. */
  lagBytes: number | null
  /** Age of the last replayed transaction while behind; 0 when caught up. */
  lagSeconds: number | null
}

export interface Replica {
  db: Db
  /** Whether the monitor last found the replica answering. */
  readonly reachable: boolean
  /**
   * Whether a read may go to the replica: it is reachable and has replayed `lsn` (the reader's
   * last write; null = none). Asks the replica once when the last known position is behind.
   */
  caughtUp(lsn: string | null): Promise<boolean>
  /** Takes the replica out of use until the monitor finds it answering again. */
  markDown(err: unknown): void
  /** The lag behind `primary`, asked live of both (for /api/health). */
  lag(primary: Db): Promise<ReplicaLag>
  close(): Promise<void>
}

/** Watches `db` (a replica) every `pollMs`; `close()` stops watching and closes its pool. */
export function watchReplica(db: Db, { pollMs = 1000 }: { pollMs?: number } = {}): Replica {
  let reachable = false
  let replayed = -1n
  let closed = false

  const replayPosition = async () => {
    const { rows } = await sql<{ lsn: string | null }>`select pg_last_wal_replay_lsn()::text as lsn`.execute(
      db,
    )
    // null: not a standby (e.g. the same server given twice); it has everything then.
    const lsn = rows[0]?.lsn
    replayed = lsn ? lsnValue(lsn) : BigInt(Number.MAX_SAFE_INTEGER) ** 2n
    reachable = true
    return replayed
  }
  const poll = async () => {
    try {
      await replayPosition()
    } catch (err) {
      replica.markDown(err)
    }
  }
  const ready = poll()
  const timer = setInterval(() => void poll(), pollMs)
  timer.unref()

  const replica: Replica = {
    db,
    get reachable() {
      return reachable
    },
    async caughtUp(lsn) {
      await ready
      if (!reachable) return false
      if (!lsn) return true
      const wanted = lsnValue(lsn)
      if (replayed >= wanted) return true
      try {
        return (await replayPosition()) >= wanted
      } catch (err) {
        replica.markDown(err)
        return false
      }
    },
    markDown(err) {
      if (closed) return
      if (reachable) console.error('read replica unreachable, reading from the primary:', errorText(err))
      reachable = false
    },
    async lag(primary) {
      const [{ rows: p }, standby] = await Promise.all([
        sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary),
        sql<{ lsn: string | null; age: number | null }>`
          select pg_last_wal_replay_lsn()::text as lsn,
            extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as age`
          .execute(db)
          .then((r) => r.rows[0])
          .catch((err: unknown) => {
            if (!isDatabaseUnavailable(err)) throw err
            replica.markDown(err)
            return null
          }),
      ])
      if (!standby) return { reachable: false, lagBytes: null, lagSeconds: null }
      reachable = true
      if (!standby.lsn) return { reachable: true, lagBytes: 0, lagSeconds: 0 }
      replayed = lsnValue(standby.lsn)
      const bytes = Number(lsnValue(p[0].lsn) - replayed)
      const lagBytes = Math.max(0, bytes)
      return { reachable: true, lagBytes, lagSeconds: lagBytes === 0 ? 0 : Math.max(0, standby.age ?? 0) }
    },
    async close() {
      closed = true
      clearInterval(timer)
      await ready
      await db.destroy()
    },
  }
  return replica
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err))
