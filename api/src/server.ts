import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { installClockFile } from './clock/clock-file'
import { createApp } from './app'
import type { Config } from './config'
import { createDb, type Db } from './db/database'
import { watchReplica } from './db/replica'
import { createMemos } from './memos'
import { tileStoresSettled } from './tiles/tile-service'
import { grantAppRole, roleOf } from './db/app-role'
import { answerClientErrorsAsJson } from './http/client-error'
import { startEmbeddedPostgis } from './db/embedded'
import { migrateToLatest } from './db/migrate'
import { loadReferenceData } from './seed/reference'
import { seedDemoIfEmpty } from './seed/demo'

export const WEB_DIST = join(import.meta.dirname, '../../web/dist')

/** The server's pooled connections stay open through ten quiet minutes (database.ts `idleMs`). */
const SERVER_IDLE_MS = 10 * 60_000

export interface Database {
  db: Db
  url: string
  backend: 'embedded' | 'server'
  close(): Promise<void>
}

/**
 * Opens the configured database (server or embedded), migrated and with reference data. With
 * DATABASE_OWNER_URL, migrations, reference data and `prepare` (first seeding) run as the owner
 * and the returned `db` connects as DATABASE_URL's role, granted what the API needs (app-role.ts).
 */
export async function openDatabase(
  config: Config,
  log = console.log,
  prepare?: (owner: Db) => Promise<void>,
): Promise<Database> {
  const t0 = performance.now()
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgis(join(config.dataDir, 'pglite'))
  const url = config.databaseUrl ?? embedded!.url
  const db = createDb(url, { max: embedded ? 1 : 10, idleMs: SERVER_IDLE_MS })
  const owner = config.databaseOwnerUrl ? createDb(config.databaseOwnerUrl, { max: 2 }) : db
  const applied = await migrateToLatest(owner)
  if (applied.length) log(`migrations applied: ${applied.join(', ')}`)
  await loadReferenceData(owner)
  await prepare?.(owner)
  if (owner !== db) {
    await grantAppRole(owner, roleOf(url))
    await owner.destroy()
    log(`the API connects as role ${roleOf(url)} (no owner rights: audit_log is append-only for it)`)
  }
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

/** Addresses the API answers (the rest is the web app's). */
const API_PATH = /^\/(api|tiles|ogc)(\/|$)/

/** Boots everything: database, demo data on first start, API and web app on one port. */
export async function startServer(config: Config, log = console.log) {
  const t0 = performance.now()
  if (config.clockFile) log(`test clock (CLOCK_FILE): today is ${installClockFile(config.clockFile)}`)
  const database = await openDatabase(config, log, async (owner) => {
    if (config.demo) await seedDemoIfEmpty(owner, log)
  })
  // A replica only with a server primary; the in-process memories (tiles, statistics, sessions)
  // only where LISTEN/NOTIFY keeps them coherent across instances (the embedded PostGIS is one
  // instance and skips them: scaling.md).
  const replica = config.databaseReadUrl
    ? watchReplica(createDb(config.databaseReadUrl, { idleMs: SERVER_IDLE_MS }))
    : undefined
  const memos = database.backend === 'server' ? createMemos(database.url) : undefined
  if (replica) log('reads of public, tile, statistics and OGC routes go to the replica (DATABASE_READ_URL)')
  const app = createApp({
    db: database.db,
    backend: database.backend,
    databaseUrl: database.url,
    demo: config.demo,
    config,
    replica,
    ...memos,
  })
  if (existsSync(WEB_DIST)) {
    const index = readFileSync(join(WEB_DIST, 'index.html'), 'utf8')
    // The service worker, its manifest and the shell are revalidated on every load, so that a new
    // version is found at once (the hashed /assets/* files never change under their names).
    app.use('/*', async (c, next) => {
      await next()
      if (/^\/(sw\.js|manifest\.webmanifest|index\.html|workbox-[\w-]+\.js)$/.test(c.req.path))
        c.header('Cache-Control', 'no-cache')
    })
    app.use('/assets/*', serveStatic({ root: WEB_DIST }))
    // An unknown API address is answered 404 without looking for a file of that name.
    const files = serveStatic({ root: WEB_DIST })
    app.use('/*', (c, next) => (API_PATH.test(c.req.path) ? next() : files(c, next)))
    // Client-side routes (/, /huzhou, /public …) all get the SPA shell.
    app.get('*', (c) => (API_PATH.test(c.req.path) ? c.notFound() : c.html(index)))
  }
  const { headersS, requestS, keepAliveS } = config.httpTimeouts
  const server = serve({
    fetch: async (req, env: HttpBindings | Http2Bindings) =>
      closeIfBodyUnread(env, await app.fetch(req, env)),
    port: config.port,
    hostname: config.host,
    // A slow client (slow headers, a body trickled in) is cut after a bounded time: Node answers 408
    // and closes. The check runs every second, so the bound is the timeout + ≤ 1 s.
    serverOptions: {
      headersTimeout: headersS * 1000,
      requestTimeout: requestS * 1000,
      keepAliveTimeout: keepAliveS * 1000,
      connectionsCheckingInterval: 1000,
    },
  })
  answerClientErrorsAsJson(server)
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  log(`ready in ${ms(t0)}: http://${config.host}:${port}`)
  return {
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await tileStoresSettled()
      await Promise.all([replica?.close(), memos?.tileMemo.close()])
      await database.close()
    },
  }
}

/**
 * An answer given before the request body was read (401, 413 …): the server will not read the
 * rest, and @hono/node-server drops the socket shortly after, so say `Connection: close` instead
 * of promising keep-alive; the client then opens a new connection rather than losing its next request.
 */
function closeIfBodyUnread(env: HttpBindings | Http2Bindings, res: Response): Response {
  const { headers: h, readableEnded } = env.incoming
  const hasBody = Number(h['content-length'] ?? 0) > 0 || h['transfer-encoding'] !== undefined
  if (!hasBody || readableEnded) return res
  const headers = new Headers(res.headers)
  headers.set('connection', 'close')
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers })
}

const ms = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`
