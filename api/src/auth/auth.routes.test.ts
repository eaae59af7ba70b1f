import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import type { AppDeps } from '../app-deps'
import { onError } from '../http/errors'
import type { AppEnv } from '../http/env'
import { backends, freshDb, type TestDb } from '../testing/test-db'
import { testApp, testDeps } from '../testing/world'
import { authMiddleware } from './auth.routes'
import { requireRole } from './guards'
import { PASSWORD, insertOrganization, insertRegions, insertUser } from './test-accounts'

type Fetcher = { request(input: string, init?: RequestInit): Response | Promise<Response> }

function login(
  app: Fetcher,
  username: unknown,
  password: unknown = PASSWORD,
  headers: Record<string, string> = {},
  origin = '',
) {
  return app.request(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  })
}

function sessionCookie(res: Response): string {
  const token = /zgm_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1]
  if (!token) throw new Error('no session cookie')
  return `zgm_session=${token}`
}

async function signIn(app: Fetcher, username: string) {
  const res = await login(app, username)
  expect(res.status).toBe(200)
  const body = (await res.json()) as { csrfToken: string }
  return { cookie: sessionCookie(res), csrfToken: body.csrfToken }
}

const me = (app: Fetcher, cookie: string) => app.request('/api/auth/me', { headers: { cookie } })
const logout = (app: Fetcher, cookie: string, csrf?: string) =>
  app.request('/api/auth/logout', {
    method: 'POST',
    headers: { cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
  })
/** Response bodies as the tests read them: shapes are asserted, not assumed. */
const read = (res: Response) => res.json() as Promise<any>
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; params: Record<string, unknown> } }).error
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/** A stand-in for another feature: uses the middleware and guards as a feature would. */
function featureApp(deps: AppDeps) {
  const api = new Hono<AppEnv>()
  api.use('*', authMiddleware(deps))
  api.get('/workflow', (c) => c.json(requireRole(c, 'county', 'city')))
  api.post('/write', (c) => c.json({ written: true }))
  const app = new Hono().route('/api', api)
  app.onError(onError)
  return app
}

describe.each(backends)('accounts on $name PostGIS', (backend) => {
  let t: TestDb
  let deps: AppDeps
  let app: ReturnType<typeof createApp>
  let countyId: number
  const failures = (key: string, n: number) =>
    t.db
      .insertInto('login_attempt')
      .values(Array.from({ length: n }, () => ({ key, ok: false })))
      .execute()

  beforeAll(async () => {
    t = await freshDb(backend)
    deps = testDeps(t)
    app = createApp(deps)
    await insertRegions(t.db)
    const enterpriseId = await insertOrganization(t.db, 'enterprise')
    countyId = await insertUser(t.db, { username: 'county.a', role: 'county', region: '330522' })
    await insertUser(t.db, { username: 'ent.a', role: 'enterprise', organizationId: enterpriseId })
    await insertUser(t.db, { username: 'demo.leader', role: 'leader', region: '330000', isDemo: true })
    await insertUser(t.db, { username: 'gone', role: 'city', region: '330500', disabled: true })
  })
  afterAll(() => t.drop())
  beforeEach(async () => {
    await t.db.deleteFrom('login_attempt').execute()
  })

  it('signs in with an HttpOnly session cookie that /me then accepts', async () => {
    const res = await login(app, 'county.a')
    expect(res.status).toBe(200)
    const body = await read(res)
    expect(body.user).toEqual({
      id: countyId,
      username: 'county.a',
      displayName: 'county.a (test)',
      role: 'county',
      regionCode: '330522',
      organizationId: null,
    })
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const setCookie = res.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^zgm_session=[A-Za-z0-9_-]{43};/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).toMatch(/Max-Age=43200/)
    expect(setCookie).not.toMatch(/Secure/)

    const cookie = sessionCookie(res)
    const again = await me(app, cookie)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(body)
  })

  it('stores only the sha256 of the session token, expiring after sessionHours', async () => {
    const { cookie } = await signIn(app, 'ent.a')
    const token = cookie.split('=')[1]
    const rows = await t.db
      .selectFrom('user_session')
      .select(['token_hash', 'expires_at'])
      .where('token_hash', 'in', [token, sha256(token)])
      .execute()
    expect(rows.map((r) => r.token_hash)).toEqual([sha256(token)])
    expect(Math.round((rows[0].expires_at.getTime() - Date.now()) / 3_600_000)).toBe(12)
  })

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await login(app, 'county.a', PASSWORD, {}, 'https://zgm.example')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/)
  })

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login(app, 'county.a', 'not the password')
    const unknown = await login(app, 'nobody.here', 'not the password')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    const body = await read(wrong)
    expect(body.error.code).toBe('invalid_credentials')
    expect(await unknown.json()).toEqual(body)
  })

  it('says why a sign-in failed in Chinese by default and in English when the client prefers it', async () => {
    const zh = await errorOf(await login(app, 'county.a', 'not the password'))
    expect(zh).toEqual({ code: 'invalid_credentials', message: '登录失败：用户名或密码错误', params: {} })
    for (const headers of [
      { 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.8' },
      { 'accept-language': 'zh-CN;q=0.2, en' },
      { 'x-lang': 'en' },
    ] as Record<string, string>[]) {
      await t.db.deleteFrom('login_attempt').execute()
      const en = await errorOf(await login(app, 'county.a', 'not the password', headers))
      expect(en).toEqual({
        code: 'invalid_credentials',
        message: 'Sign-in failed: wrong username or password',
        params: {},
      })
    }
    const preferZh = await login(app, 'county.a', 'wrong', { 'accept-language': 'zh-TW,en;q=0.5' })
    expect((await errorOf(preferZh)).message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('refuses a disabled account, telling so only to someone who knows its password', async () => {
    const res = await login(app, 'gone')
    expect(res.status).toBe(401)
    expect((await errorOf(res)).code).toBe('account_disabled')
    expect((await errorOf(await login(app, 'gone', 'guess'))).code).toBe('invalid_credentials')
  })

  /** Makes the latest failures of every key look `seconds` older. */
  const age = (seconds: number) =>
    sql`update login_attempt set at = at - make_interval(secs => ${seconds})`.execute(t.db)

  /**
   * Makes every recorded failure look as if it had just happened: the delays below are counted
   * from the last failure, and a loaded machine can take more than a second between two sign-ins.
   */
  const justNow = () => sql`update login_attempt set at = now()`.execute(t.db)

  it('slows guessing on one account from one address with a growing delay, not a lock', async () => {
    for (let i = 0; i < 3; i++) expect((await login(app, 'county.a', `guess ${i}`)).status).toBe(401)
    // The 4th attempt waits 1 s after the 3rd failure, even with the right password.
    await justNow()
    const res = await login(app, 'county.a')
    expect(res.status).toBe(429)
    expect((await errorOf(res)).code).toBe('too_many_attempts')
    expect(Number(res.headers.get('retry-after'))).toBe(1)
    await age(1)
    expect((await login(app, 'county.a', 'guess 3')).status).toBe(401)
    await justNow()
    const next = await login(app, 'county.a')
    expect(Number(next.headers.get('retry-after'))).toBe(2)
    // Thirteen failures today: a guess per 15 minutes at most, for this address.
    await failures('pair:county.a@unknown', 9)
    const slow = await login(app, 'county.a')
    expect(slow.status).toBe(429)
    expect(Number(slow.headers.get('retry-after'))).toBe(900)
    // Waiting out the delay is enough: the right password then signs in and clears the streak.
    await age(900)
    expect((await login(app, 'county.a')).status).toBe(200)
    expect((await login(app, 'county.a', 'typo')).status).toBe(401)
  })

  it('does not hold one address’s failures against the account’s owner elsewhere or colleagues on it', async () => {
    const proxied = testApp(t, { TRUST_PROXY: '1' })
    const from = (ip: string) => ({ 'x-forwarded-for': ip })
    for (let i = 0; i < 6; i++) {
      if (i) await age(60)
      expect((await login(proxied, 'county.a', `guess ${i}`, from('198.51.100.7'))).status).toBe(401)
    }
    expect((await login(proxied, 'county.a', PASSWORD, from('198.51.100.7'))).status).toBe(429)
    expect((await login(proxied, 'county.a', PASSWORD, from('203.0.113.9'))).status).toBe(200)
    // Twenty failures from one address (a shared NAT) leave everyone else behind it alone.
    await t.db.deleteFrom('login_attempt').execute()
    await failures('ip:198.51.100.7', 20)
    expect((await login(proxied, 'ent.a', PASSWORD, from('198.51.100.7'))).status).toBe(200)
  })

  it('shares the delays between API instances on one database, even for concurrent attempts', async () => {
    const other = createApp(deps)
    for (let i = 0; i < 2; i++) expect((await login(app, 'county.a', 'guess')).status).toBe(401)
    expect((await login(other, 'county.a', 'guess')).status).toBe(401)
    expect((await login(other, 'county.a')).status).toBe(429)

    await t.db.deleteFrom('login_attempt').execute()
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => login(i % 2 ? app : other, 'ent.a', 'guess')),
    )
    const statuses = burst.map((r) => r.status)
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4)
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true)
  })

  it('slows password spraying from one address across accounts, never cleared by a success', async () => {
    await failures('ip:unknown', 50)
    const res = await login(app, 'ent.a')
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBe(1)
    await age(1)
    expect((await login(app, 'ent.a')).status).toBe(200)
    expect((await login(app, 'county.a', 'guess')).status).toBe(401)
    expect((await login(app, 'county.a')).status).toBe(429)
  })

  it('slows distributed guessing of one account to a minute per guess at most', async () => {
    await failures('user:county.a', 40)
    const res = await login(app, 'county.a')
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBe(60)
  })

  it('ignores X-Forwarded-For unless TRUST_PROXY=1', async () => {
    await failures('pair:county.a@198.51.100.7', 20)
    expect((await login(app, 'county.a', PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(200)
    await failures('pair:county.a@unknown', 20)
    expect((await login(app, 'county.a', PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(429)
    await t.db.deleteFrom('login_attempt').execute()
    const behindProxy = testApp(t, { TRUST_PROXY: '1' })
    const ok = await login(behindProxy, 'county.a', PASSWORD, {
      'x-forwarded-for': '203.0.113.9, 198.51.100.7',
    })
    expect(ok.status).toBe(200)
    const keys = await t.db.selectFrom('login_attempt').select('key').where('ok', '=', true).execute()
    expect(keys.map((k) => k.key).sort()).toEqual([
      'ip:198.51.100.7',
      'pair:county.a@198.51.100.7',
      'user:county.a',
    ])
  })

  it('logs out: the session row is gone and the old cookie no longer works', async () => {
    const { cookie, csrfToken } = await signIn(app, 'county.a')
    const res = await logout(app, cookie, csrfToken)
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toMatch(/^zgm_session=;.*Max-Age=0/)
    const token = cookie.split('=')[1]
    expect(
      await t.db.selectFrom('user_session').where('token_hash', '=', sha256(token)).selectAll().execute(),
    ).toEqual([])
    const after = await me(app, cookie)
    expect(after.status).toBe(401)
    expect((await errorOf(after)).code).toBe('unauthenticated')
  })

  it('treats an expired session as signed out and deletes it', async () => {
    const { cookie } = await signIn(app, 'county.a')
    const tokenHash = sha256(cookie.split('=')[1])
    await t.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_hash', '=', tokenHash)
      .execute()
    expect((await me(app, cookie)).status).toBe(401)
    expect(
      await t.db.selectFrom('user_session').where('token_hash', '=', tokenHash).selectAll().execute(),
    ).toEqual([])
  })

  it('demands the session CSRF token on signed-in writes', async () => {
    const { cookie, csrfToken } = await signIn(app, 'county.a')
    const other = await signIn(app, 'ent.a')
    for (const res of [await logout(app, cookie), await logout(app, cookie, other.csrfToken)]) {
      expect(res.status).toBe(403)
      expect((await errorOf(res)).code).toBe('csrf')
    }
    expect((await me(app, cookie)).status).toBe(200)
    expect((await logout(app, cookie, csrfToken)).status).toBe(204)
  })

  it('accepts login only as application/json (415 otherwise)', async () => {
    const body = JSON.stringify({ username: 'county.a', password: PASSWORD })
    for (const headers of [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      {},
    ] as Record<string, string>[]) {
      const res = await app.request('/api/auth/login', { method: 'POST', headers, body })
      expect(res.status).toBe(415)
      expect((await errorOf(res)).code).toBe('unsupported_media_type')
    }
  })

  it('rejects an invalid login body with 400 naming the field', async () => {
    const post = (body: string) =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
    const missing = await post(JSON.stringify({ username: 'county.a' }))
    expect(missing.status).toBe(400)
    expect(await errorOf(missing)).toMatchObject({
      code: 'invalid_input',
      message: 'password：必填',
      params: { field: 'password', issue: 'required' },
    })
    const wrongType = await post(JSON.stringify({ username: 42, password: PASSWORD }))
    expect(wrongType.status).toBe(400)
    expect(await errorOf(wrongType)).toMatchObject({
      params: { field: 'username', issue: 'invalid_type', expected: 'string' },
    })
    const malformed = await post('{"username":')
    expect(malformed.status).toBe(400)
    expect(await errorOf(malformed)).toMatchObject({
      code: 'malformed_json',
      message: '请求体不是有效的 JSON',
    })
  })

  it('refuses demo accounts with 403 demo_disabled outside demo mode, also for existing sessions', async () => {
    const { cookie } = await signIn(app, 'demo.leader')
    const production = testApp(t, { DEMO: 'false' })
    const res = await login(production, 'demo.leader')
    expect(res.status).toBe(403)
    expect((await errorOf(res)).code).toBe('demo_disabled')
    expect((await me(production, cookie)).status).toBe(401)
    expect((await login(production, 'county.a')).status).toBe(200)
  })

  it('gives other features requireRole and CSRF protection through the middleware', async () => {
    const feature = featureApp(deps)
    const anonymous = await feature.request('/api/workflow')
    expect(anonymous.status).toBe(401)
    const enterprise = await signIn(app, 'ent.a')
    const refused = await feature.request('/api/workflow', { headers: { cookie: enterprise.cookie } })
    expect(refused.status).toBe(403)
    expect(await errorOf(refused)).toMatchObject({
      code: 'forbidden',
      params: { reason: 'role_required', roles: ['county', 'city'] },
    })
    const county = await signIn(app, 'county.a')
    expect(
      (await read(await feature.request('/api/workflow', { headers: { cookie: county.cookie } }))).username,
    ).toBe('county.a')

    expect((await feature.request('/api/write', { method: 'POST' })).status).toBe(200)
    expect(
      (await feature.request('/api/write', { method: 'POST', headers: { cookie: county.cookie } })).status,
    ).toBe(403)
    const ok = await feature.request('/api/write', {
      method: 'POST',
      headers: { cookie: county.cookie, 'x-csrf-token': county.csrfToken },
    })
    expect(ok.status).toBe(200)
  })

  it('documents the routes and the cookie scheme in /api/openapi.json', async () => {
    const doc = await read(await app.request('/api/openapi.json'))
    // Paths are relative to the /api mount (whether written out or as a server URL).
    const path = (p: string) => doc.paths[p] ?? doc.paths[`/api${p}`]
    expect(Object.keys(path('/auth/login'))).toEqual(['post'])
    expect(path('/auth/logout').post.security).toEqual([{ cookieAuth: [], csrfToken: [] }])
    expect(path('/auth/me').get.responses['200']).toBeDefined()
    expect(doc.components.securitySchemes.cookieAuth).toEqual({
      type: 'apiKey',
      in: 'cookie',
      name: 'zgm_session',
    })
    expect(doc.components.schemas.LoginBody.required).toEqual(['username', 'password'])
  })
})
