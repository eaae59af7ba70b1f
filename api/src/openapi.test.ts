import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, freshDb, type TestDb } from './testing/test-db'
import { testApp } from './testing/world'

describe('OpenAPI document', () => {
  let t: TestDb
  let doc: { openapi: string; paths: Record<string, Record<string, unknown>> }
  beforeAll(async () => {
    t = await freshDb(backends[0])
    const app = testApp(t)
    const res = await app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    doc = (await res.json()) as typeof doc
  })
  afterAll(() => t.drop())

  it('reports the optional online basemap on /api/health only when configured', async () => {
    const configured = testApp(t, { TIANDITU_KEY: 'browser-key', TIANDITU_REVIEW_NO: 'GS(2024)0000号' })
    const health = (await (await configured.request('/api/health')).json()) as { basemap: unknown }
    expect(health.basemap).toEqual({ tiandituKey: 'browser-key', reviewNo: 'GS(2024)0000号' })
  })

  it('is a valid OpenAPI 3 document', async () => {
    const result = await new Validator().validate(doc as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('describes every feature of the API, generated from the route schemas', () => {
    const paths = Object.keys(doc.paths)
    for (const p of [
      '/api/health',
      '/api/auth/login',
      '/api/mines',
      '/api/mines/{id}',
      '/api/mines/{id}/events/submit_self_assessment',
      '/api/mines/{id}/events/recheck',
      '/api/mines/{id}/events/resume',
      '/api/spot-checks/draws',
      '/api/stats',
      '/api/alerts',
      '/api/public/stats',
      '/api/public/directory',
      '/api/public/publicity',
      '/tiles/{layer}.json',
      '/tiles/{layer}/{z}/{x}/{y}.mvt',
    ]) {
      expect(paths).toContain(p)
    }
    const submit = doc.paths['/api/mines/{id}/events/submit_self_assessment'].post as { requestBody: unknown }
    expect(JSON.stringify(submit.requestBody)).toContain('county_environment')
  })
})
