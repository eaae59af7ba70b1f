import { randomUUID } from 'node:crypto'
import { addDays, todayInZhejiang } from '@zgm/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectConforms } from '../testing/conforms'
import { backends, type TestDb } from '../testing/test-db'
import { latestAudit, MINE_AT, openWorld, type Clients, type Who, type World } from '../testing/world'
import { BoundaryAlertList, FieldInspection, FieldMine } from './field-inspections.schemas'

type Ring = [number, number][]
const box = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
]
/** The world's licence is the square 119.8975–119.9025 E, 30.9975–31.0025 N. */
const PARTLY_OUTSIDE = { type: 'Polygon', coordinates: [box(119.901, 30.999, 119.904, 31.001)] }
/** 0.00003° (≈ 2.9 m) past the eastern edge along 11 m: ≈ 31 m² outside, under the 50 m² tolerance. */
const SLIVER_OUTSIDE = { type: 'Polygon', coordinates: [box(119.9015, 31.0, 119.90253, 31.0001)] }
const INSIDE = { type: 'Polygon', coordinates: [box(119.899, 30.999, 119.9005, 31.0005)] }

interface ErrorBody {
  error: { code: string; message: string; params: Record<string, unknown> }
}

describe.each(backends)('field inspections on $name PostGIS', (backend) => {
  let t: TestDb, w: World, c: Clients
  const today = todayInZhejiang()
  let version = 0
  beforeAll(async () => {
    ;({ t, w, c } = await openWorld(backend, { env: { BACKDATE_DAYS: '30' }, evaluatorAssigned: true }))
  })
  afterAll(() => t.drop())

  const body = (over: Record<string, unknown> = {}) => ({
    mineId: w.mineId,
    on: today,
    recordedAt: '2026-11-30T02:00:00.000Z',
    baseVersion: version,
    checklist: [
      { code: 'prereq.valid_licences', result: 'pass' },
      { code: 'group.mine_environment', result: 'fail', note: '排土场未覆绿' },
    ],
    findings: '东侧越界开挖',
    sketch: PARTLY_OUTSIDE,
    ...over,
  })
  const put = (id: string, b: unknown, who: Who = 'county') =>
    c.as(who).request('PUT', `/api/field/inspections/${id}`, b)
  const counts = async () => {
    const { rows } = await sql<{ inspections: number; alerts: number; notes: number }>`
      select (select count(*)::int from field_inspection) as inspections,
        (select count(*)::int from boundary_alert) as alerts,
        (select count(*)::int from notification) as notes`.execute(w.db)
    return rows[0]
  }

  it('answers everything the form needs for one mine in one response; region-scoped', async () => {
    const res = await c.as('county').get(`/api/field/mines/${w.mineId}`)
    expect(res.status).toBe(200)
    const mine = expectConforms(FieldMine, await res.json())
    version = mine.mine.version
    expect(mine.mine).toMatchObject({
      id: w.mineId,
      countyCode: '330522',
      licenceNo: 'C3300002018011110000001',
    })
    expect(mine.licence?.type).toBe('MultiPolygon')
    expect(mine.footprint?.type).toBe('MultiPolygon')
    expect(mine.checklist.items.map((i) => i.code)).toContain('group.mine_environment')
    // Today's set (CN-2024 since April 2024): prerequisites, then one item per group, its points when confirmed.
    expect(mine.checklist.indicatorSetId).toBe('CN-2024')
    expect(mine.checklist.items.find((i) => i.code === 'group.mine_environment')).toMatchObject({
      zh: '矿区环境',
      group: 'mine_environment',
    })
    expect(mine.toleranceM2).toBe(50)
    expect((await c.as('countyOther').get(`/api/field/mines/${w.mineId}`)).status).toBe(404)
    expect((await c.as('enterprise').get(`/api/field/mines/${w.mineId}`)).status).toBe(403)
    expect((await c.as('evaluator').get(`/api/field/mines/${w.mineId}`)).status).toBe(200)
    expect((await c.anonymous.get(`/api/field/mines/${w.mineId}`)).status).toBe(401)
  })

  it('records an inspection with a sketch partly outside the licence and raises the 越界开采 alert in the same write', async () => {
    const before = await counts()
    const id = randomUUID()
    const res = await put(id, body())
    expect(res.status).toBe(201)
    const rec = expectConforms(FieldInspection, await res.json())
    expect(rec).toMatchObject({ clientId: id, mineId: w.mineId, replayed: false, regionCode: '330522' })
    // 0.0015° × 0.002° at 31° N ≈ 143 m × 222 m.
    expect(rec.outsideAreaM2!).toBeGreaterThan(30_000)
    expect(rec.outsideAreaM2!).toBeLessThan(33_500)
    expect(rec.sketchAreaM2!).toBeGreaterThan(rec.outsideAreaM2!)
    expect(rec.alert).toMatchObject({ state: 'open', areaM2: rec.outsideAreaM2 })
    expect(await counts()).toEqual({
      inspections: before.inspections + 1,
      alerts: before.alerts + 1,
      notes: before.notes + 2,
    })
    expect(await latestAudit(w.db)).toMatchObject({ action: 'field_inspection.record', actor_role: 'county' })
    for (const who of ['county', 'province'] as const) {
      const inbox = (await (await c.as(who).get('/api/inbox')).json()) as {
        items: { kind: string; mineId: number; params: { areaM2: number } }[]
      }
      expect(inbox.items.find((n) => n.kind === 'boundary_alert')).toMatchObject({
        mineId: w.mineId,
        params: { areaM2: rec.outsideAreaM2 },
      })
      const work = (await (await c.as(who).get('/api/work')).json()) as {
        items: { kind: string; mineId: number }[]
      }
      expect(work.items).toContainEqual(expect.objectContaining({ kind: 'boundary_alert', mineId: w.mineId }))
    }
    const other = (await (await c.as('countyOther').get('/api/inbox')).json()) as {
      items: { kind: string }[]
    }
    expect(other.items.filter((n) => n.kind === 'boundary_alert')).toEqual([])
    const alerts = expectConforms(
      BoundaryAlertList,
      await (await c.as('county').get('/api/field/alerts')).json(),
    )
    expect(alerts.items[0]).toMatchObject({ inspectionClientId: id, mineId: w.mineId, state: 'open' })
    expect(alerts.items[0].outside.type).toBe('MultiPolygon')
    const elsewhere = (await (await c.as('countyOther').get('/api/field/alerts')).json()) as {
      items: unknown[]
    }
    expect(elsewhere.items).toEqual([])
    expect((await c.as('enterprise').get('/api/field/alerts')).status).toBe(403)
  })

  it('a resend with the same id and body answers 200 with the same record, never a second one', async () => {
    const id = randomUUID()
    const first = (await (await put(id, body({ sketch: INSIDE }))).json()) as { id: number }
    const before = await counts()
    const again = await put(id, body({ sketch: INSIDE }))
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id: first.id, clientId: id, replayed: true })
    expect(await counts()).toEqual(before)
    const read = await c.as('city').get(`/api/field/inspections/${id}`)
    expect(await read.json()).toMatchObject({ id: first.id, replayed: false })
  })

  it('parallel resends of one new id make exactly one record', async () => {
    const id = randomUUID()
    const before = await counts()
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => put(id, body({ sketch: PARTLY_OUTSIDE }))),
    )
    const statuses = answers.map((r) => r.status).sort()
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201])
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { id: number }).id)))
    expect(ids.size).toBe(1)
    expect(await counts()).toEqual({
      inspections: before.inspections + 1,
      alerts: before.alerts + 1,
      notes: before.notes + 2,
    })
  })

  it('the same id with another body, or by another inspector, is refused 409 field.client_id_reused', async () => {
    const id = randomUUID()
    expect((await put(id, body({ sketch: null }))).status).toBe(201)
    const before = await counts()
    const reused = await put(id, body({ sketch: null, findings: '另一份记录' }))
    expect(reused.status).toBe(409)
    const err = (await reused.json()) as ErrorBody
    expect(err.error.code).toBe('field.client_id_reused')
    expect(err.error.message).toMatch(/编号/)
    expect((await put(id, body({ sketch: null }), 'city')).status).toBe(409)
    expect(await counts()).toEqual(before)
  })

  it('a sketch outside by less than the 50 m² tolerance is recorded without an alert', async () => {
    const before = await counts()
    const res = await put(randomUUID(), body({ sketch: SLIVER_OUTSIDE }))
    const rec = (await res.json()) as { outsideAreaM2: number; alert: unknown }
    expect(res.status).toBe(201)
    expect(rec.outsideAreaM2).toBeGreaterThan(10)
    expect(rec.outsideAreaM2).toBeLessThan(50)
    expect(rec.alert).toBeNull()
    expect(await counts()).toMatchObject({ alerts: before.alerts, notes: before.notes })
  })

  it.each([
    [
      'self-intersecting',
      {
        type: 'Polygon',
        coordinates: [
          [
            [119.899, 30.999],
            [119.901, 31.001],
            [119.901, 30.999],
            [119.899, 31.001],
            [119.899, 30.999],
          ],
        ],
      },
      422,
      'geometry_self_intersection',
    ],
    [
      'huge (> 10 km²)',
      { type: 'Polygon', coordinates: [box(119.88, 30.98, 119.92, 31.02)] },
      422,
      'area_out_of_range',
    ],
    [
      'far from the mine',
      { type: 'Polygon', coordinates: [box(119.95, 31.0, 119.951, 31.001)] },
      422,
      'too_far_from_footprint',
    ],
    ['a point', { type: 'Point', coordinates: MINE_AT }, 400, 'geometry_type'],
    ['coordinates of the wrong type', { type: 'Polygon', coordinates: 'abc' }, 400, 'invalid_coordinates'],
    [
      'an unclosed ring',
      { type: 'Polygon', coordinates: [box(119.899, 30.999, 119.9005, 31.0005).slice(0, 4)] },
      400,
      'ring_not_closed',
    ],
    [
      'swapped coordinates',
      { type: 'Polygon', coordinates: [box(30.999, 119.899, 31.0005, 119.9005)] },
      400,
      'swapped_coordinates',
    ],
  ])(
    'refuses a hostile sketch (%s) with a clear code; nothing written',
    async (_what, sketch, status, code) => {
      const before = await counts()
      const res = await put(randomUUID(), body({ sketch }))
      expect(res.status).toBe(status)
      const err = (await res.json()) as ErrorBody
      expect(err.error.code).toBe(code)
      expect(err.error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(await counts()).toEqual(before)
    },
  )

  it('refuses bad input, a future or too old date, a non-uuid id; nothing written', async () => {
    const before = await counts()
    const code = async (res: Response) => ((await res.json()) as ErrorBody).error.code
    const bad = await put(randomUUID(), body({ checklist: [{ code: 'x', result: 'maybe' }] }))
    expect([bad.status, await code(bad)]).toEqual([400, 'invalid_input'])
    const extra = await put(randomUUID(), body({ approved: true }))
    expect(extra.status).toBe(400)
    const future = await put(randomUUID(), body({ on: addDays(today, 2) }))
    expect([future.status, await code(future)]).toEqual([422, 'future_date'])
    const old = await put(randomUUID(), body({ on: addDays(today, -40) }))
    expect([old.status, await code(old)]).toEqual([422, 'field.too_old'])
    expect((await put('not-a-uuid', body())).status).toBe(400)
    const injected = await put(
      randomUUID(),
      body({ findings: "'); drop table field_inspection; --", sketch: null }),
    )
    expect(injected.status).toBe(201)
    expect((await counts()).inspections).toBe(before.inspections + 1)
  })

  it('refuses evaluators, enterprises, leaders and planners (role_required), another county (404)', async () => {
    const before = await counts()
    for (const who of ['evaluator', 'enterprise', 'leader', 'planner'] as const) {
      const res = await put(randomUUID(), body(), who)
      expect(res.status, who).toBe(403)
      expect(((await res.json()) as ErrorBody).error.params).toMatchObject({ reason: 'role_required' })
    }
    expect((await put(randomUUID(), body(), 'countyOther')).status).toBe(404)
    expect((await c.anonymous.request('PUT', `/api/field/inspections/${randomUUID()}`, body())).status).toBe(
      401,
    )
    expect(await counts()).toEqual(before)
  })

  it('refuses a stale baseVersion with what changed (who, when), never overwriting; the current version records', async () => {
    const suspended = await c.as('county').post(`/api/mines/${w.mineId}/events/suspend`, { reason: 'other' })
    expect(suspended.status).toBe(200)
    const before = await counts()
    const id = randomUUID()
    const res = await put(id, body())
    expect(res.status).toBe(409)
    const err = (await res.json()) as ErrorBody
    expect(err.error.code).toBe('version_conflict')
    expect(err.error.params).toMatchObject({
      resource: 'mine',
      sent: version,
      currentVersion: version + 1,
      opsStatus: 'suspended',
      changes: [
        expect.objectContaining({
          action: 'event.suspend',
          by: 'county',
          role: 'county',
          version: version + 1,
        }),
      ],
    })
    expect(await counts()).toEqual(before)
    // "Record against the current state": the same id, resent with the new version.
    const again = await put(id, body({ baseVersion: version + 1 }))
    expect(again.status).toBe(201)
  })
})
