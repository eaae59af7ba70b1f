import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from './config'
import { startServer } from './server'

describe('a started server (embedded PostGIS, real HTTP on loopback)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zgm-server-'))
  let server: Awaited<ReturnType<typeof startServer>>
  const url = (path: string) => `http://127.0.0.1:${server.port}${path}`

  beforeAll(async () => {
    server = await startServer(
      readConfig({
        PORT: '0',
        DATA_DIR: dataDir,
        DEMO: 'false',
        HTTP_HEADERS_TIMEOUT_S: '1',
        HTTP_REQUEST_TIMEOUT_S: '2',
      }),
      () => {},
    )
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('answers /api/health with the backend and the PostGIS version', async () => {
    const res = await fetch(url('/api/health'))
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      status: string
      database: { backend: string; postgis: string }
      demo: boolean
    }
    expect(body).toMatchObject({
      status: 'ok',
      database: { backend: 'embedded' },
      demo: false,
      basemap: null,
    })
    expect(body.database.postgis).toMatch(/^3\.\d+/)
  })

  it('answers unknown API paths with the JSON error shape', async () => {
    const res = await fetch(url('/api/nothing-here'))
    expect(res.status).toBe(404)
    const params = { resource: 'route', path: 'GET /api/nothing-here' }
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: '接口不存在：GET /api/nothing-here', params },
    })
    const en = await fetch(url('/api/nothing-here'), { headers: { 'accept-language': 'en' } })
    expect(await en.json()).toEqual({
      error: { code: 'not_found', message: 'no route for GET /api/nothing-here', params },
    })
  })

  it('answers /ogc as JSON and unknown /ogc and /tiles paths as JSON 404s, never the web page', async () => {
    const landing = await fetch(url('/ogc'))
    expect(landing.headers.get('content-type')).toMatch(/^application\/json/)
    for (const path of ['/ogc/nothing-here', '/tiles/nothing/here', '/api']) {
      const res = await fetch(url(path))
      expect(res.status, path).toBe(404)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found')
    }
  })

  it('loaded the real reference data on first start', async () => {
    const regions = (await (await fetch(url('/api/public/regions?level=county'))).json()) as {
      code: string
    }[]
    expect(regions).toHaveLength(89)
  })

  /** Writes `parts` to a raw socket `gapMs` apart; resolves when the server closes it. */
  function raw(parts: string[], gapMs = 0) {
    return new Promise<{ text: string; closedAfterMs: number }>((resolve, reject) => {
      const t0 = performance.now()
      const socket = connect(server.port, '127.0.0.1')
      let text = ''
      let timer: NodeJS.Timeout | undefined
      socket.setEncoding('utf8')
      socket.on('data', (d) => (text += d))
      socket.on('error', () => {})
      socket.on('close', () => {
        clearTimeout(timer)
        resolve({ text, closedAfterMs: performance.now() - t0 })
      })
      const guard = setTimeout(() => {
        socket.destroy()
        reject(new Error(`socket still open after 15 s; got ${text.slice(0, 200)}`))
      }, 15_000)
      socket.on('close', () => clearTimeout(guard))
      let i = 0
      const next = () => {
        if (i < parts.length && !socket.destroyed)
          socket.write(parts[i++], () => (timer = setTimeout(next, gapMs)))
      }
      socket.on('connect', next)
    })
  }

  it('F8: cuts a body trickled in slowly after the request timeout (2 s here), with 408', async () => {
    const head =
      'POST /api/auth/login HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 400\r\n\r\n'
    const { text, closedAfterMs } = await raw([head, ...Array.from({ length: 100 }, () => ' ')], 250)
    expect(text).toMatch(/^HTTP\/1\.1 408/)
    expect(closedAfterMs).toBeGreaterThan(1_500)
    expect(closedAfterMs).toBeLessThan(4_500)
  })

  it('F8: cuts headers sent slowly after the headers timeout (1 s here)', async () => {
    const { closedAfterMs } = await raw(
      ['GET /api/health HTTP/1.1\r\n', ...Array.from({ length: 40 }, (_, i) => `x-h${i}: 1\r\n`)],
      200,
    )
    expect(closedAfterMs).toBeLessThan(3_500)
  })

  it('F9: answers 413 before reading a large body with Connection: close, and closes', async () => {
    const head =
      'POST /api/auth/login HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 5000000\r\n\r\n'
    const { text, closedAfterMs } = await raw([head, '{"username":'])
    expect(text).toMatch(/^HTTP\/1\.1 413/)
    expect(text).toMatch(/\r\nconnection: close\r\n/i)
    expect(text).not.toMatch(/keep-alive/i)
    expect(text).toContain('"code":"payload_too_large"')
    expect(closedAfterMs).toBeLessThan(2_000)
  })

  it('F9: answers 401 to an anonymous write before its body arrives, with Connection: close', async () => {
    const head =
      'PUT /api/areas/1 HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n'
    const { text, closedAfterMs } = await raw([head, '{"version":1,'])
    expect(text).toMatch(/^HTTP\/1\.1 401/)
    expect(text).toMatch(/\r\nconnection: close\r\n/i)
    expect(closedAfterMs).toBeLessThan(1_500)
  })

  it('keeps the connection alive after an answer whose body was read', async () => {
    const body = '{"username":"nobody","password":"wrong-password"}'
    const res = await fetch(url('/api/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('connection')).not.toBe('close')
    // …and after one that had no body at all.
    const empty = await fetch(url('/api/auth/logout'), { method: 'POST' })
    expect(empty.status).toBeGreaterThanOrEqual(200)
    expect(empty.headers.get('connection')).not.toBe('close')
  })
})
