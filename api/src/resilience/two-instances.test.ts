// Two API instances on one database behind a round-robin nginx: a session made on one works on
// the other and ends on both, an edit made through one is what the other reads, versions are
// enforced across them (one of two concurrent edits wins, the other gets 409), and a tile cached
// by one instance is invalidated by an edit made through the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lngLatToTile } from '../tiles/tile-math'
import { nginxMissing, startRoundRobinProxy, type Proxy } from '../testing/nginx'
import { createScratchDatabase } from '../testing/scratch-database'
import { squareAround } from '../testing/shapes'
import { httpSignIn, startServerProcess, type ServerProcess } from '../testing/server-process'
import { noteSkip } from '../testing/skips'

const serverUrl = process.env.TEST_DATABASE_URL
const missing = serverUrl ? nginxMissing() : 'it needs a PostgreSQL server (TEST_DATABASE_URL)'
if (missing) noteSkip('two API instances behind nginx', missing)

type Headers = Record<string, string>

describe.skipIf(missing)('two API instances on one database behind a round-robin nginx', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
  let a: ServerProcess, b: ServerProcess, proxy: Proxy
  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!, 'zgm_two')
    // One after the other: the first seeds the demo data, the second finds it there.
    a = await startServerProcess({ DATABASE_URL: scratch.url, DEMO: 'true', TRUST_PROXY: '1' })
    b = await startServerProcess({ DATABASE_URL: scratch.url, DEMO: 'true', TRUST_PROXY: '1' })
    proxy = await startRoundRobinProxy([a.port, b.port])
  }, 300_000)
  afterAll(async () => {
    await proxy?.stop()
    await Promise.all([a?.kill(), b?.kill()])
    await scratch?.drop()
  })

  const upstreamOf = (res: Response) => Number(res.headers.get('x-upstream')?.split(':').at(-1))

  it('alternates between the instances', async () => {
    const seen = new Set<number>()
    for (let i = 0; i < 6; i++) seen.add(upstreamOf(await fetch(`${proxy.url}/api/health`)))
    expect(seen).toEqual(new Set([a.port, b.port]))
  })

  it('keeps a session on both instances, and ends it on both', async () => {
    const session = await httpSignIn(proxy.url, 'county.changxing', 'demo1234')
    const seen = new Set<number>()
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${proxy.url}/api/auth/me`, { headers: session })
      expect(res.status).toBe(200)
      seen.add(upstreamOf(res))
    }
    expect(seen.size).toBe(2)
    const out = await fetch(`${proxy.url}/api/auth/logout`, { method: 'POST', headers: session })
    expect(out.status).toBeLessThan(300)
    for (const s of [a, b])
      expect((await fetch(`${s.url}/api/auth/me`, { headers: session })).status).toBe(401)
  })

  it('reads the same edits on both; one of two concurrent edits wins, the other 409; tiles follow', async () => {
    const planner: Headers = await httpSignIn(proxy.url, 'planner.changxing', 'demo1234')
    const json = { ...planner, 'content-type': 'application/json' }
    const mines = (await (
      await fetch(`${proxy.url}/api/mines?county=330522&pageSize=1`, { headers: planner })
    ).json()) as {
      items: { id: number; lng: number; lat: number }[]
    }
    const m = mines.items[0]
    const created = await fetch(`${proxy.url}/api/mines/${m.id}/areas`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        kind: 'restoration',
        name: '两实例测试',
        geometry: squareAround([m.lng, m.lat], 0.0003),
      }),
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: number }

    // A restoration tile over the area, cached by instance A.
    const [x, y] = lngLatToTile(m.lng, m.lat, 14).map(Math.floor)
    const tile = `/tiles/restoration/14/${x}/${y}.mvt`
    const etagA1 = (await fetch(`${a.url}${tile}`, { headers: planner })).headers.get('etag')
    expect(etagA1).toBeTruthy()

    // Edited through instance B (moved by ~20 m): A reads the new version, and serves a new tile.
    const put = (base: string, version: number, name: string, d = 0.0003) =>
      fetch(`${base}/api/areas/${id}`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ version, name, geometry: squareAround([m.lng + 0.0002, m.lat], d) }),
      })
    expect((await put(b.url, 1, '经 B 修改')).status).toBe(200)
    for (const s of [a, b]) {
      const area = (await (await fetch(`${s.url}/api/areas/${id}`, { headers: planner })).json()) as {
        properties: { version: number; name: string }
      }
      expect(area.properties).toMatchObject({ version: 2, name: '经 B 修改' })
    }
    const etagA2 = (await fetch(`${a.url}${tile}`, { headers: planner })).headers.get('etag')
    expect(etagA2).toBeTruthy()
    expect(etagA2).not.toBe(etagA1)

    // A stale version is refused whichever instance gets it; of two at once, exactly one wins.
    expect((await put(a.url, 1, '过期版本')).status).toBe(409)
    const both = await Promise.all([put(a.url, 2, '经 A', 0.00031), put(b.url, 2, '经 B', 0.00032)])
    expect(both.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = both[0].status === 200 ? '经 A' : '经 B'
    for (const s of [a, b]) {
      const area = (await (await fetch(`${s.url}/api/areas/${id}`, { headers: planner })).json()) as {
        properties: { version: number; name: string }
      }
      expect(area.properties).toMatchObject({ version: 3, name: winner })
    }
  })
})
