import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINIMAL_PDF } from '../documents/test-files'
import { HTML_CSP } from '../http/security-headers'
import { backends } from '../testing/test-db'
import { openWorld, testApp } from '../testing/world'

type Opened = Awaited<ReturnType<typeof openWorld>>

describe.each(backends)('hardening ($name PostGIS)', (backend) => {
  let o: Opened
  beforeAll(async () => {
    o = await openWorld(backend)
  })
  afterAll(() => o?.t.drop())

  it('sends security headers on the API, tiles and errors; session responses are never stored', async () => {
    for (const path of ['/api/health', '/api/nothing', '/tiles/counties/5/26/13.mvt']) {
      const res = await o.c.anonymous.get(path)
      expect(res.headers.get('content-security-policy'), path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
    }
    const me = await o.c.as('county').get('/api/auth/me')
    expect(me.status).toBe(200)
    expect(me.headers.get('cache-control')).toBe('no-store')
    const login = await o.w.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'county', password: 'wrong password' }),
    })
    expect(login.headers.get('cache-control')).toBe('no-store')
  })

  it('gives HTML a CSP without inline scripts that nothing may frame', async () => {
    // As server.ts serves the web app: an HTML route on the app after createApp.
    const app = testApp(o.t)
    app.get('/__shell', (c) => c.html('<!doctype html><p>壳</p>'))
    // A worker runs under its own script's policy: static scripts get the page's, not the data one.
    app.get('/assets/worker.js', (c) =>
      c.body('self.onmessage = () => {}', 200, { 'content-type': 'text/javascript' }),
    )
    expect((await app.request('/assets/worker.js')).headers.get('content-security-policy')).toBe(HTML_CSP)
    const res = await app.request('/__shell')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toBe(HTML_CSP)
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toMatch(/frame-ancestors 'none'/)
  })

  it('answers an anonymous write 401 before looking at its body', async () => {
    for (const path of [
      `/api/mines/${o.w.mineId}/events/close`,
      '/api/spot-checks/draws',
      `/api/areas/${o.w.footprintId}/submit`,
    ]) {
      const res = await o.c.anonymous.post(path, { nonsense: ['x'.repeat(10)] })
      expect(res.status, path).toBe(401)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated')
    }
  })

  it('shows the workflow pipeline of the whole province to province-wide roles only', async () => {
    const huzhou = async (who: 'county' | 'enterprise' | 'province' | 'leader') => {
      const body = (await (await o.c.as(who).get('/api/stats?level=city&asOf=2020-12-31')).json()) as {
        rows: { code: string; mandatory: number; pipeline: Record<string, number> }[]
      }
      const row = body.rows.find((r) => r.code === '330500')!
      return { mandatory: row.mandatory, mines: Object.values(row.pipeline).reduce((a, b) => a + b, 0) }
    }
    const all = await huzhou('province')
    expect(all.mines).toBe(2)
    expect(await huzhou('leader')).toEqual(all)
    // The published figures stay the same for everyone; the pipeline counts only their own mines.
    expect(await huzhou('county')).toEqual({ mandatory: all.mandatory, mines: 1 })
    expect(await huzhou('enterprise')).toEqual({ mandatory: all.mandatory, mines: 1 })
  })

  it('refuses a documentId of another mine like one that does not exist (404), writing nothing', async () => {
    const f = new FormData()
    f.set('file', new File([new Uint8Array(MINIMAL_PDF)], 'other.pdf', { type: 'application/pdf' }))
    f.set('kind', 'other')
    const up = await o.c.as('city').post(`/api/mines/${o.w.otherMineId}/documents`, f)
    expect(up.status).toBe(201)
    const otherDoc = ((await up.json()) as { id: number }).id
    for (const documentId of [otherDoc, 2_000_000_000]) {
      const res = await o.c.as('county').post(`/api/mines/${o.w.mineId}/events/close`, { documentId })
      expect(res.status).toBe(404)
      const { error } = (await res.json()) as { error: { code: string; params: object } }
      expect(error).toMatchObject({ code: 'not_found', params: { resource: 'document', id: documentId } })
    }
    const events = await o.w.db.selectFrom('mine_event').selectAll().execute()
    expect(events).toEqual([])
  })
})
