import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export interface EmbeddedPostgis {
  url: string
  /** The Unix socket file the database listens on (mode 0600, in a 0700 directory). */
  socketPath: string
  stop(): Promise<void>
}

/**
 * Starts PGlite with PostGIS and exposes it on a Unix socket, so that the same `pg`/Kysely
 * code runs against it as against a real server. PGlite trusts whoever connects (it checks no
 * password), so it listens on no TCP port: the socket sits in a fresh 0700 directory and is
 * itself 0600, reachable by the server's own OS user only. `dataDir` undefined = in memory.
 */
export async function startEmbeddedPostgis(dataDir?: string): Promise<EmbeddedPostgis> {
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const db = await PGlite.create({ dataDir, extensions: { postgis } })
  await db.exec('create extension if not exists postgis')
  // mkdtemp makes the directory 0700 before the socket exists; a short path (sun_path ≤ 107).
  const socketDir = mkdtempSync(join(tmpdir(), 'zgm-pg-'))
  const socketPath = join(socketDir, '.s.PGSQL.5432')
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 })
  await server.start()
  chmodSync(socketPath, 0o600)
  return {
    url: `postgres://postgres@/postgres?host=${encodeURIComponent(socketDir)}`,
    socketPath,
    async stop() {
      await server.stop()
      await db.close()
      rmSync(socketDir, { recursive: true, force: true })
    },
  }
}
