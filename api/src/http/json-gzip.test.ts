import { gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { describe, expect, it } from 'vitest'
import { jsonGzip } from './json-gzip'

// The middleware as /api mounts it: compress() outside, jsonGzip inside.
const app = new Hono()
app.use('*', compress())
app.use('*', jsonGzip)
const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `矿山 ${i}` })) }
app.get('/small', (c) => c.json({ ok: true }))
app.get('/big', (c) => {
  c.header('ETag', '"v1"')
  c.header('Set-Cookie', 'a=1; Path=/', { append: true })
  c.header('Set-Cookie', 'b=2; Path=/', { append: true })
  return c.json(big, 201)
})
app.get('/csv', (c) => c.body('id,name\n'.repeat(300), 200, { 'content-type': 'text/csv' }))
app.get('/refused', (c) => c.json({ code: 'not_found' }, 404))
app.get('/headers', (c) => c.json({ ok: 1 }, 202, { 'x-one': '1' }))
app.get('/init', (c) => c.json({ ok: 2 }, { status: 203, headers: { 'x-two': '2' } }))
app.get('/typed', (c) => c.json({ ok: 3 }, 200, { 'Content-Type': 'application/problem+json' }))

const gz = { 'accept-encoding': 'gzip, deflate' }

describe('jsonGzip', () => {
  it('sends a small JSON answer as it is, with its length', async () => {
    const res = await app.request('/small', { headers: gz })
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(res.headers.get('content-length')).toBe(String('{"ok":true}'.length))
    expect(await res.json()).toEqual({ ok: true })
    const refused = await app.request('/refused', { headers: gz })
    expect(refused.status).toBe(404)
    expect(refused.headers.get('content-encoding')).toBeNull()
  })

  it('gzips a large one for a client that accepts it, keeping status, cookies and a weakened ETag', async () => {
    const res = await app.request('/big', { headers: gz })
    expect(res.status).toBe(201)
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(res.headers.get('etag')).toBe('W/"v1"')
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/'])
    const body = Buffer.from(await res.arrayBuffer())
    expect(res.headers.get('content-length')).toBe(String(body.length))
    expect(JSON.parse(gunzipSync(body).toString('utf8'))).toEqual(big)
    expect(body.length).toBeLessThan(JSON.stringify(big).length / 3)
  })

  it('sends the large one uncompressed to a client that does not accept gzip, still varying on it', async () => {
    const res = await app.request('/big')
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(res.headers.get('etag')).toBe('"v1"')
    expect(await res.json()).toEqual(big)
  })

  it('keeps what every form of c.json says: status, headers, its own JSON media type', async () => {
    const answers = await Promise.all(['/headers', '/init', '/typed'].map((p) => app.request(p)))
    expect(answers.map((r) => r.status)).toEqual([202, 203, 200])
    expect(answers[0].headers.get('x-one')).toBe('1')
    expect(answers[1].headers.get('x-two')).toBe('2')
    expect(answers.map((r) => r.headers.get('content-type'))).toEqual([
      'application/json',
      'application/json',
      'application/problem+json',
    ])
    expect(await Promise.all(answers.map((r) => r.json()))).toEqual([{ ok: 1 }, { ok: 2 }, { ok: 3 }])
    // Only application/json is this middleware's: the others keep their own framing.
    expect(answers.map((r) => r.headers.get('content-length'))).toEqual(['8', '8', null])
  })

  it('leaves other media types to compress()', async () => {
    const res = await app.request('/csv', { headers: gz })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe('id,name\n'.repeat(300))
  })

  it('leaves HEAD alone', async () => {
    const res = await app.request('/big', { method: 'HEAD', headers: gz })
    expect(res.headers.get('content-encoding')).toBeNull()
  })
})
