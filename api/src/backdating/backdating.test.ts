import { addDays, commitmentOf, todayInZhejiang } from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../audit/audit.queries'
import { expectConforms } from '../testing/conforms'
import { backends } from '../testing/test-db'
import { openWorld } from '../testing/world'
import { BackdatedDecision, BackdatedEntryHeld, BackdatedEntryList } from './backdating.schemas'

type Opened = Awaited<ReturnType<typeof openWorld>>

describe.each(backends)('R7 backdated events wait for the province ($name PostGIS)', (backend) => {
  let o: Opened
  const today = todayInZhejiang()
  const longAgo = addDays(today, -400)
  const submit = (body: object) =>
    o.c.as('enterprise').post(`/api/mines/${o.w.mineId}/events/submit_self_assessment`, {
      recipients: ['county_land', 'county_environment'],
      ...body,
    })
  const counts = async () => {
    const n = async (table: 'mine_event' | 'audit_log' | 'backdated_entry' | 'self_assessment') =>
      Number(
        (
          await o.w.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    return {
      events: await n('mine_event'),
      audit: await n('audit_log'),
      held: await n('backdated_entry'),
      sa: await n('self_assessment'),
    }
  }
  const mineState = async () =>
    await o.w.db
      .selectFrom('mine')
      .select(['green_state', 'version'])
      .where('id', '=', o.w.mineId)
      .executeTakeFirstOrThrow()

  beforeAll(async () => {
    o = await openWorld(backend, { env: { BACKDATE_DAYS: '30' } })
  })
  afterAll(() => o?.t.drop())

  it('R7: an event dated more than BACKDATE_DAYS back without a reason is refused, naming the limit, and nothing is written', async () => {
    const before = await counts()
    const res = await submit({ on: longAgo })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { code: string; message: string; params: object } }
    expect(body.error.code).toBe('backdate_reason_required')
    expect(body.error.params).toEqual({ on: longAgo, today, daysBack: 400, maxDays: 30 })
    expect(body.error.message).toContain('省厅')
    expect(await counts()).toEqual(before)
  })

  it('R7: a backdated event the rules refuse now is refused now, and nothing is held', async () => {
    const before = await counts()
    const res = await o.c.as('county').post(`/api/mines/${o.w.mineId}/events/submit_self_assessment`, {
      recipients: ['county_land', 'county_environment'],
      on: longAgo,
      backdateReason: '漏录',
    })
    expect(res.status).toBe(403)
    expect(await counts()).toEqual(before)
  })

  it('R7: with a reason the event is held without effect; only the province approves it, and then it is recorded with its business date', async () => {
    const before = await counts()
    const stateBefore = await mineState()
    const res = await submit({ on: longAgo, backdateReason: '纸质材料当年已报送，系统漏录' })
    expect(res.status).toBe(202)
    const held = expectConforms(BackdatedEntryHeld, await res.json())
    expect(held.entry).toMatchObject({
      status: 'pending',
      on: longAgo,
      daysBack: 400,
      requestedBy: 'enterprise',
    })
    // Held: the mine, its events and records are as they were; the request is in the audit trail.
    expect(await mineState()).toEqual(stateBefore)
    expect(await counts()).toEqual({ ...before, held: before.held + 1, audit: before.audit + 1 })

    // Who sees the desk: the province all, the requester its own, another role nothing of it.
    const list = async (who: 'province' | 'enterprise' | 'county') =>
      expectConforms(
        BackdatedEntryList,
        await (await o.c.as(who).get('/api/backdated-entries?status=pending')).json(),
      )
    expect((await list('province')).map((e) => e.id)).toEqual([held.entry.id])
    expect((await list('enterprise')).map((e) => e.id)).toEqual([held.entry.id])
    expect(await list('county')).toEqual([])

    const approve = (who: 'province' | 'county' | 'city') =>
      o.c.as(who).post(`/api/backdated-entries/${held.entry.id}/approve`, { reason: '核实属实' })
    expect((await approve('county')).status).toBe(403)
    expect((await approve('city')).status).toBe(403)
    const approved = await approve('province')
    expect(approved.status).toBe(200)
    const decision = expectConforms(BackdatedDecision, await approved.json())
    expect(decision.entry).toMatchObject({
      status: 'approved',
      decidedBy: 'province',
      decisionReason: '核实属实',
    })
    expect(decision.event).toMatchObject({
      on: longAgo,
      greenState: 'self_assessed',
      type: 'submit_self_assessment',
    })

    // Two clocks: the business date as asked, the knowledge time now; the approval in the payload.
    const event = await o.w.db
      .selectFrom('mine_event')
      .select(['occurred_on', 'recorded_at', 'actor_user_id', 'payload'])
      .where('id', '=', decision.event!.eventId)
      .executeTakeFirstOrThrow()
    expect(event.occurred_on).toBe(longAgo)
    expect(Date.now() - new Date(event.recorded_at).getTime()).toBeLessThan(60_000)
    expect(event.actor_user_id).toBe(o.w.users.enterprise)
    expect(event.payload).toMatchObject({ backdate: { entryId: held.entry.id, approvedBy: 'province' } })
    expect((await mineState()).green_state).toBe('self_assessed')
    const actions = await o.w.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'mine')
      .where('object_id', '=', String(o.w.mineId))
      .orderBy('id')
      .execute()
    expect(actions.map((a) => a.action)).toEqual([
      'backdate.request',
      'event.submit_self_assessment',
      'backdate.approve',
    ])
    expect((await verifyAuditChain(o.w.db)).ok).toBe(true)

    // Decided once: a second approval is refused.
    const again = await approve('province')
    expect(again.status).toBe(409)
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('backdate_not_pending')
  })

  it('R7: a rejected entry records nothing and keeps its reason; an event within the limit needs no approval', async () => {
    const suspend = (body: object) =>
      o.c.as('county').post(`/api/mines/${o.w.mineId}/events/suspend`, { reason: 'other', ...body })
    const res = await suspend({ on: addDays(today, -200), backdateReason: '补录停产' })
    expect(res.status).toBe(202)
    const { entry } = (await res.json()) as { entry: { id: number } }
    const before = await counts()
    const noReason = await o.c.as('province').post(`/api/backdated-entries/${entry.id}/reject`, {})
    expect(noReason.status).toBe(400)
    const rejected = await o.c
      .as('province')
      .post(`/api/backdated-entries/${entry.id}/reject`, { reason: '无证明材料' })
    expect(rejected.status).toBe(200)
    expect(((await rejected.json()) as { entry: object }).entry).toMatchObject({
      status: 'rejected',
      decisionReason: '无证明材料',
      eventId: null,
    })
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 })

    const recent = await suspend({ on: addDays(today, -30) })
    expect(recent.status).toBe(200)
  })

  it('R6: a spot-check draw dated back past the limit is refused (it would choose its population after the fact); one dated today is committed', async () => {
    const drawsNow = () =>
      o.w.db
        .selectFrom('spot_check_draw')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n))
    const before = await drawsNow()
    const commit = (on: string) =>
      o.c.as('province').post('/api/spot-checks/draws', {
        regionCode: '330500',
        period: today.slice(0, 4),
        seedHash: commitmentOf('a seed'),
        ratio: 0.1,
        on,
      })
    const res = await commit(longAgo)
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { code: string; message: string; params: object } }
    expect(body.error.code).toBe('R6.draw_backdated')
    expect(body.error.params).toEqual({ on: longAgo, today, daysBack: 400, maxDays: 30 })
    expect(body.error.message).toContain('不得倒签')
    expect(await drawsNow()).toBe(before)
    const ok = await commit(today)
    expect(ok.status, await ok.clone().text()).toBe(200)
    expect(await drawsNow()).toBe(before + 1)
  })
})
