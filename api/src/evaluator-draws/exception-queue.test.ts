// The province's queue of evaluator exceptions (R3.2): every pending direct-assignment or redraw
// request across the province, read by the province and leaders only, and gone from the pending
// list once decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectConforms } from '../testing/conforms'
import { referenceDb } from '../testing/schema-template'
import { backends, type TestDb } from '../testing/test-db'
import { buildWorld, clients, type Clients, type World } from '../testing/world'
import { EvaluatorExceptionQueue } from './draws.schemas'

interface QueueItem {
  id: number
  mineId: number
  mineName: string
  countyCode: string
  agencyName: string | null
  decision: string
}

describe.each(backends)('R3.2 evaluator exception queue on $name PostGIS', (backend) => {
  let t: TestDb
  let w: World
  let c: Clients
  let requestId: number
  const queue = async (role: 'province' | 'leader', status = 'pending') => {
    const res = await c.as(role).get(`/api/evaluator-exceptions?status=${status}`)
    expect(res.status).toBe(200)
    const body = expectConforms(EvaluatorExceptionQueue, await res.json())
    return body.items as QueueItem[]
  }

  beforeAll(async () => {
    t = await referenceDb(backend)
    w = await buildWorld(t)
    c = clients(w.app)
    const submitted = await c.as('enterprise').post(`/api/mines/${w.mineId}/events/submit_self_assessment`, {
      on: '2021-03-01',
      recipients: ['county_land', 'county_environment'],
    })
    expect(submitted.status).toBe(200)
    const asked = await c.as('county').post(`/api/mines/${w.mineId}/evaluator-exceptions`, {
      kind: 'direct',
      agencyId: w.agencyId,
      reason: '测试：唯一具备资质的机构',
      on: '2021-03-02',
    })
    expect(asked.status).toBe(201)
    requestId = ((await asked.json()) as { id: number }).id
  })
  afterAll(() => t?.drop())

  it('lists the pending request with its mine, county and agency for the province and leaders', async () => {
    const mine = await t.db
      .selectFrom('mine')
      .select(['name', 'county_code'])
      .where('id', '=', w.mineId)
      .executeTakeFirstOrThrow()
    for (const role of ['province', 'leader'] as const) {
      expect(await queue(role)).toEqual([
        expect.objectContaining({
          id: requestId,
          mineId: w.mineId,
          mineName: mine.name,
          countyCode: mine.county_code,
          agencyName: expect.any(String),
          decision: 'pending',
        }),
      ])
    }
  })

  it('is refused to the county that asked, the other roles and the public; a bad status is 400', async () => {
    for (const role of ['county', 'city', 'enterprise', 'evaluator', 'planner'] as const)
      expect((await c.as(role).get('/api/evaluator-exceptions')).status, role).toBe(403)
    expect((await c.anonymous.get('/api/evaluator-exceptions')).status).toBe(401)
    expect((await c.as('province').get('/api/evaluator-exceptions?status=maybe')).status).toBe(400)
  })

  it('a decided request leaves the pending list and shows under its decision', async () => {
    const decided = await c.as('province').post(`/api/evaluator-exceptions/${requestId}/decision`, {
      approve: true,
      note: '同意直接委托',
    })
    expect(decided.status).toBe(200)
    expect(await queue('province')).toEqual([])
    expect((await queue('province', 'approved')).map((i) => i.id)).toEqual([requestId])
    expect(await queue('province', 'refused')).toEqual([])
  })
})
