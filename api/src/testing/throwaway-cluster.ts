// A PostgreSQL 15 cluster of the test's own, on a free loopback port, that a test may stop,
// restart or kill without touching the shared server. Server PostgreSQL refuses to run as root,
// so it runs as the `postgres` user (as .ci/run does). `null` when that cannot be done here.
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

export const PG_BIN = '/usr/lib/postgresql/15/bin'

export interface ThrowawayCluster {
  url: string
  port: number
  dir: string
  /** `pg_ctl stop -m fast`: every session gets 57P01, new connections are refused. */
  stop(): void
  start(): void
  /** Runs a SQL statement as the superuser. */
  query(text: string): Promise<pg.QueryResult>
  destroy(): void
}

/** Why a throwaway cluster cannot be started here, or null when it can. */
export function throwawayClusterMissing(): string | null {
  if (!existsSync(join(PG_BIN, 'pg_ctl'))) return `${PG_BIN}/pg_ctl not found (Debian postgresql-15)`
  if (process.getuid?.() !== 0) return 'needs root to run the cluster as the postgres user'
  return null
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address !== 'object') throw new Error('no free port')
  return address.port
}

const asPostgres = (cmd: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args], { stdio: 'pipe' })

/** initdb + start (about 2 s), with PostGIS created in the `postgres` database. */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = ownedTempDir()
  asPostgres('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  const cluster = await clusterIn(dir)
  await cluster.query('create extension if not exists postgis')
  return cluster
}

/**
 * A streaming replica of `primary` (`pg_basebackup -R -X stream`, started on its own port; about
 * 1 s): read-only, replaying the primary's WAL. initdb's defaults allow it (wal_level replica,
 * trusted replication connections from 127.0.0.1).
 */
export async function startThrowawayReplica(primary: ThrowawayCluster): Promise<ThrowawayCluster> {
  const dir = ownedTempDir()
  asPostgres('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    join(dir, 'data'),
    '-R',
    '-X',
    'stream',
    // A fast checkpoint: the default spread one waits for most of checkpoint_timeout (minutes).
    '-c',
    'fast',
    '--no-sync',
  ])
  return clusterIn(dir)
}

function ownedTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'zgm-cluster-'))
  chownSync(dir, uidOf('postgres'), gidOf('postgres'))
  return dir
}

/** Starts the data directory `dir`/data on a free loopback port. */
async function clusterIn(dir: string): Promise<ThrowawayCluster> {
  const port = await freePort()
  const start = () =>
    asPostgres('pg_ctl', [
      '-D',
      join(dir, 'data'),
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ])
  const stop = () => asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop'])
  start()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return await client.query(text)
    } finally {
      await client.end()
    }
  }
  return {
    url,
    port,
    dir,
    stop,
    start,
    query,
    destroy() {
      try {
        stop()
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const uidOf = (user: string) => Number(execFileSync('id', ['-u', user]).toString().trim())
const gidOf = (user: string) => Number(execFileSync('id', ['-g', user]).toString().trim())
