import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../audit/audit.queries'
import { lngLatToTile } from '../tiles/tile-math'
import { backends, type TestDb } from '../testing/test-db'
import { expectConforms } from '../testing/conforms'
import { AreaCollection, AreaFeature, AreaHistory } from './area.schemas'
import { areaRoutes } from './areas.routes'
import { countRows, latestAudit, openWorld, type Clients, type World } from '../testing/world'
import { INSIDE, rect } from './test-geometries'

interface FeatureBody {
  id: number
  geometry: { type: string; coordinates: number[][][][] }
  properties: Record<string, unknown> & { version: number; approval: string; areaM2: number; kind: string }
}

describe.each(backends)('restoration and reclamation areas on $name PostGIS', (backend) => {
  let t: TestDb, fx: World, c: Clients
  beforeAll(async () => {
    ;({ t, w: fx, c } = await openWorld(backend, { evaluatorAssigned: true }))
  })
  afterAll(() => t.drop())

  const create = async (body: Record<string, unknown> = {}) => {
    const res = await c.as('planner').request('POST', `/api/mines/${fx.mineId}/areas`, {
      kind: 'restoration',
      name: '东采场复绿区',
      geometry: INSIDE,
      ...body,
    })
    expect(res.status).toBe(201)
    return (await res.json()) as FeatureBody
  }

  it('lists the footprint as GeoJSON with its geodesic area', async () => {
    const res = await c.as('planner').request('GET', `/api/mines/${fx.mineId}/areas`)
    expect(res.status).toBe(200)
    const body = expectConforms(AreaCollection, await res.json())
    expect(body.type).toBe('FeatureCollection')
    const footprint = body.features.find((f) => f.properties.kind === 'footprint')!
    expect(footprint.geometry.type).toBe('MultiPolygon')
    // 0.005° × 0.005° at 31°N: ≈ 477 m × 554 m.
    expect(footprint.properties.areaM2).toBeGreaterThan(255_000)
    expect(footprint.properties.areaM2).toBeLessThan(275_000)
  })

  it('creates a draft at version 1 with its area in m², a version row and an audit entry', async () => {
    const before = await countRows(t.db)
    const f = await create({ damageType: 'excavated', targetLandClass: '0301' })
    expect(f.geometry.type).toBe('MultiPolygon')
    expect(f.properties).toMatchObject({
      version: 1,
      approval: 'draft',
      kind: 'restoration',
      damageType: 'excavated',
      targetLandClass: '0301',
      progress: 'planned',
    })
    // 0.001° lng × 0.001° lat at 31°N ≈ 95.4 m × 110.9 m.
    expect(f.properties.areaM2).toBeGreaterThan(10_400)
    expect(f.properties.areaM2).toBeLessThan(10_800)
    expect(await countRows(t.db)).toEqual({
      ...before,
      areas: before.areas + 1,
      versions: before.versions + 1,
      audit: before.audit + 1,
    })
    const audit = await latestAudit(t.db)
    expect(audit).toMatchObject({
      action: 'area.create',
      object_type: 'mine_area',
      object_id: String(f.id),
      actor_role: 'planner',
    })
    expect(audit.after).toMatchObject({
      version: 1,
      name: '东采场复绿区',
      geometrySha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })

  it('updates geometry and attributes at the version read, and keeps every version', async () => {
    const f = await create()
    const res = await c.as('planner').request('PUT', `/api/areas/${f.id}`, {
      version: 1,
      name: '东采场复绿区（调整）',
      progress: 'in_progress',
      geometry: rect(119.899, 30.999, 0.002, 0.001),
    })
    expect(res.status).toBe(200)
    const updated = expectConforms(AreaFeature, await res.json())
    expect(updated.properties).toMatchObject({
      version: 2,
      name: '东采场复绿区（调整）',
      progress: 'in_progress',
      approval: 'draft',
    })
    expect(updated.properties.areaM2).toBeCloseTo(f.properties.areaM2 * 2, -2)

    const history = await c.as('planner').request('GET', `/api/areas/${f.id}/versions`)
    const historyBody = await history.json()
    expectConforms(AreaHistory, historyBody)
    const { versions } = historyBody as {
      versions: {
        version: number
        change: string
        attrs: { name: string }
        geometry: { coordinates: unknown }
      }[]
    }
    expect(versions.map((v) => [v.version, v.change])).toEqual([
      [1, 'create'],
      [2, 'update'],
    ])
    expect(versions[0].attrs.name).toBe('东采场复绿区')
    expect(versions[0].geometry.coordinates).toEqual(f.geometry.coordinates)
    expect(versions[1].geometry.coordinates).toEqual(updated.geometry.coordinates)
  })

  it('stores RFC 7946 winding (outer ring counter-clockwise) whatever the input order', async () => {
    const clockwise = { type: 'Polygon', coordinates: [[...INSIDE.coordinates[0]].reverse()] }
    const f = await create({ geometry: clockwise })
    const ring = f.geometry.coordinates[0][0]
    const signedArea = ring.slice(1).reduce((s, [x, y], i) => s + (ring[i][0] * y - x * ring[i][1]), 0)
    expect(signedArea).toBeGreaterThan(0)
  })

  it('submit → approve; editing the approved area starts a new draft version (revise), keeping the approved one', async () => {
    const f = await create({ kind: 'reclamation', targetLandClass: '0103' })
    const submit = await c.as('planner').request('POST', `/api/areas/${f.id}/submit`, { version: 1 })
    expect(submit.status).toBe(200)
    expect(((await submit.json()) as FeatureBody).properties).toMatchObject({
      approval: 'submitted',
      version: 2,
    })
    const approve = await c.as('county').request('POST', `/api/areas/${f.id}/approve`, { version: 2 })
    expect(approve.status).toBe(200)
    expect(((await approve.json()) as FeatureBody).properties).toMatchObject({
      approval: 'approved',
      version: 3,
    })

    const revise = await c
      .as('enterprise')
      .request('PUT', `/api/areas/${f.id}`, { version: 3, progress: 'completed' })
    expect(revise.status).toBe(200)
    expect(((await revise.json()) as FeatureBody).properties).toMatchObject({
      approval: 'draft',
      version: 4,
      progress: 'completed',
    })
    const history = (await (await c.as('county').request('GET', `/api/areas/${f.id}/versions`)).json()) as {
      versions: { change: string; attrs: { approval: string }; changedBy: { displayName: string } }[]
    }
    expect(history.versions.map((v) => [v.change, v.attrs.approval, v.changedBy.displayName])).toEqual([
      ['create', 'draft', 'planner'],
      ['submit', 'submitted', 'planner'],
      ['approve', 'approved', 'county'],
      ['revise', 'draft', 'enterprise'],
    ])
  })

  it('rejects with a reason kept in the history; a reason is required', async () => {
    const f = await create()
    await c.as('planner').request('POST', `/api/areas/${f.id}/submit`, { version: 1 })
    const noReason = await c.as('city').request('POST', `/api/areas/${f.id}/reject`, { version: 2 })
    expect(noReason.status).toBe(400)
    expect(await noReason.json()).toMatchObject({
      error: { code: 'invalid_input', params: { field: 'reason', issue: 'required' } },
    })
    const reject = await c
      .as('city')
      .request('POST', `/api/areas/${f.id}/reject`, { version: 2, reason: '复垦方向与方案不符' })
    expect(reject.status).toBe(200)
    expect(((await reject.json()) as FeatureBody).properties).toMatchObject({
      approval: 'rejected',
      version: 3,
    })
    const { versions } = (await (
      await c.as('planner').request('GET', `/api/areas/${f.id}/versions`)
    ).json()) as {
      versions: { change: string; attrs: { reason?: string } }[]
    }
    expect(versions.at(-1)).toMatchObject({ change: 'reject', attrs: { reason: '复垦方向与方案不符' } })
  })

  it('a submitted area is frozen until decided (409 R3.illegal_transition)', async () => {
    const f = await create()
    await c.as('planner').request('POST', `/api/areas/${f.id}/submit`, { version: 1 })
    const edit = await c.as('planner').request('PUT', `/api/areas/${f.id}`, { version: 2, name: 'x' })
    expect(edit.status).toBe(409)
    expect(await edit.json()).toMatchObject({
      error: {
        code: 'R3.illegal_transition',
        message: '图斑当前状态为"已提交待审核"，不能办理"修改图斑"',
        params: { state: 'submitted', subject: { zh: '图斑', en: 'the area' } },
      },
    })
  })

  it('soft-deletes at the version read: gone from the list, history and row kept', async () => {
    const f = await create()
    const stale = await c.as('planner').request('DELETE', `/api/areas/${f.id}?version=7`)
    expect(stale.status).toBe(409)
    const res = await c.as('planner').request('DELETE', `/api/areas/${f.id}?version=1`)
    expect(res.status).toBe(204)
    expect((await c.as('planner').request('GET', `/api/areas/${f.id}`)).status).toBe(404)
    const list = (await (await c.as('planner').request('GET', `/api/mines/${fx.mineId}/areas`)).json()) as {
      features: FeatureBody[]
    }
    expect(list.features.map((x) => x.id)).not.toContain(f.id)
    const row = await t.db
      .selectFrom('mine_area')
      .select(['deleted_at', 'version'])
      .where('id', '=', f.id)
      .executeTakeFirstOrThrow()
    expect(row.deleted_at).not.toBeNull()
    expect(row.version).toBe(2)
    const { versions } = (await (
      await c.as('planner').request('GET', `/api/areas/${f.id}/versions`)
    ).json()) as { versions: { change: string }[] }
    expect(versions.map((v) => v.change)).toEqual(['create', 'delete'])
  })

  it('a stale version gets 409 with the current version and feature', async () => {
    const f = await create()
    await c.as('planner').request('PUT', `/api/areas/${f.id}`, { version: 1, name: 'first edit' })
    const before = await countRows(t.db)
    const res = await c
      .as('enterprise')
      .request('PUT', `/api/areas/${f.id}`, { version: 1, name: 'second edit' })
    expect(res.status).toBe(409)
    const body = (await res.json()) as {
      error: { code: string; params: { currentVersion: number; current: FeatureBody } }
    }
    expect(body.error.code).toBe('version_conflict')
    expect(body.error.params.currentVersion).toBe(2)
    expect(body.error.params.current.properties).toMatchObject({ version: 2, name: 'first edit' })
    expect(body.error.params.current.geometry.type).toBe('MultiPolygon')
    expect(await countRows(t.db)).toEqual(before)
  })

  it('of two concurrent updates with the same version exactly one wins', async () => {
    const f = await create()
    const before = await countRows(t.db)
    const [a, b] = await Promise.all([
      c.as('planner').request('PUT', `/api/areas/${f.id}`, {
        version: 1,
        name: 'planner edit',
        geometry: rect(119.899, 30.999, 0.0012),
      }),
      c.as('enterprise').request('PUT', `/api/areas/${f.id}`, {
        version: 1,
        name: 'enterprise edit',
        geometry: rect(119.8992, 30.999),
      }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const winner = ((await (a.status === 200 ? a : b).json()) as FeatureBody).properties.name
    const row = await t.db
      .selectFrom('mine_area')
      .select(['name', 'version'])
      .where('id', '=', f.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ name: winner, version: 2 })
    expect(await countRows(t.db)).toEqual({
      ...before,
      versions: before.versions + 1,
      audit: before.audit + 1,
    })
  })

  it('invalidates cached restoration tiles over the area (old and new place), not elsewhere', async () => {
    const tileAt = (lng: number, lat: number, z: number) => {
      const [x, y] = lngLatToTile(lng, lat, z)
      return { layer: 'restoration', z, x: Math.floor(x), y: Math.floor(y), etag: 'e', body: Buffer.from('') }
    }
    const here = tileAt(119.8995, 30.9995, 14)
    const far = tileAt(121.0, 28.0, 14)
    await t.db.insertInto('tile_cache').values([here, far]).execute()
    await create()
    const left = await t.db
      .selectFrom('tile_cache')
      .select(['x', 'y'])
      .where('layer', '=', 'restoration')
      .execute()
    expect(left).toEqual([{ x: far.x, y: far.y }])
  })

  it('keeps the audit chain intact across all of the above', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
    const { rows } = await sql<{
      n: number
    }>`select count(*)::int as n from audit_log where action like 'area.%'`.execute(t.db)
    const versions = await t.db
      .selectFrom('mine_area_version')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(rows[0].n).toBe(Number(versions.n))
  })

  it('describes every route with its schemas and error responses in OpenAPI', () => {
    const doc = areaRoutes({ db: t.db, config: { areaMaxDistanceM: 500 } as never }).getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
    })
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual([
      '/areas/queue',
      '/areas/{id}',
      '/areas/{id}/approve',
      '/areas/{id}/reject',
      '/areas/{id}/submit',
      '/areas/{id}/versions',
      '/mines/{id}/areas',
    ])
    expect(Object.keys(doc.paths!['/areas/{id}']!.put!.responses!)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '413', '422']),
    )
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining([
        'AreaFeature',
        'AreaCollection',
        'CreateAreaBody',
        'UpdateAreaBody',
        'GeometryInput',
        'AreaHistory',
        'ApiError',
      ]),
    )
  })
})
