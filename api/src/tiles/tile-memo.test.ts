// The in-process tile LRU: bounded, dropped exactly where an invalidation reaches, and kept
// coherent between two API instances on one server database by LISTEN/NOTIFY.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INSIDE } from '../areas/test-geometries'
import { createApp, type App } from '../app'
import { noteSkip } from '../testing/skips'
import { backends, type TestDb } from '../testing/test-db'
import { until } from '../testing/until'
import { clients, MINE_AT, openWorld, testDeps, type Clients, type World } from '../testing/world'
import { lngLatToTile, type TileAddress } from './tile-math'
import { createTileMemo, type TileMemo } from './tile-memo'
import { tileStoresSettled } from './tile-service'
import { featuresOf } from './tiles.test-support'

const tile = (etag: string) => ({ etag, body: Buffer.from(etag) })
const at = (z: number, x: number, y: number): TileAddress => ({ z, x, y })

describe('the tile LRU on its own', () => {
  it('holds at most maxEntries tiles and evicts the least recently used', async () => {
    const memo = createTileMemo({ maxEntries: 3 })
    for (const x of [0, 1, 2]) memo.put('counties', '', at(5, x, 0), tile(`t${x}`), memo.generation())
    expect(memo.get('counties', '', at(5, 0, 0))?.etag).toBe('t0') // now the most recent
    memo.put('counties', '', at(5, 3, 0), tile('t3'), memo.generation())
    expect(memo.size).toBe(3)
    expect(memo.get('counties', '', at(5, 1, 0))).toBeUndefined()
    expect(memo.get('counties', '', at(5, 0, 0))?.etag).toBe('t0')
    await memo.close()
  })

  it('drops only what an invalidation covers: a box per zoom, whole sets, one scope', async () => {
    const memo = createTileMemo({})
    const [x, y] = lngLatToTile(...MINE_AT, 12).map(Math.floor)
    const put = (layer: string, scope: string, t: TileAddress) =>
      memo.put(layer, scope, t, tile(`${layer}${scope}${t.x}`), memo.generation())
    put('restoration', 'a', at(12, x, y))
    put('restoration', 'a', at(12, x + 5, y))
    put('reclamation', 'a', at(12, x, y))
    put('mines', 'b', at(12, x, y))
    memo.apply({ layers: ['restoration'], bbox: [MINE_AT[0], MINE_AT[1], MINE_AT[0], MINE_AT[1]] })
    expect(memo.get('restoration', 'a', at(12, x, y))).toBeUndefined()
    expect(memo.get('restoration', 'a', at(12, x + 5, y))).toBeDefined()
    expect(memo.get('reclamation', 'a', at(12, x, y))).toBeDefined()
    memo.apply({ scope: 'b' })
    expect(memo.get('mines', 'b', at(12, x, y))).toBeUndefined()
    memo.apply({ layers: ['restoration', 'reclamation'] })
    expect(memo.size).toBe(0)
    await memo.close()
  })

  it('refuses a tile read before an invalidation that came while it was being read', async () => {
    const memo = createTileMemo({})
    const before = memo.generation()
    memo.apply({ layers: ['counties'] })
    memo.put('counties', '', at(5, 0, 0), tile('old'), before)
    expect(memo.get('counties', '', at(5, 0, 0))).toBeUndefined()
    await memo.close()
  })
})

const server = backends.find((b) => b.name === 'server')
if (!server)
  noteSkip('tile LRU across two API instances', 'needs TEST_DATABASE_URL (LISTEN/NOTIFY on a server)')

describe.skipIf(!server)('the tile LRU of two API instances on one server database', () => {
  let t: TestDb, w: World, memoA: TileMemo, memoB: TileMemo, appA: App, appB: App, cA: Clients, cB: Clients
  const [tx, ty] = lngLatToTile(...MINE_AT, 12).map(Math.floor)
  const path = `/tiles/restoration/12/${tx}/${ty}.mvt`
  /** The restoration areas instance `c` shows in the tile, and where the tile came from. */
  const areasOn = async (c: Clients) => {
    const res = await c.as('province').get(path)
    expect([200, 204]).toContain(res.status)
    const ids = featuresOf(new Uint8Array(await res.arrayBuffer()), 'restoration').map((f) => f.id)
    return { cache: res.headers.get('x-tile-cache'), ids: ids.sort() }
  }

  beforeAll(async () => {
    ;({ t, w } = await openWorld(server!))
    memoA = createTileMemo({ url: server!.url, reconnectMs: 100 })
    memoB = createTileMemo({ url: server!.url, reconnectMs: 100 })
    appA = createApp({ ...testDeps(t), tileMemo: memoA })
    appB = createApp({ ...testDeps(t), tileMemo: memoB })
    cA = clients(appA)
    cB = clients(appB)
    await until(() => memoA.listening && memoB.listening)
  })
  afterAll(async () => {
    await Promise.all([memoA?.close(), memoB?.close()])
    await t?.drop()
  })

  it('a write through instance A drops instance B’s tile: B serves the new one', async () => {
    const first = await areasOn(cB)
    expect(first.cache).toBe('miss')
    await tileStoresSettled() // B answered before its shared copy was stored
    // Served from B's memory now: even with the shared row gone (no notification), B has it.
    await sql`delete from tile_cache where layer = 'restoration'`.execute(t.db)
    expect(await areasOn(cB)).toEqual({ cache: 'hit', ids: first.ids })
    expect(memoB.size).toBeGreaterThan(0)
    expect((await areasOn(cA)).cache).toBe('miss')
    expect((await areasOn(cA)).cache).toBe('hit')

    const res = await cA.as('planner').request('POST', `/api/mines/${w.mineId}/areas`, {
      kind: 'restoration',
      name: '复绿区 LRU',
      geometry: INSIDE,
    })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: number }
    // The writer's own instance has applied its invalidation before answering.
    expect(await areasOn(cA)).toEqual({ cache: 'miss', ids: [...first.ids, id].sort() })
    // B gets the notification a moment after the commit, and A's shared copy lands after its answer.
    await memoB.sync()
    await tileStoresSettled()
    expect(await areasOn(cB)).toEqual({ cache: 'hit', ids: [...first.ids, id].sort() })
  })

  it('answers a miss without waiting for the shared copy, which then serves the other instance', async () => {
    const [x, y] = lngLatToTile(...MINE_AT, 9).map(Math.floor)
    const counties = `/tiles/counties/9/${x}/${y}.mvt`
    const stored = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from tile_cache
          where layer = 'counties' and z = 9 and x = ${x} and y = ${y}`.execute(t.db)
      ).rows[0].n
    await sql`delete from tile_cache where layer = 'counties'`.execute(t.db)
    const miss = await cB.anonymous.get(counties)
    expect(miss.headers.get('x-tile-cache')).toBe('miss')
    // The render and the gzip only: the store ran after the answer.
    expect(miss.headers.get('server-timing')).toMatch(/^render;dur=\d+\.\d, pack;dur=\d+\.\d$/)
    await tileStoresSettled()
    expect(await stored()).toBe(1)
    const other = await cA.anonymous.get(counties)
    expect(other.headers.get('x-tile-cache')).toBe('hit')
    expect(other.headers.get('etag')).toBe(miss.headers.get('etag'))
  })

  it('a lost LISTEN connection empties the LRU and reconnects', async () => {
    await areasOn(cB)
    await areasOn(cB)
    expect(memoB.size).toBeGreaterThan(0)
    const pid = memoB.listenerPid
    expect(pid).toBeTypeOf('number')
    await sql`select pg_terminate_backend(${pid}::int)`.execute(t.db)
    await until(() => !memoB.listening || memoB.listenerPid !== pid)
    expect(memoB.size).toBe(0)
    await until(() => memoB.listening && memoB.listenerPid !== pid)
    await areasOn(cB)
    expect(memoB.size).toBeGreaterThan(0)
  })
})
