// DATABASE_READ_URL: a primary and a streaming replica of it (pg_basebackup -R) on loopback.
// Replay is paused on the replica to make it visibly behind; then a public read shows what the
// replica has, a client that just wrote reads its write from the primary, /api/health reports
// the lag, and a replica that is stopped is bypassed until it answers again.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../app'
import { noteSkip } from '../testing/skips'
import type { TestDb } from '../testing/test-db'
import {
  PG_BIN,
  startThrowawayCluster,
  startThrowawayReplica,
  throwawayClusterMissing,
  type ThrowawayCluster,
} from '../testing/throwaway-cluster'
import { MINE_AT, openWorld, PASSWORD, testDeps } from '../testing/world'
import { invalidateAllTiles } from '../tiles/tile-cache.queries'
import { lngLatToTile } from '../tiles/tile-math'
import { featuresOf } from '../tiles/tiles.test-support'
import { createDb } from './database'
import { WAL_COOKIE } from './read-routing'
import { watchReplica, type Replica } from './replica'

const missing =
  throwawayClusterMissing() ??
  (existsSync(join(PG_BIN, 'pg_basebackup'))
    ? null
    : `${PG_BIN}/pg_basebackup not found (Debian postgresql-15)`)
if (missing) noteSkip('read replica (primary + streaming replica)', missing)

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface HealthBody {
  status: string
  replica: { reachable: boolean; lagBytes: number | null; lagSeconds: number | null } | null
}

describe.skipIf(missing)('reads on a streaming replica (DATABASE_READ_URL)', () => {
  let primary: ThrowawayCluster, standby: ThrowawayCluster, t: TestDb, replica: Replica, app: App

  const health = async () => (await (await app.request('/api/health')).json()) as HealthBody
  /** The public name of 长兴县 as this request is answered (cookie: the client's own cookies). */
  const countyName = async (cookie = '') => {
    const res = await app.request('/api/public/regions?level=county', { headers: cookie ? { cookie } : {} })
    expect(res.status).toBe(200)
    const rows = (await res.json()) as { code: string; name: string }[]
    return rows.find((r) => r.code === '330522')?.name
  }
  const rename = (name: string) =>
    sql`update admin_unit set name = ${name} where code = '330522'`.execute(t.db)
  const untilCaughtUp = async () => {
    for (let i = 0; i < 100; i++) {
      const h = await health()
      if (h.replica?.reachable && h.replica.lagBytes === 0) return
      await wait(100)
    }
    throw new Error('the replica did not catch up in 10 s')
  }

  beforeAll(async () => {
    const t0 = performance.now()
    const phase = (what: string) =>
      console.log(`replica test: ${what} at ${(performance.now() - t0).toFixed(0)} ms`)
    primary = await startThrowawayCluster()
    standby = await startThrowawayReplica(primary)
    phase('primary and replica started')
    ;({ t } = await openWorld({ name: 'server', url: primary.url }))
    phase('world built on the primary')
    replica = watchReplica(createDb(standby.url, { schema: t.schema, max: 4 }), { pollMs: 200 })
    app = createApp({ ...testDeps(t), replica })
    await untilCaughtUp()
    phase('replica caught up')
    // Bounded on a quiet machine (≈ 10 s); the shared 2-core machine under load needs more.
  }, 180_000)
  afterAll(async () => {
    await replica?.close()
    await t?.db.destroy().catch(() => {})
    standby?.destroy()
    primary?.destroy()
  })

  it('sends public reads to the replica, reports its lag, and lets a writer read its own write', async () => {
    expect(await countyName()).toBe('长兴县')
    await standby.query('select pg_wal_replay_pause()')
    await rename('长兴县（一）')
    await wait(300)
    // Nobody here wrote: the read goes to the replica, which has not replayed the rename.
    expect(await countyName()).toBe('长兴县')
    const behind = await health()
    expect(behind.status).toBe('ok')
    expect(behind.replica).toMatchObject({ reachable: true })
    expect(behind.replica!.lagBytes).toBeGreaterThan(0)
    expect(behind.replica!.lagSeconds).toBeGreaterThanOrEqual(0)

    // A client that writes (signing in writes its session) carries the primary's WAL position...
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'county', password: PASSWORD }),
    })
    expect(login.status).toBe(200)
    const wal = login.headers.getSetCookie().find((c) => c.startsWith(`${WAL_COOKIE}=`))
    expect(wal).toMatch(/^zgm_wal=[0-9A-F]+%2F[0-9A-F]+;.*Max-Age=120/)
    const cookie = wal!.split(';')[0]
    // ...and reads from the primary while the replica is behind it; everyone else still the replica.
    expect(await countyName(cookie)).toBe('长兴县（一）')
    expect(await countyName()).toBe('长兴县')
    // A forged or garbled position is no position: the replica answers.
    expect(await countyName(`${WAL_COOKIE}=not-a-position`)).toBe('长兴县')
    // A failed write sets no position.
    const refused = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'county', password: 'wrong-password' }),
    })
    expect(refused.status).toBe(401)
    expect(refused.headers.getSetCookie().some((c) => c.startsWith(`${WAL_COOKIE}=`))).toBe(false)

    await standby.query('select pg_wal_replay_resume()')
    await untilCaughtUp()
    expect(await countyName()).toBe('长兴县（一）')
    expect(await replica.caughtUp(decodeURIComponent(cookie.split('=')[1]))).toBe(true)
  }, 30_000)

  it('renders a tile on the primary while the replica has not replayed the invalidating write', async () => {
    const [x, y] = lngLatToTile(...MINE_AT, 8).map(Math.floor)
    const nameIn = async () => {
      const res = await app.request(`/tiles/counties/8/${x}/${y}.mvt`)
      expect(res.status).toBe(200)
      const counties = featuresOf(new Uint8Array(await res.arrayBuffer()), 'counties')
      return counties.find((f) => f.properties.code === '330522')?.properties.name
    }
    expect(await nameIn()).toBe('长兴县（一）')
    await standby.query('select pg_wal_replay_pause()')
    await t.db.transaction().execute(async (tx) => {
      await sql`update admin_unit set name = '长兴县（瓦）' where code = '330522'`.execute(tx)
      await invalidateAllTiles(tx, ['counties'])
    })
    expect(await nameIn()).toBe('长兴县（瓦）')
    await standby.query('select pg_wal_replay_resume()')
    await untilCaughtUp()
  }, 30_000)

  it('falls back to the primary while the replica is down, and uses it again when it is back', async () => {
    standby.stop()
    await rename('长兴县（二）')
    await wait(500)
    expect(await countyName()).toBe('长兴县（二）')
    const down = await health()
    expect(down.status).toBe('ok')
    expect(down.replica).toEqual({ reachable: false, lagBytes: null, lagSeconds: null })
    expect(replica.reachable).toBe(false)

    standby.start()
    await untilCaughtUp()
    await standby.query('select pg_wal_replay_pause()')
    await rename('长兴县（三）')
    await wait(300)
    // The replica answers again: it has not replayed the last rename.
    expect(await countyName()).toBe('长兴县（二）')
    await standby.query('select pg_wal_replay_resume()')
    await untilCaughtUp()
  }, 30_000)

  it('measures: lag under a write burst, public read throughput with and without the replica', async () => {
    await sql`create table burst (id serial primary key, pad text)`.execute(t.db)
    let burstDone = false
    let maxBytes = 0
    let maxSeconds = 0
    const sampler = (async () => {
      while (!burstDone) {
        const lag = await replica.lag(t.db)
        maxBytes = Math.max(maxBytes, lag.lagBytes ?? 0)
        maxSeconds = Math.max(maxSeconds, lag.lagSeconds ?? 0)
        await wait(20)
      }
    })()
    const t0 = performance.now()
    for (let i = 0; i < 20; i++)
      await sql`insert into burst (pad) select repeat('x', 1000) from generate_series(1, 1000)`.execute(t.db)
    const burstMs = performance.now() - t0
    burstDone = true
    await sampler
    const t1 = performance.now()
    await untilCaughtUp()
    const catchUpMs = performance.now() - t1

    const throughput = async (on: App) => {
      const end = performance.now() + 2000
      let n = 0
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (performance.now() < end) {
            expect((await on.request('/api/public/stats?level=county')).status).toBe(200)
            n++
          }
        }),
      )
      return n / 2
    }
    const viaReplica = await throughput(app)
    const viaPrimary = await throughput(createApp(testDeps(t)))
    console.log(
      `replica: write burst of 20 MB in ${burstMs.toFixed(0)} ms, max lag ${(maxBytes / 1e6).toFixed(1)} MB / ` +
        `${maxSeconds.toFixed(2)} s, caught up ${catchUpMs.toFixed(0)} ms after the burst; ` +
        `GET /api/public/stats?level=county, 8 clients: ${viaReplica} req/s on the replica, ${viaPrimary} req/s on the primary`,
    )
    expect(viaReplica).toBeGreaterThan(0)
  }, 60_000)
})
