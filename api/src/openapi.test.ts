import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from './app'
import { Health } from './health/health.schemas'
import { expectConforms } from './testing/conforms'
import { untypedPlaces, type OpenApiDocument } from './testing/openapi-walk'
import { backends, freshDb, type TestDb } from './testing/test-db'
import { testApp } from './testing/world'

describe('OpenAPI document', () => {
  let t: TestDb
  let app: App
  let doc: OpenApiDocument & { openapi: string }
  beforeAll(async () => {
    t = await freshDb(backends[0])
    app = testApp(t)
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
    const submit = doc.paths['/api/mines/{id}/events/submit_self_assessment'].post
    expect(JSON.stringify(doc.components?.schemas?.SubmitSelfAssessmentBody)).toContain('county_environment')
    expect(JSON.stringify(submit.requestBody)).toContain('#/components/schemas/SubmitSelfAssessmentBody')
  })

  it('types every request and response: no untyped schema, every success body a named component', () => {
    expect(untypedPlaces(doc)).toEqual([])
  })

  it('answers /api/health in the shape its schema names', async () => {
    expectConforms(Health, await (await app.request('/api/health')).json())
  })
})

describe('the OpenAPI walker', () => {
  it('finds untyped schemas and unnamed success bodies in a document zod wrote', async () => {
    const loose = new OpenAPIHono()
    const json = <T extends z.ZodType>(schema: T) => ({
      content: { 'application/json': { schema } },
      description: 'x',
    })
    loose.openapi(
      createRoute({
        method: 'post',
        path: '/loose',
        request: { body: { content: { 'application/json': { schema: z.object({ any: z.unknown() }) } } } },
        responses: {
          200: json(z.object({ rows: z.array(z.record(z.string(), z.any())) })),
          400: json(z.object({ ok: z.boolean() }).openapi('Fine')),
          500: { description: 'no body declared' },
        },
      }),
      (c) => c.json({ rows: [] }, 200),
    )
    loose.doc31('/doc', { openapi: '3.1.0', info: { title: 'loose', version: '0' } })
    const looseDoc = (await (await loose.request('/doc')).json()) as OpenApiDocument
    expect(untypedPlaces(looseDoc)).toEqual([
      'POST /loose request application/json/properties/any: untyped schema (accepts any value)',
      'POST /loose 200 application/json: success response is not a named component ($ref)',
      'POST /loose 200 application/json/properties/rows/items/additionalProperties: open additionalProperties (values of any type)',
      'POST /loose 500: response without a declared body',
    ])
    expect(untypedPlaces({ paths: {}, components: { schemas: { Any: {}, Yes: true } } })).toEqual([
      '#/components/schemas/Any: untyped schema (accepts any value)',
      '#/components/schemas/Yes: untyped schema (accepts any value)',
    ])
  })
})

describe('OpenAPI component names', () => {
  // Two schemas registered under one name silently become one in the document (the last wins), so
  // the typed client would describe one endpoint's answer with another's.
  it('are each given once across the API', () => {
    const dir = join(import.meta.dirname)
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.schemas.ts'),
    )
    const seen = new Map<string, string[]>()
    for (const file of files) {
      for (const [, name] of readFileSync(join(dir, file), 'utf8').matchAll(
        /\.openapi\('([A-Za-z0-9_]+)'\)/g,
      ))
        seen.set(name, [...(seen.get(name) ?? []), file])
    }
    expect(files.length).toBeGreaterThan(20)
    expect([...seen].filter(([, where]) => where.length > 1)).toEqual([])
  })
})
