// The work queue per role on the demo as it stands today: every role finds open work, each item
// points at a mine the caller may see and at its desk, and one county never sees another's items.
import { regionContains } from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app'
import { hashPassword } from '../auth/password'
import { DEMO_PASSWORD } from '../seed/demo-accounts'
import { backends, type TestDb } from '../testing/test-db'
import { DEMO_TODAY, openDemoWorld, signIn, type Client } from '../testing/world'
import type { WorkQueue } from './work.service'

describe.each(backends)('GET /api/work ($name PostGIS)', (backend) => {
  let t: TestDb
  let app: App
  const queues = new Map<string, WorkQueue>()
  const as = (username: string): Promise<Client> => signIn(app, username, DEMO_PASSWORD)
  const work = async (username: string): Promise<WorkQueue> => {
    if (queues.has(username)) return queues.get(username)!
    const res = await (await as(username)).get(`/api/work?asOf=${DEMO_TODAY}`)
    expect(res.status, username).toBe(200)
    const q = (await res.json()) as WorkQueue
    queues.set(username, q)
    return q
  }

  beforeAll(async () => {
    ;({ t, app } = await openDemoWorld(backend))
    // A second county bureau (德清), to prove the queue keeps to its region.
    await t.db
      .insertInto('app_user')
      .values({
        username: 'county.deqing',
        display_name: '德清县局（测试）',
        password_hash: await hashPassword(DEMO_PASSWORD),
        role: 'county',
        region_code: '330521',
      })
      .execute()
  }, 240_000)
  afterAll(() => t?.drop())

  it.each([
    ['enterprise', 'self_assess'],
    ['county.changxing', 'draw_evaluator'],
    ['evaluator', 'file_verification'],
    ['city.huzhou', 'report_to_province'],
    ['province', 'enter_directory'],
  ])('%s finds open work today (%s among it), counts that add up, desk links', async (user, kind) => {
    const q = await work(user)
    expect(q.items.length).toBeGreaterThan(0)
    expect(q.items.map((i) => i.kind)).toContain(kind)
    expect(q.counts.waiting).toBe(q.items.length)
    expect(q.counts.overdue).toBe(q.items.filter((i) => i.overdue).length)
    expect(q.counts.dueSoon).toBe(
      q.items.filter((i) => !i.overdue && i.daysLeft !== null && i.daysLeft <= 30).length,
    )
    for (const i of q.items) {
      if (i.mineId !== null) expect(i.deskPath).toMatch(/^\/(plan$|[a-z]+\/mines\/\d+$)/)
      if (i.dueOn) expect(i.daysLeft).not.toBeNull()
    }
  })

  it('R3.3: the county draws for a self-assessment inside its one-month clock', async () => {
    const q = await work('county.changxing')
    const draw = q.items.find((i) => i.kind === 'draw_evaluator')!
    expect(draw.rule).toBe('R3.3')
    expect(draw.dueOn).not.toBeNull()
    expect(draw.deskPath).toBe(`/county/mines/${draw.mineId}`)
    expect(q.regionCode).toBe('330522')
  })

  it('keeps to the region: 长兴 never sees a 德清 item, 德清 never a 长兴 one, the city only its own', async () => {
    const changxing = await work('county.changxing')
    const deqing = await work('county.deqing')
    expect(changxing.items.every((i) => i.regionCode === '330522')).toBe(true)
    expect(deqing.items.every((i) => i.regionCode === '330521')).toBe(true)
    const changxingMines = new Set(changxing.items.map((i) => i.mineId))
    expect(deqing.items.filter((i) => i.mineId !== null && changxingMines.has(i.mineId))).toEqual([])
    const city = await work('city.huzhou')
    expect(city.items.every((i) => regionContains('330500', i.regionCode))).toBe(true)
  })

  it('the enterprise sees only its own mines, the evaluator only its assignments, each with a box to open on', async () => {
    for (const user of ['enterprise', 'evaluator']) {
      const q = await work(user)
      const client = await as(user)
      expect(q.bbox).not.toBeNull()
      for (const id of new Set(q.items.flatMap((i) => (i.mineId ? [i.mineId] : [])))) {
        expect((await client.get(`/api/mines/${id}`)).status, `${user} mine ${id}`).toBe(200)
      }
    }
  })

  it('the leader keeps the rules’ alerts as its queue, with overdue ones', async () => {
    const q = await work('leader')
    expect(q.items.length).toBeGreaterThan(0)
    expect(q.counts.overdue).toBeGreaterThan(0)
    expect(q.items.every((i) => i.deskPath.startsWith('/?s=mine:') || i.mineId === null)).toBe(true)
  })

  it('refuses a malformed date and the public', async () => {
    const county = await as('county.changxing')
    expect((await county.get('/api/work?asOf=2019-02-30')).status).toBe(400)
    expect((await app.request('/api/work')).status).toBe(401)
  })
})
