// The planner's side of areas (issue 11): planned dates, responsible party and notes; the bureau's
// queue; a rejection's reason shown on the area; progress counting approved apart from submitted;
// the live checks in the browser agreeing with PostGIS.
import { liveAreaCheck, polygonsAreaM2, type PolygonCoords } from '@zgm/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectConforms } from '../testing/conforms'
import { backends, type TestDb } from '../testing/test-db'
import { openWorld, type Clients, type World } from '../testing/world'
import { AreaFeature, AreaQueue } from './area.schemas'
import { MINIMAL_PDF } from '../documents/test-files'
import { BOW_TIE, INSIDE, circle, rect } from './test-geometries'

describe.each(backends)("the planner's areas on $name PostGIS", (backend) => {
  let t: TestDb, w: World, c: Clients
  beforeAll(async () => {
    ;({ t, w, c } = await openWorld(backend, { evaluatorAssigned: true }))
  })
  afterAll(() => t.drop())

  const create = async (body: Record<string, unknown> = {}) => {
    const res = await c.as('planner').post(`/api/mines/${w.mineId}/areas`, {
      kind: 'reclamation',
      name: '北坡复垦区',
      geometry: INSIDE,
      ...body,
    })
    expect(res.status, await res.clone().text()).toBe(201)
    return expectConforms(AreaFeature, await res.json())
  }

  it('R8: keeps planned start and end, the responsible party and notes, and each version records them', async () => {
    const f = await create({
      targetLandClass: '0103',
      plannedStart: '2021-03-01',
      plannedEnd: '2022-06-30',
      responsibleParty: '长兴某建材有限公司',
      notes: '先削坡后覆土',
    })
    expect(f.properties).toMatchObject({
      plannedStart: '2021-03-01',
      plannedEnd: '2022-06-30',
      responsibleParty: '长兴某建材有限公司',
      notes: '先削坡后覆土',
      rejectionReason: null,
    })
    const res = await c.as('planner').request('PUT', `/api/areas/${f.id}`, {
      version: 1,
      notes: null,
      plannedEnd: '2023-01-31',
    })
    expect(res.status).toBe(200)
    const after = expectConforms(AreaFeature, await res.json())
    expect(after.properties).toMatchObject({
      version: 2,
      notes: null,
      plannedEnd: '2023-01-31',
      plannedStart: '2021-03-01',
    })
    const history = (await (await c.as('planner').get(`/api/areas/${f.id}/versions`)).json()) as {
      versions: { attrs: Record<string, unknown> }[]
    }
    expect(history.versions.map((v) => v.attrs.plannedEnd)).toEqual(['2022-06-30', '2023-01-31'])
  })

  it('R8: refuses a planned end before the start, on create and on an edit of one date, writing nothing', async () => {
    const res = await c.as('planner').post(`/api/mines/${w.mineId}/areas`, {
      kind: 'reclamation',
      name: '倒序',
      geometry: INSIDE,
      plannedStart: '2021-03-01',
      plannedEnd: '2020-12-31',
    })
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'planned_end_before_start',
      message: '计划完成日期 2020-12-31 早于计划开始日期 2021-03-01',
    })
    const f = await create({ plannedStart: '2021-03-01' })
    const edit = await c
      .as('planner')
      .request('PUT', `/api/areas/${f.id}`, { version: 1, plannedEnd: '2021-02-01' })
    expect(edit.status).toBe(422)
    const now = expectConforms(AreaFeature, await (await c.as('planner').get(`/api/areas/${f.id}`)).json())
    expect(now.properties.version).toBe(1)
  })

  it("R8: the county's queue lists submitted areas of its region; a rejection's reason shows on the area", async () => {
    const f = await create({ name: '待审复垦区' })
    expect((await c.as('planner').post(`/api/areas/${f.id}/submit`, { version: 1 })).status).toBe(200)
    const queue = expectConforms(AreaQueue, await (await c.as('county').get('/api/areas/queue')).json())
    const item = queue.items.find((i) => i.area.id === f.id)!
    expect(item).toMatchObject({ mineName: expect.any(String), countyCode: '330522' })
    expect(item.submittedBy?.displayName).toBeTruthy()
    const other = expectConforms(AreaQueue, await (await c.as('countyOther').get('/api/areas/queue')).json())
    expect(other.items.some((i) => i.area.id === f.id)).toBe(false)
    expect((await c.as('planner').get('/api/areas/queue')).status).toBe(403)

    const rejected = await c
      .as('county')
      .post(`/api/areas/${f.id}/reject`, { version: 2, reason: '复垦方向与方案不符' })
    expect(rejected.status).toBe(200)
    const back = expectConforms(AreaFeature, await rejected.json())
    expect(back.properties).toMatchObject({ approval: 'rejected', rejectionReason: '复垦方向与方案不符' })
    const after = expectConforms(AreaQueue, await (await c.as('county').get('/api/areas/queue')).json())
    expect(after.items.some((i) => i.area.id === f.id)).toBe(false)
    // Edited after the rejection: a draft again, the reason no longer current.
    const edited = await c
      .as('planner')
      .request('PUT', `/api/areas/${f.id}`, { version: 3, name: '待审复垦区（改）' })
    expect(expectConforms(AreaFeature, await edited.json()).properties).toMatchObject({
      approval: 'draft',
      rejectionReason: null,
    })
  })

  it('R8: progress counts approved apart from submitted (drafts count in neither)', async () => {
    const region = '330522'
    const figures = async () => {
      const res = await c.as('county').get(`/api/areas/progress?region=${region}`)
      return ((await res.json()) as { total: { restoration: Record<string, number> } }).total.restoration
    }
    const before = await figures()
    const draft = await create({ kind: 'restoration', name: '草稿', geometry: rect(119.8985, 30.999) })
    const submitted = await create({ kind: 'restoration', name: '已提交', geometry: rect(119.9, 30.999) })
    await c.as('planner').post(`/api/areas/${submitted.id}/submit`, { version: 1 })
    const approved = await create({ kind: 'restoration', name: '已批准', geometry: rect(119.899, 31.0005) })
    await c.as('planner').post(`/api/areas/${approved.id}/submit`, { version: 1 })
    expect((await c.as('county').post(`/api/areas/${approved.id}/approve`, { version: 2 })).status).toBe(200)
    const after = await figures()
    expect(after.areas - before.areas).toBe(3)
    expect(after.submittedAreas - before.submittedAreas).toBe(1)
    expect(after.approvedAreas - before.approvedAreas).toBe(1)
    expect(after.approvedHectares - before.approvedHectares).toBeCloseTo(
      approved.properties.areaM2 / 10_000,
      3,
    )
    expect(after.submittedHectares - before.submittedHectares).toBeCloseTo(
      submitted.properties.areaM2 / 10_000,
      3,
    )
    expect(draft.properties.approval).toBe('draft')
  })

  it('R8: the live check agrees with PostGIS on area (within 0.5 %) and on the bow-tie', async () => {
    for (const g of [INSIDE, circle(64), circle(500, 0.01)]) {
      const coords = g.coordinates as unknown as PolygonCoords
      const { rows } = await sql<{ m2: number }>`
        select st_area(st_setsrid(st_geomfromgeojson(${JSON.stringify(g)}), 4326)::geography) as m2`.execute(
        t.db,
      )
      const server = Number(rows[0]!.m2)
      expect(Math.abs(polygonsAreaM2([coords]) - server) / server).toBeLessThan(0.005)
    }
    const live = liveAreaCheck(BOW_TIE, {
      footprint: null,
      maxDistanceM: 500,
      provinceBBox: [118, 27, 123, 31.2],
    })
    expect(live.problems.map((p) => p.code)).toEqual(['geometry_self_intersection'])
    const res = await c
      .as('planner')
      .post(`/api/mines/${w.mineId}/areas`, { kind: 'restoration', name: 'x', geometry: BOW_TIE })
    const error = ((await res.json()) as { error: { code: string; params: { at: number[] } } }).error
    expect(error.code).toBe('geometry_self_intersection')
    const liveAt = (live.problems[0] as { at: number[] }).at
    expect(error.params.at[0]).toBeCloseTo(liveAt[0]!, 5)
    expect(error.params.at[1]).toBeCloseTo(liveAt[1]!, 5)
  })

  it('R8: attaches evidence (a plan, a photo) to an area: editors file it, the region reads it, others do not', async () => {
    const f = await create({ name: '附方案的复垦区' })
    const form = (kind: string) => {
      const data = new FormData()
      data.set('file', new File([new Uint8Array(MINIMAL_PDF)], '复垦方案.pdf', { type: 'application/pdf' }))
      data.set('kind', kind)
      return data
    }
    const res = await c.as('planner').post(`/api/areas/${f.id}/documents`, form('restoration_plan'))
    expect(res.status, await res.clone().text()).toBe(201)
    expect(await res.json()).toMatchObject({ areaId: f.id, mineId: w.mineId, kind: 'restoration_plan' })
    // A PDF is not a photo; a bureau does not draw, so it does not attach evidence either.
    expect((await c.as('planner').post(`/api/areas/${f.id}/documents`, form('photo'))).status).toBe(415)
    expect((await c.as('county').post(`/api/areas/${f.id}/documents`, form('other'))).status).toBe(403)
    const list = (await (await c.as('county').get(`/api/areas/${f.id}/documents`)).json()) as {
      documents: { filename: string; areaId: number }[]
    }
    expect(list.documents).toEqual([expect.objectContaining({ filename: '复垦方案.pdf', areaId: f.id })])
    expect((await c.as('plannerOther').get(`/api/areas/${f.id}/documents`)).status).toBe(404)
  })
})
