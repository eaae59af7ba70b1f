// The first level of the tile cache: an LRU of packed tiles in this process, in front of the
// shared tile_cache table. It stays coherent across API instances through PostgreSQL
// LISTEN/NOTIFY: every invalidation (tile-cache.queries.ts) notifies in its own transaction, so
// the message arrives after the commit, and each instance drops what it covers. While the
// LISTEN connection is down a notification may be missed: the LRU is emptied and not used until
// the connection is back. The same connection listens on other channels for the other
// in-process memories (statistics: stats/stats-memo.ts; sessions: auth/session-memo.ts) and
// passes their notifications on through `alsoListen`, as it does a reconnect.
import type { BBox } from '@zgm/domain'
import type { MiddlewareHandler } from 'hono'
import pg from 'pg'
import { tileRangeOf, type TileAddress } from './tile-math'
import { READ_METHODS } from '../http/read-methods'

/** The channel every invalidation notifies on. */
export const TILE_CHANNEL = 'zgm_tile_cache'

/** What an invalidation says: tile sets in a box, whole tile sets, or one access scope. */
export type TileInvalidation =
  { layers: string[]; bbox: BBox } | { layers: string[]; bbox?: undefined } | { scope: string }

export interface MemoTile {
  etag: string
  /** gzip of the tile (empty for an empty tile). */
  body: Buffer
}

interface Entry extends MemoTile, TileAddress {
  layer: string
  scope: string
}

export interface TileMemo {
  /** The tile, when this process holds it and the LISTEN connection is up. */
  get(layer: string, scope: string, t: TileAddress): MemoTile | undefined
  /** A token to take before reading the tile from the database, for `put`. */
  generation(): number
  /** Keeps the tile unless an invalidation (or a reconnect) came since `generation`. */
  put(layer: string, scope: string, t: TileAddress, tile: MemoTile, generation: number): void
  readonly size: number
  readonly listening: boolean
  /** The server process id of the LISTEN connection (operations, tests); null while down. */
  readonly listenerPid: number | null
  /**
   * Returns once every notification committed before the call has been applied here: one round
   * trip on the LISTEN connection (the server sends pending notifications before the answer).
   */
  sync(): Promise<void>
  /** Applies an invalidation (what a notification does). */
  apply(message: TileInvalidation): void
  close(): Promise<void>
}

const keyOf = (layer: string, scope: string, { z, x, y }: TileAddress) =>
  `${layer}\u0000${scope}\u0000${z}/${x}/${y}`

/** An LRU of at most `maxEntries` tiles; with `url`, kept coherent by a LISTEN connection to it. */
export function createTileMemo({
  url,
  maxEntries = 5000,
  reconnectMs = 500,
  log = console.error,
  alsoListen = {},
}: {
  url?: string
  maxEntries?: number
  reconnectMs?: number
  log?: (message: string) => void
  /**
   * Other channels to listen on: each callback runs with the payload of every notification there,
   * and with null whenever one may have been missed.
   */
  alsoListen?: Record<string, (payload: string | null) => void>
}): TileMemo {
  const entries = new Map<string, Entry>()
  let gen = 0
  let listening = !url
  let closed = false
  let client: pg.Client | null = null
  let listenerPid: number | null = null
  let retry: NodeJS.Timeout | null = null

  const forgetAll = () => {
    entries.clear()
    gen++
    for (const missed of Object.values(alsoListen)) missed(null)
  }

  const apply = (m: TileInvalidation) => {
    gen++
    for (const [key, e] of entries) {
      if ('scope' in m ? e.scope === m.scope : m.layers.includes(e.layer) && (!m.bbox || covers(m.bbox, e)))
        entries.delete(key)
    }
  }

  const connect = async () => {
    retry = null
    if (closed) return
    const c = new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 10_000 })
    client = c
    const lost = (why: string) => {
      if (client !== c) return
      client = null
      listening = false
      listenerPid = null
      forgetAll()
      c.end().catch(() => {})
      if (closed) return
      log(`tile cache: LISTEN connection lost (${why}); in-process memories dropped, reconnecting`)
      retry = setTimeout(() => void connect(), reconnectMs)
      retry.unref()
    }
    c.on('error', (err) => lost(err.message))
    c.on('end', () => lost('connection ended'))
    c.on('notification', (n) => {
      if (n.channel !== TILE_CHANNEL) return alsoListen[n.channel]?.(n.payload ?? '')
      try {
        apply(JSON.parse(n.payload ?? '') as TileInvalidation)
      } catch {
        forgetAll()
      }
    })
    try {
      await c.connect()
      await c.query([TILE_CHANNEL, ...Object.keys(alsoListen)].map((ch) => `listen ${ch}`).join('; '))
      const { rows } = await c.query<{ pid: number }>('select pg_backend_pid() as pid')
      if (client !== c) return
      forgetAll()
      listenerPid = rows[0].pid
      listening = true
    } catch (err) {
      lost((err as Error).message)
    }
  }
  const started = url ? connect() : Promise.resolve()

  return {
    get(layer, scope, t) {
      if (!listening) return undefined
      const key = keyOf(layer, scope, t)
      const e = entries.get(key)
      if (!e) return undefined
      entries.delete(key)
      entries.set(key, e)
      return e
    },
    generation: () => gen,
    put(layer, scope, t, tile, generation) {
      if (!listening || generation !== gen) return
      const key = keyOf(layer, scope, t)
      entries.delete(key)
      entries.set(key, { layer, scope, ...t, etag: tile.etag, body: tile.body })
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
    get size() {
      return entries.size
    },
    get listening() {
      return listening
    },
    get listenerPid() {
      return listenerPid
    },
    apply,
    async sync() {
      const c = client
      if (!c || !listening) return
      await c.query('select 1').catch(() => forgetAll())
    },
    async close() {
      closed = true
      if (retry) clearTimeout(retry)
      await started
      const c = client
      client = null
      listening = false
      entries.clear()
      await c?.end().catch(() => {})
    },
  }
}

/**
 * After a write on this instance, waits until its invalidations have reached this LRU, so that
 * the writer's next tile request (often to the same instance, at once) is never the old tile.
 */
export function syncAfterWrites(memo: TileMemo): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (!READ_METHODS.has(c.req.method)) await memo.sync()
  }
}

/** Whether a box invalidation reaches this tile (the same ranges the table's delete uses). */
function covers(bbox: BBox, t: TileAddress): boolean {
  const r = tileRangeOf(bbox, t.z)
  return t.x >= r.minX && t.x <= r.maxX && t.y >= r.minY && t.y <= r.maxY
}
