import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export interface EmbeddedPostgis {
  url: string
  stop(): Promise<void>
}

/**
 * Starts PGlite with PostGIS and exposes it on a loopback port, so that the same
 * `pg`/Kysely code runs against it as against a real server. `dataDir` undefined = in memory.
 */
export async function startEmbeddedPostgis(dataDir?: string): Promise<EmbeddedPostgis> {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const db = await PGlite.create({ dataDir, extensions: { postgis } })
  await db.exec('create extension if not exists postgis')
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 })
  await server.start()
  const [host, port] = server.getServerConn().split(':')
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
