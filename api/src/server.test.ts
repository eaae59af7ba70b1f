import { mkdtempSync, rmSync } from 'node:fs'
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
    server = await startServer(readConfig({ PORT: '0', DATA_DIR: dataDir, DEMO: 'false' }), () => {})
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
})
