// The inbox: each step that creates work for someone writes their notification in its own
// transaction; a user reads only their own (404 otherwise), and marking read is idempotent.
import { addDays, buildHolidayCalendar, endAfterWorkingDays, isAfter, todayInZhejiang } from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readHolidayCalendar } from '../seed/reference'
import { expectConforms } from '../testing/conforms'
import { CONFORMS, PASSING_SCORES, assignDirectly, registeredTeam } from '../testing/evaluation'
import { backends } from '../testing/test-db'
import { openWorld, type Client, type Who } from '../testing/world'
import { Inbox, Notification } from './inbox.schemas'

type Opened = Awaited<ReturnType<typeof openWorld>>
type InboxShape = {
  items: { id: number; kind: string; mineId: number | null; readAt: string | null }[]
  unread: number
}

const calendar = buildHolidayCalendar(readHolidayCalendar())

describe.each(backends)('inbox on $name PostGIS', (backend) => {
  let o: Opened
  let mineId: number
  const today = todayInZhejiang()
  const published = addDays(today, -7)
  const end = [endAfterWorkingDays(calendar, published, 7), addDays(today, 1)].reduce((a, b) =>
    isAfter(a, b) ? a : b,
  )
  const as = (who: Who): Client => o.c.as(who)
  const event = (who: Who, type: string, body: object) =>
    as(who).post(`/api/mines/${mineId}/events/${type}`, body)
  const inbox = async (who: Who, query = ''): Promise<InboxShape> => {
    const res = await as(who).get(`/api/inbox${query}`)
    expect(res.status, who).toBe(200)
    return expectConforms(Inbox, await res.json()) as InboxShape
  }
  const kinds = async (who: Who) => (await inbox(who)).items.map((i) => i.kind)

  beforeAll(async () => {
    o = await openWorld(backend)
    mineId = o.w.mineId
    // Bureau users may belong to a bureau organisation (the demo's do): their inbox is by region all the same.
    const bureau = await o.w.db
      .insertInto('organization')
      .values({ kind: 'bureau', name: '长兴县自然资源和规划局' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await o.w.db
      .updateTable('app_user')
      .set({ organization_id: bureau.id })
      .where('username', '=', 'county')
      .execute()
  })
  afterAll(() => o?.t.drop())

  it('a refused step writes no notification', async () => {
    const res = await event('enterprise', 'submit_self_assessment', {
      on: addDays(today, -10),
      recipients: ['county_land', 'county_environment'],
      expectedVersion: 99,
    })
    expect(res.status).toBe(409)
    expect(await kinds('county')).toEqual([])
  })

  it('R3.1: a submitted self-assessment reaches the mine’s county bureau, and no other', async () => {
    const res = await event('enterprise', 'submit_self_assessment', {
      on: addDays(today, -10),
      recipients: ['county_land', 'county_environment'],
    })
    expect(res.status).toBe(200)
    const county = await inbox('county')
    expect(county.items).toMatchObject([{ kind: 'self_assessment_submitted', mineId, readAt: null }])
    expect(county.unread).toBe(1)
    for (const who of ['countyOther', 'city', 'province', 'enterprise', 'evaluator'] as const)
      expect(await kinds(who), who).toEqual([])
  })

  it('R3.2: the assigned agency’s evaluators hear of it; another agency’s do not', async () => {
    const res = await assignDirectly(as('county'), as('province'), mineId, o.w.agencyId, addDays(today, -9))
    expect(res.status).toBe(200)
    expect(await kinds('evaluator')).toEqual(['evaluator_assigned'])
    expect(await kinds('evaluatorOther')).toEqual([])
  })

  it('R3.4–R3.5: the filed verification reaches the county; a public objection reaches the notice’s bureau', async () => {
    const filed = await event('evaluator', 'file_verification', {
      on: addDays(today, -8),
      indicatorSetId: 'CN-2020',
      scores: PASSING_SCORES,
      team: await registeredTeam(o.w.db, o.w.agencyId),
      standard: CONFORMS,
    })
    expect(filed.status).toBe(200)
    const published_ = await event('county', 'publish_county_publicity', {
      on: published,
      period: { start: published, end },
      objectionChannel: '书面或电子邮件（实名）',
    })
    expect(published_.status).toBe(200)
    const { publicity_id } = await o.w.db
      .selectFrom('publicity_item')
      .select('publicity_id')
      .where('mine_id', '=', mineId)
      .executeTakeFirstOrThrow()
    const form = new FormData()
    form.set('publicityId', String(publicity_id))
    form.set('mineId', String(mineId))
    form.set('content', '该矿山东侧边坡复绿未完成，与公示的核查意见不符，请予核查。')
    const objected = await o.c.anonymous.request('POST', '/api/public/objections', form)
    expect(objected.status).toBe(201)
    expect(await kinds('county')).toEqual([
      'objection_filed',
      'verification_filed',
      'self_assessment_submitted',
    ])
    expect(await kinds('countyOther')).toEqual([])
  })

  it('another user’s notification is 404 to read; marking read is idempotent and only for the reader', async () => {
    const [latest] = (await inbox('county')).items
    for (const who of ['countyOther', 'city', 'enterprise', 'evaluator', 'province'] as const) {
      const res = await as(who).post(`/api/inbox/${latest!.id}/read`, {})
      expect(res.status, who).toBe(404)
    }
    expect((await as('county').post('/api/inbox/999999/read', {})).status).toBe(404)
    const first = await as('county').post(`/api/inbox/${latest!.id}/read`, {})
    expect(first.status).toBe(200)
    const read = expectConforms(Notification, await first.json())
    expect(read.readAt).not.toBeNull()
    const again = expectConforms(
      Notification,
      await (await as('county').post(`/api/inbox/${latest!.id}/read`, {})).json(),
    )
    expect(again.readAt).toBe(read.readAt)
    expect((await inbox('county')).unread).toBe(2)
    expect((await inbox('county', '?unread=true')).items.map((i) => i.id)).not.toContain(latest!.id)
    expect((await inbox('county', '?unread=false')).items.map((i) => i.id)).toEqual([latest!.id])
  })

  it('read-all marks the rest, once; a second call marks nothing', async () => {
    const res = await as('county').post('/api/inbox/read-all', {})
    expect(await res.json()).toEqual({ marked: 2 })
    expect(await (await as('county').post('/api/inbox/read-all', {})).json()).toEqual({ marked: 0 })
    expect((await inbox('county')).unread).toBe(0)
    // The evaluator's notification is untouched by the county's reading.
    expect((await inbox('evaluator')).unread).toBe(1)
  })

  it('refuses a bad query, the public, and a write without the CSRF token', async () => {
    expect((await as('county').get('/api/inbox?unread=maybe')).status).toBe(400)
    expect((await o.c.anonymous.get('/api/inbox')).status).toBe(401)
    const [item] = (await inbox('evaluator')).items
    const noCsrf = await as('evaluator').request(
      'POST',
      `/api/inbox/${item!.id}/read`,
      {},
      { 'x-csrf-token': '' },
    )
    expect(noCsrf.status).toBe(403)
    expect((await inbox('evaluator')).unread).toBe(1)
  })
})
