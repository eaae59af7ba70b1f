// PRODUCT §6 "Right people, right data": who may read, draw and approve a mine's areas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, type TestDb } from '../testing/test-db'
import { countRows, openWorld, type Clients, type World, type Who } from '../testing/world'
import { INSIDE } from './test-geometries'

describe.each(backends)('area access on $name PostGIS', (backend) => {
  let t: TestDb, fx: World, c: Clients
  beforeAll(async () => {
    ;({ t, w: fx, c } = await openWorld(backend, { evaluatorAssigned: true }))
  })
  afterAll(() => t.drop())

  const body = { kind: 'restoration', name: '复绿区', geometry: INSIDE }
  const createAs = (who: Who) => c.as(who).request('POST', `/api/mines/${fx.mineId}/areas`, body)
  const submitted = async () => {
    const res = await createAs('planner')
    const { id } = (await res.json()) as { id: number }
    expect((await c.as('planner').request('POST', `/api/areas/${id}/submit`, { version: 1 })).status).toBe(
      200,
    )
    return id
  }

  it.each([
    ['planner', 201],
    ['enterprise', 201],
    ['plannerOther', 404],
    ['enterpriseOther', 404],
    ['county', 403],
    ['leader', 403],
    ['evaluator', 403],
  ] as const)('%s creating an area on the mine → %i', async (who, status) => {
    const before = await countRows(t.db)
    const res = await createAs(who)
    expect(res.status).toBe(status)
    // Users who cannot see the mine hear 404, as if it did not exist; others hear why they may not.
    if (status === 403) {
      expect(await res.json()).toMatchObject({
        error: { code: 'forbidden', params: { role: who } },
      })
    }
    if (status !== 201) expect(await countRows(t.db)).toEqual(before)
  })

  it('the public gets 401 on every area route, before any validation', async () => {
    const anon = c.anonymous
    expect((await anon.request('GET', `/api/mines/${fx.mineId}/areas`)).status).toBe(401)
    expect((await anon.request('POST', `/api/mines/${fx.mineId}/areas`, { junk: true })).status).toBe(401)
    expect((await anon.request('PUT', `/api/areas/${fx.footprintId}`, {})).status).toBe(401)
    expect((await anon.request('GET', `/api/areas/${fx.footprintId}/versions`)).status).toBe(401)
    const res = await anon.request('POST', `/api/areas/${fx.footprintId}/approve`, { version: 1 })
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: '请先登录', params: {} } })
  })

  it.each([
    ['planner', 200],
    ['enterprise', 200],
    ['county', 200],
    ['city', 200],
    ['province', 200],
    ['leader', 200],
    ['evaluator', 200],
    ['plannerOther', 404],
    ['enterpriseOther', 404],
    ['countyOther', 404],
    ['evaluatorOther', 404],
  ] as const)('%s reading the areas → %i', async (who, status) => {
    expect((await c.as(who).request('GET', `/api/mines/${fx.mineId}/areas`)).status).toBe(status)
  })

  it.each([
    ['county', 200],
    ['city', 200],
    ['province', 200],
    ['countyOther', 404],
    ['enterprise', 403],
    ['planner', 403],
    ['leader', 403],
  ] as const)('%s approving a submitted area → %i', async (who, status) => {
    const id = await submitted()
    const before = await countRows(t.db)
    const res = await c.as(who).request('POST', `/api/areas/${id}/approve`, { version: 2 })
    expect(res.status).toBe(status)
    if (status !== 200) expect(await countRows(t.db)).toEqual(before)
  })

  it('an enterprise cannot edit another enterprise’s area, nor its own mine’s area without the CSRF token', async () => {
    const { id } = (await (await createAs('planner')).json()) as { id: number }
    expect(
      (await c.as('enterpriseOther').request('PUT', `/api/areas/${id}`, { version: 1, name: 'x' })).status,
    ).toBe(404)
    const noCsrf = await c
      .as('enterprise')
      .request('PUT', `/api/areas/${id}`, { version: 1, name: 'x' }, { 'x-csrf-token': 'wrong' })
    expect(noCsrf.status).toBe(403)
    expect(((await noCsrf.json()) as { error: { code: string } }).error.code).toBe('csrf')
    expect(
      (await c.as('enterprise').request('PUT', `/api/areas/${id}`, { version: 1, name: '企业修改' })).status,
    ).toBe(200)
  })

  it('a forbidden user with a stale version learns nothing about the current feature', async () => {
    const { id } = (await (await createAs('planner')).json()) as { id: number }
    const res = await c.as('plannerOther').request('PUT', `/api/areas/${id}`, { version: 99, name: 'x' })
    expect(res.status).toBe(404)
    expect(JSON.stringify(await res.json())).not.toContain('currentVersion')
  })
})
