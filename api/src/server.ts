import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { createApp } from './app'
import type { Config } from './config'
import { createDb, type Db } from './db/database'
import { answerClientErrorsAsJson } from './http/client-error'
import { startEmbeddedPostgis } from './db/embedded'
import { migrateToLatest } from './db/migrate'
import { loadReferenceData } from './seed/reference'
import { seedDemoIfEmpty } from './seed/demo'

export const WEB_DIST = join(import.meta.dirname, '../../web/dist')

export interface Database {
  db: Db
  url: string
  backend: 'embedded' | 'server'
  close(): Promise<void>
}

/** Opens the configured database (server or embedded), migrated and with reference data. */
export async function openDatabase(config: Config, log = console.log): Promise<Database> {
  const t0 = performance.now()
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgis(join(config.dataDir, 'pglite'))
  const url = config.databaseUrl ?? embedded!.url
  const db = createDb(url, { max: embedded ? 1 : 10 })
  const applied = await migrateToLatest(db)
  if (applied.length) log(`migrations applied: ${applied.join(', ')}`)
  await loadReferenceData(db)
  log(`database ready (${embedded ? 'embedded PostGIS' : 'PostgreSQL server'}) in ${ms(t0)}`)
  return {
    db,
    url,
    backend: embedded ? 'embedded' : 'server',
    async close() {
      await db.destroy()
      await embedded?.stop()
    },
  }
}

/** Boots everything: database, demo data on first start, API and web app on one port. */
export async function startServer(config: Config, log = console.log) {
  const t0 = performance.now()
  const database = await openDatabase(config, log)
  if (config.demo) await seedDemoIfEmpty(database.db, log)
  const app = createApp({
    db: database.db,
    backend: database.backend,
    databaseUrl: database.url,
    demo: config.demo,
    config,
  })
  if (existsSync(WEB_DIST)) {
    const index = readFileSync(join(WEB_DIST, 'index.html'), 'utf8')
    app.use('/assets/*', serveStatic({ root: WEB_DIST }))
    app.use('/*', serveStatic({ root: WEB_DIST }))
    // Client-side routes (/, /huzhou, /public …) all get the SPA shell.
    app.get('*', (c) => (/^\/(api|tiles)\//.test(c.req.path) ? c.notFound() : c.html(index)))
  }
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host })
  answerClientErrorsAsJson(server)
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  log(`ready in ${ms(t0)}: http://${config.host}:${port}`)
  return {
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await database.close()
    },
  }
}

const ms = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`
