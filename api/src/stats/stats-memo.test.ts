// Statistics and public directory answers kept in process: refused while not listening or after a change, bounded, and
// kept coherent between two API instances on one server database by the triggers' notifications.
import { gunzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { noteSkip } from '../testing/skips'
import { backends, type TestDb } from '../testing/test-db'
import { until } from '../testing/until'
import { clients, openWorld, testDeps, type Clients, type World } from '../testing/world'
import { createMemos, type Memos } from '../memos'
import { createStatsMemo } from './stats-memo'
import { regionStats } from './stats.service'

const answer = (json: string) => ({ json, gzip: Buffer.from(json) })

describe('the statistics memo on its own', () => {
  it('keeps nothing while not listening, refuses an answer computed before a change, and is bounded in bytes', () => {
    let listening = false
    const memo = createStatsMemo(() => listening, 4)
    memo.put('a', answer('1'), memo.generation())
    expect(memo.get('a')).toBeUndefined()
    listening = true
    const before = memo.generation()
    memo.forget()
    memo.put('a', answer('1'), before)
    expect(memo.get('a')).toBeUndefined()
    // Each answer here takes 2 bytes (JSON and "gzip"): 4 bytes hold two.
    for (const k of ['a', 'b', 'c']) memo.put(k, answer(k), memo.generation())
    expect(memo.size).toBe(2)
    expect(memo.get('a')).toBeUndefined()
    expect(memo.get('c')?.json).toBe('c')
    memo.put('big', answer('xyz'), memo.generation())
    expect(memo.get('big')).toBeUndefined()
    expect(memo.size).toBe(2)
  })
})

const server = backends.find((b) => b.name === 'server')
if (!server)
  noteSkip('statistics memo across two API instances', 'needs TEST_DATABASE_URL (LISTEN/NOTIFY on a server)')

describe.skipIf(!server)('the statistics memo of two API instances on one server database', () => {
  const asOf = '2026-11-30'
  const path = `/api/stats?level=county&asOf=${asOf}`
  let t: TestDb, w: World, cA: Clients, cB: Clients
  const memos: Memos[] = []
  const instance = () => {
    const m = createMemos(server!.url, 100)
    memos.push(m)
    return clients(createApp({ ...testDeps(t), ...m }))
  }
  const ask = async (c: Clients, who: 'leader' | 'county' = 'leader', p = path) => {
    const res = await c.as(who).get(p)
    expect(res.status).toBe(200)
    return { memo: res.headers.get('x-stats-memo'), body: await res.text() }
  }

  beforeAll(async () => {
    ;({ t, w } = await openWorld(server!))
    cA = instance()
    cB = instance()
    await until(() => memos.every((m) => m.tileMemo.listening))
  })
  afterAll(async () => {
    await Promise.all(memos.map((m) => m.tileMemo.close()))
    await t?.drop()
  })

  it('answers a province-wide user from memory until a history write anywhere changes the figures', async () => {
    const first = await ask(cB)
    expect(first.memo).toBe('miss')
    expect(await ask(cB)).toEqual({ memo: 'hit', body: first.body })
    // The same answer, gzipped, for a client that accepts it.
    const zipped = await cB.as('leader').request('GET', path, undefined, { 'accept-encoding': 'gzip' })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(first.body)
    // A county user sees its own pipeline: never kept.
    expect((await ask(cB, 'county')).memo).toBe('miss')
    expect((await ask(cB, 'county')).memo).toBe('miss')

    // A green-state change written straight into the history (no API, no tile invalidation): the
    // span triggers rewrite the figures and notify every instance at commit.
    const { rows } = await sql<{ green_state: string }>`select green_state from mine_snapshot_span
      where mine_id = ${w.mineId} and from_on <= ${asOf} and to_on > ${asOf}`.execute(t.db)
    const to = rows[0].green_state === 'rectifying' ? 'building' : 'rectifying'
    await sql`insert into mine_event (mine_id, type, occurred_on, green_from, green_to, actor_role)
      values (${w.mineId}, 'memo_test', ${asOf}, ${rows[0].green_state}, ${to}, 'province')`.execute(t.db)
    await until(() => memos.every((m) => m.statsMemo.size === 0))
    const after = await ask(cB)
    expect(after.memo).toBe('miss')
    expect(after.body).not.toBe(first.body)
    const fresh = await regionStats(t.db, { asOf, level: 'county' })
    const county = (body: string, code: string) =>
      (JSON.parse(body) as { rows: { code: string; pipeline: unknown }[] }).rows.find((r) => r.code === code)
    const code = fresh.rows.find((r) => r.pipeline[to] > 0)!.code
    expect(county(after.body, code)?.pipeline).toEqual(fresh.rows.find((r) => r.code === code)!.pipeline)
  })

  it('keeps the alert list of province-wide users only; a county user gets its own, never kept', async () => {
    const alertsPath = `/api/alerts?asOf=${asOf}`
    const leader = await ask(cA, 'leader', alertsPath)
    expect(await ask(cA, 'leader', alertsPath)).toEqual({ memo: 'hit', body: leader.body })
    const county = await ask(cA, 'county', alertsPath)
    expect(county.memo).toBe('miss')
    expect((await ask(cA, 'county', alertsPath)).memo).toBe('miss')
    const { rows } = await sql<{ id: number }>`select id from mine where county_code <> '330522'`.execute(
      t.db,
    )
    const others = new Set(rows.map((r) => String(r.id)))
    const mineIds = (body: string) =>
      (JSON.parse(body) as { mineId?: string }[]).flatMap((a) => a.mineId ?? [])
    expect(mineIds(leader.body).some((id) => others.has(id))).toBe(true)
    expect(mineIds(county.body).some((id) => others.has(id))).toBe(false)
  })

  it('drops the public statistics and directory too, and forgets everything when its LISTEN connection is lost', async () => {
    const publicPath = `/api/public/stats?level=city&asOf=${asOf}`
    expect((await cA.anonymous.get(publicPath)).headers.get('x-stats-memo')).toBe('miss')
    expect((await cA.anonymous.get(publicPath)).headers.get('x-stats-memo')).toBe('hit')
    await sql`update target set value = value where region_code like '33%'`.execute(t.db)
    await until(() => memos[0].statsMemo.size === 0)
    expect((await cA.anonymous.get(publicPath)).headers.get('x-stats-memo')).toBe('miss')

    // The public directory: a renamed mine shows at once.
    const directory = async () => {
      const res = await cA.anonymous.get('/api/public/directory?pageSize=200')
      const names = ((await res.json()) as { items: { id: number; name: string }[] }).items
      return { memo: res.headers.get('x-stats-memo'), names }
    }
    await sql`insert into directory_entry (mine_id, entered_on) select ${w.mineId}, '2020-01-01'
      where not exists (select from directory_entry where mine_id = ${w.mineId} and removed_on is null)`.execute(
      t.db,
    )
    await memos[0].tileMemo.sync() // its own notification applied first
    const listed = (await directory()).names.find((m) => m.id === w.mineId)!
    expect(listed).toBeDefined()
    expect((await directory()).memo).toBe('hit')
    await sql`update mine set name = ${`${listed.name}（更名）`} where id = ${listed.id}`.execute(t.db)
    await until(() => memos[0].statsMemo.size === 0)
    const renamed = await directory()
    expect(renamed.memo).toBe('miss')
    expect(renamed.names.find((m) => m.id === listed.id)?.name).toBe(`${listed.name}（更名）`)

    await ask(cA)
    expect(memos[0].statsMemo.size).toBeGreaterThan(0)
    const pid = memos[0].tileMemo.listenerPid
    await sql`select pg_terminate_backend(${pid}::int)`.execute(t.db)
    await until(() => memos[0].tileMemo.listenerPid !== pid)
    expect(memos[0].statsMemo.size).toBe(0)
    await until(() => memos[0].tileMemo.listening)
    expect((await ask(cA)).memo).toBe('miss')
    expect((await ask(cA)).memo).toBe('hit')
  })
})
