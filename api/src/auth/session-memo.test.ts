// Sessions kept in process: bounded, never past their expiry, refused while not listening or after
// a change, and between two API instances on one server database: a sign-out, a disabled account,
// a changed region or an expiry on one reaches the other, and a write never trusts a kept session.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../app'
import { INSIDE } from '../areas/test-geometries'
import { createMemos, type Memos } from '../memos'
import { noteSkip } from '../testing/skips'
import { backends, type TestDb } from '../testing/test-db'
import { until } from '../testing/until'
import { openWorld, PASSWORD, testDeps, type World } from '../testing/world'
import { createSessionMemo, type KeptSession } from './session-memo'
import { hashToken } from './session-token'

const kept = (username: string, id = 1): KeptSession => ({
  user: { id, username, displayName: username, role: 'county', regionCode: '330522', organizationId: null },
  csrfToken: 'csrf',
})

describe('the session memo on its own', () => {
  it('holds at most maxEntries sessions, least recently used first out', () => {
    const memo = createSessionMemo(() => true, { maxEntries: 2 })
    memo.put('a', kept('a'), 60_000, memo.generation())
    memo.put('b', kept('b'), 60_000, memo.generation())
    expect(memo.get('a')?.user.username).toBe('a') // now the most recent
    memo.put('c', kept('c'), 60_000, memo.generation())
    expect(memo.size).toBe(2)
    expect(memo.get('b')).toBeUndefined()
    expect(memo.get('a')).toBeDefined()
  })

  it('keeps a session no longer than its time left, nor than maxAgeMs', () => {
    let now = 0
    const memo = createSessionMemo(() => true, { maxAgeMs: 1000, now: () => now })
    memo.put('short', kept('short'), 300, memo.generation())
    memo.put('long', kept('long'), 3_600_000, memo.generation())
    memo.put('ended', kept('ended'), 0, memo.generation())
    now = 299
    expect(memo.get('short')).toBeDefined()
    expect(memo.get('ended')).toBeUndefined()
    now = 300
    expect(memo.get('short')).toBeUndefined()
    expect(memo.get('long')).toBeDefined()
    now = 1000
    expect(memo.get('long')).toBeUndefined()
    expect(memo.size).toBe(0)
  })

  it('refuses a session read before a change that came while it was being read, and keeps nothing while not listening', () => {
    let listening = true
    const memo = createSessionMemo(() => listening)
    const before = memo.generation()
    memo.forget()
    memo.put('a', kept('a'), 60_000, before)
    expect(memo.get('a')).toBeUndefined()
    memo.put('a', kept('a'), 60_000, memo.generation())
    listening = false
    expect(memo.get('a')).toBeUndefined()
    memo.put('b', kept('b'), 60_000, memo.generation())
    listening = true
    expect(memo.get('b')).toBeUndefined()
    expect(memo.get('a')).toBeDefined()
  })

  it('drops only the sessions of the users a change names, or all of them', () => {
    const memo = createSessionMemo(() => true)
    memo.put('a1', kept('a', 1), 60_000, memo.generation())
    memo.put('a2', kept('a', 1), 60_000, memo.generation())
    memo.put('b', kept('b', 2), 60_000, memo.generation())
    memo.put('c', kept('c', 3), 60_000, memo.generation())
    memo.forget([1, 3])
    expect(['a1', 'a2', 'b', 'c'].filter((k) => memo.get(k))).toEqual(['b'])
    memo.forget()
    expect(memo.size).toBe(0)
  })
})

const server = backends.find((b) => b.name === 'server')
if (!server)
  noteSkip('session memo across two API instances', 'needs TEST_DATABASE_URL (LISTEN/NOTIFY on a server)')

describe.skipIf(!server)('the sessions of two API instances on one server database', () => {
  let t: TestDb, w: World, appA: App, appB: App
  const memos: Memos[] = []
  const instance = () => {
    const m = createMemos(server!.url, 100)
    memos.push(m)
    return createApp({ ...testDeps(t), ...m })
  }
  const b = 1 // instance B's memories
  interface Session {
    cookie: string
    csrf: string
  }
  const signIn = async (app: App, username: string): Promise<Session> => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    })
    expect(res.status).toBe(200)
    const { csrfToken } = (await res.json()) as { csrfToken: string }
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrf: csrfToken }
  }
  const send = (app: App, s: Session, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  /** Who instance `app` says is signed in with `s` (null: nobody). */
  const me = async (app: App, s: Session) => {
    const res = await send(app, s, 'GET', '/api/auth/me')
    if (res.status === 401) return null
    expect(res.status).toBe(200)
    return ((await res.json()) as { user: { username: string; regionCode: string | null } }).user
  }
  /** Signs in on A and reads once on B, so that B keeps the session. */
  const keptOnB = async (username: string) => {
    const s = await signIn(appA, username)
    await memos[b].tileMemo.sync() // the login's own notification (expired sessions dropped) first
    expect((await me(appB, s))?.username).toBe(username)
    expect(memos[b].sessionMemo.size).toBeGreaterThan(0)
    return s
  }

  beforeAll(async () => {
    ;({ t, w } = await openWorld(server!))
    appA = instance()
    appB = instance()
    await until(() => memos.every((m) => m.tileMemo.listening))
  })
  afterAll(async () => {
    await Promise.all(memos.map((m) => m.tileMemo.close()))
    await t?.drop()
  })

  it('a sign-out on A ends the session on B, and only that user’s', async () => {
    const other = await keptOnB('enterprise')
    const s = await keptOnB('county')
    expect((await send(appA, s, 'POST', '/api/auth/logout')).status).toBe(204)
    await memos[b].tileMemo.sync()
    expect(memos[b].sessionMemo.get(hashToken(s.cookie.split('=')[1]))).toBeUndefined()
    expect(memos[b].sessionMemo.get(hashToken(other.cookie.split('=')[1]))).toBeDefined()
    expect(await me(appB, s)).toBeNull()
  })

  it('an account disabled or moved by an operator’s SQL is seen at once on B', async () => {
    const moved = await keptOnB('city')
    await sql`update app_user set region_code = '330000' where username = 'city'`.execute(t.db)
    await memos[b].tileMemo.sync()
    expect((await me(appB, moved))?.regionCode).toBe('330000')
    await sql`update app_user set region_code = '330500' where username = 'city'`.execute(t.db)

    const disabled = await keptOnB('othercounty')
    await sql`update app_user set disabled_at = now() where username = 'othercounty'`.execute(t.db)
    await memos[b].tileMemo.sync()
    expect(await me(appB, disabled)).toBeNull()
    await sql`update app_user set disabled_at = null where username = 'othercounty'`.execute(t.db)
  })

  it('a kept session ends on B when it expires by the database clock', async () => {
    const s = await keptOnB('province')
    const hash = (
      await sql<{ h: string }>`select token_hash as h from user_session
      where user_id = (select id from app_user where username = 'province') order by expires_at desc limit 1`.execute(
        t.db,
      )
    ).rows[0].h
    await sql`update user_session set expires_at = now() + interval '1 second' where token_hash = ${hash}`.execute(
      t.db,
    )
    await memos[b].tileMemo.sync()
    expect((await me(appB, s))?.username).toBe('province') // read again, kept for the second left
    expect(memos[b].sessionMemo.size).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, 1100))
    expect(await me(appB, s)).toBeNull()
  })

  it('a write on B reads its session from the database, even while B still keeps a revoked one', async () => {
    const s = await keptOnB('planner')
    // Revoked without a notification (triggers off for this transaction): B has not heard of it.
    await t.db.transaction().execute(async (tx) => {
      await sql`set local session_replication_role = replica`.execute(tx)
      await sql`delete from user_session where user_id = (select id from app_user where username = 'planner')`.execute(
        tx,
      )
    })
    expect((await me(appB, s))?.username).toBe('planner') // reads may lag until the notification
    const write = await send(appB, s, 'POST', `/api/mines/${w.mineId}/areas`, {
      kind: 'restoration',
      name: '复绿区 撤销的会话',
      geometry: INSIDE,
    })
    expect(write.status).toBe(401)
    // The write found the session gone; B's memory is dropped by the next change anywhere.
    memos[b].sessionMemo.forget()
    expect(await me(appB, s)).toBeNull()
  })

  it('a lost LISTEN connection empties the memory, which is not used until it is back', async () => {
    const s = await keptOnB('leader')
    const pid = memos[b].tileMemo.listenerPid
    await sql`select pg_terminate_backend(${pid}::int)`.execute(t.db)
    await until(() => memos[b].tileMemo.listenerPid !== pid)
    expect(memos[b].sessionMemo.size).toBe(0)
    await until(() => memos[b].tileMemo.listening)
    expect((await me(appB, s))?.username).toBe('leader')
    expect(memos[b].sessionMemo.size).toBe(1)
  })
})
