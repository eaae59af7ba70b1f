import {
  addDays,
  buildHolidayCalendar,
  endAfterWorkingDays,
  isAfter,
  isRefusalCode,
  todayInZhejiang,
} from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINIMAL_PDF } from '../documents/test-files'
import { readHolidayCalendar } from '../seed/reference'
import { expectConforms } from '../testing/conforms'
import { CONFORMS, PASSING_SCORES, assignDirectly, registeredTeam } from '../testing/evaluation'
import { backends } from '../testing/test-db'
import { openWorld, type Client } from '../testing/world'
import { OBJECTION_LIMITS } from './objections.service'
import { ObjectionReceipt, PublicObjectionList } from './objections.schemas'

type Opened = Awaited<ReturnType<typeof openWorld>>

const TEXT = '该矿山东侧边坡复绿未完成，与公示的核查意见不符，请予核查。'
const calendar = buildHolidayCalendar(readHolidayCalendar())

const file = (bytes: Uint8Array, name: string, type: string) => new File([bytes], name, { type })

function form(fields: Record<string, string | File>): FormData {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

async function refusal(res: Response) {
  const body = (await res.json()) as {
    error: { code: string; message: string; params: Record<string, unknown> }
  }
  expect(isRefusalCode(body.error.code)).toBe(true)
  return { status: res.status, ...body.error }
}

describe.each(backends)('R3.5/R3.7 public objections on $name PostGIS', (backend) => {
  let o: Opened
  let noticeId: number
  let mineId: number
  /** The 德清 mine, in county publicity that runs today, so objections can be filed now. */
  const today = todayInZhejiang()
  const published = addDays(today, -7)
  const end = [endAfterWorkingDays(calendar, published, 7), addDays(today, 1)].reduce((a, b) =>
    isAfter(a, b) ? a : b,
  )
  let ip = 0
  /** Every call from its own address unless one is given, so the throttle only bites where a test wants it. */
  const object = (fields: Record<string, string | File>, from = `198.51.100.${++ip}`) =>
    o.c.anonymous.request('POST', '/api/public/objections', form(fields), { 'x-forwarded-for': from })
  const county = () => o.c.as('countyOther')
  const event = (who: Client, type: string, body: object) =>
    who.post(`/api/mines/${mineId}/events/${type}`, body)
  /** R3.2's direct path (a province-approved exception), so the evaluator is the world's agency. */
  const assign = async (county: Client, mine: number, on: string) => {
    const res = await assignDirectly(county, o.c.as('province'), mine, o.w.agencyId, on)
    if (res.status !== 200) throw new Error(`assign_evaluator: ${res.status} ${await res.text()}`)
  }
  /** Judged on CN-2020: CN-2024, in force today, has no weights loaded yet, so nothing passes it. */
  const verification = async (on: string) => ({
    on,
    indicatorSetId: 'CN-2020',
    scores: PASSING_SCORES,
    team: await registeredTeam(o.w.db, o.w.agencyId),
    standard: CONFORMS,
  })

  beforeAll(async () => {
    o = await openWorld(backend, { env: { TRUST_PROXY: '1' } })
    mineId = o.w.otherMineId
    const submitted = await event(o.c.as('enterpriseOther'), 'submit_self_assessment', {
      on: addDays(today, -10),
      recipients: ['county_land', 'county_environment'],
    })
    if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${await submitted.text()}`)
    await assign(county(), mineId, addDays(today, -9))
    const steps: [Client, string, object][] = [
      [o.c.as('evaluator'), 'file_verification', await verification(addDays(today, -8))],
      [
        county(),
        'publish_county_publicity',
        { on: published, period: { start: published, end }, objectionChannel: '书面或电子邮件（实名）' },
      ],
    ]
    for (const [who, type, body] of steps) {
      const res = await event(who, type, body)
      if (res.status !== 200) throw new Error(`${type}: ${res.status} ${await res.text()}`)
    }
    const notice = await o.w.db
      .selectFrom('publicity_item')
      .select('publicity_id')
      .where('mine_id', '=', mineId)
      .executeTakeFirstOrThrow()
    noticeId = notice.publicity_id
  })
  afterAll(() => o?.t.drop())

  const valid = () => ({ publicityId: String(noticeId), mineId: String(mineId), content: TEXT })

  it('R3.5: anyone may object without an account while the notice runs; contact is optional', async () => {
    const res = await object({ ...valid(), contact: '138****0000' })
    expect(res.status).toBe(201)
    expect(expectConforms(ObjectionReceipt, await res.json())).toMatchObject({
      publicityId: noticeId,
      mineId,
      receivedOn: today,
      attachment: null,
    })
    const anonymous = await object(valid())
    expect(anonymous.status).toBe(201)
    const stored = await o.w.db.selectFrom('objection').select(['client_key', 'submitter_contact']).execute()
    expect(stored.map((r) => r.submitter_contact).sort()).toEqual(['', '138****0000'])
    // The address is never stored, only a hash of it.
    expect(JSON.stringify(stored)).not.toContain('198.51.100')
  })

  it('R3.5: a PDF attachment is stored by its content; a hostile one is refused and nothing is written', async () => {
    const ok = await object({
      ...valid(),
      file: file(new Uint8Array(MINIMAL_PDF), '照片说明.pdf', 'application/pdf'),
    })
    expect(ok.status).toBe(201)
    const receipt = (await ok.json()) as { id: number; attachment: { mediaType: string } }
    expect(receipt.attachment.mediaType).toBe('application/pdf')
    const { attachment_document_id: doc } = await o.w.db
      .selectFrom('objection')
      .select('attachment_document_id')
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow()
    // The deciding county reads the evidence; the enterprise objected against and other counties do not.
    expect((await county().get(`/api/documents/${doc}`)).status).toBe(200)
    expect((await o.c.as('enterpriseOther').get(`/api/documents/${doc}`)).status).toBe(404)
    expect((await o.c.as('county').get(`/api/documents/${doc}`)).status).toBe(404)
    const before = await o.w.db
      .selectFrom('objection')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])
    const html = new TextEncoder().encode('<script>alert(1)</script>')
    for (const hostile of [
      file(exe, 'evidence.pdf', 'application/pdf'),
      file(html, 'photo.png', 'image/png'),
      file(html, 'note.html', 'text/html'),
    ]) {
      const res = await object({ ...valid(), file: hostile })
      expect(res.status, hostile.name).toBe(415)
      expect((await refusal(res)).code).toMatch(/^(type_mismatch|unsupported_type)$/)
    }
    const after = await o.w.db
      .selectFrom('objection')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('R3.5: the text is checked: too short, too many links, control characters; the mine must be on the notice', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ content: '不同意' }, 'too_short'],
      [{ content: `${TEXT} http://a.example http://b.example http://c.example http://d.example` }, 'links'],
      [{ content: `${TEXT}\u0007\u202e` }, 'control_characters'],
      [{ mineId: String(o.w.mineId) }, 'not_listed'],
    ]
    for (const [fields, reason] of cases) {
      const r = await refusal(await object({ ...valid(), ...fields }))
      expect({ status: r.status, code: r.code, reason: r.params.reason }).toEqual({
        status: 422,
        code: 'objection_rejected',
        reason,
      })
      expect(r.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('R3.5: an objection flood from one address is throttled (429 with Retry-After); another address is not', async () => {
    const flood = '203.0.113.7'
    const statuses: number[] = []
    for (let i = 0; i < OBJECTION_LIMITS.perClient + 3; i++)
      statuses.push((await object(valid(), flood)).status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(OBJECTION_LIMITS.perClient)
    const refused = await object(valid(), flood)
    const r = await refusal(refused)
    expect(r).toMatchObject({ status: 429, code: 'too_many_attempts', params: { action: 'objection' } })
    expect(Number(r.params.retryAfterSeconds)).toBeGreaterThan(0)
    expect((await object(valid(), '203.0.113.8')).status).toBe(201)
  })

  it('R3.5: concurrent objections from one address cannot slip past the limit', async () => {
    const burst = '203.0.113.99'
    const statuses = await Promise.all(
      Array.from({ length: OBJECTION_LIMITS.perClient + 4 }, () =>
        object(valid(), burst).then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 201)).toHaveLength(OBJECTION_LIMITS.perClient)
  })

  it('R3.5: an objection after the window is refused; a removal notice takes none', async () => {
    await o.w.db
      .insertInto('publicity')
      .values({
        level: 'county',
        region_code: '330521',
        title: '已结束的公示',
        start_on: '2020-01-02',
        end_on: '2020-01-10',
        objection_channel: '书面',
        issuer: '县局',
        published_on: '2020-01-02',
      })
      .execute()
    const ended = await o.w.db
      .selectFrom('publicity')
      .select('id')
      .where('title', '=', '已结束的公示')
      .executeTakeFirstOrThrow()
    await o.w.db.insertInto('publicity_item').values({ publicity_id: ended.id, mine_id: mineId }).execute()
    const late = await refusal(await object({ ...valid(), publicityId: String(ended.id) }))
    expect(late).toMatchObject({
      status: 422,
      code: 'objection_closed',
      params: { end: '2020-01-10', on: today },
    })
    expect(late.message).toContain('逾期')
    expect((await refusal(await object({ ...valid(), publicityId: '999999' }))).status).toBe(404)
    // A notice its bureau has closed takes none either, though its period still runs.
    await o.w.db
      .updateTable('publicity')
      .set({ start_on: addDays(today, -3), end_on: addDays(today, 5), closed_on: addDays(today, -1) })
      .where('id', '=', ended.id)
      .execute()
    expect(await refusal(await object({ ...valid(), publicityId: String(ended.id) }))).toMatchObject({
      status: 422,
      code: 'objection_closed',
    })
    const open = (await (await o.c.anonymous.get(`/api/public/publicity?status=open`)).json()) as {
      items: { id: number; open: boolean }[]
    }
    expect(open.items.map((n) => n.id)).not.toContain(ended.id)
    expect(open.items.every((n) => n.open)).toBe(true)
    // Back as it was: the tests after this one read the mine's newest notice.
    await o.w.db
      .updateTable('publicity')
      .set({ start_on: '2020-01-02', end_on: '2020-01-10', closed_on: null })
      .where('id', '=', ended.id)
      .execute()
  })

  it('R3.5: archiving is refused while an objection is open; the publishing county dismisses it with a reason, then archives', async () => {
    // The period has since ended (moved back in the test, as time would).
    await o.w.db
      .updateTable('publicity')
      .set({ end_on: addDays(today, -1) })
      .where('id', '=', noticeId)
      .execute()
    const upload = async (who: 'enterpriseOther' | 'evaluator', kind: string) => {
      const f = form({ kind, file: file(new Uint8Array(MINIMAL_PDF), `${kind}.pdf`, 'application/pdf') })
      return ((await (await o.c.as(who).post(`/api/mines/${mineId}/documents`, f)).json()) as { id: number })
        .id
    }
    const archived = {
      selfAssessmentDocumentId: await upload('enterpriseOther', 'self_assessment_report'),
      verificationReportDocumentId: await upload('evaluator', 'verification_report'),
    }
    const close = () =>
      event(county(), 'close_county_publicity', { on: today, objectionUpheld: false, archived })
    const open = (await (await county().get(`/api/objections?publicityId=${noticeId}`)).json()) as {
      items: { id: number; status: string; content: string }[]
    }
    const pending = open.items.filter((i) => i.status === 'pending')
    expect(pending.length).toBeGreaterThan(0)
    const blocked = await refusal(await close())
    expect(blocked).toMatchObject({
      status: 422,
      code: 'R3.5.objection_open',
      params: { open: pending.length },
    })

    // Only the bureau that published decides: not the city, not the province, not another county.
    const decision = { upheld: false, reason: '经现场复核，边坡复绿已按方案完成，异议不成立' }
    const first = pending[0].id
    for (const who of ['city', 'province', 'county'] as const) {
      const res = await o.c.as(who).post(`/api/objections/${first}/decision`, decision)
      expect([403, 404], who).toContain(res.status)
    }
    for (const item of pending) {
      const res = await county().post(`/api/objections/${item.id}/decision`, decision)
      expect(res.status).toBe(200)
    }
    const again = await refusal(await county().post(`/api/objections/${first}/decision`, decision))
    expect(again).toMatchObject({ status: 409, code: 'objection_decided' })

    const ok = await close()
    expect(((await ok.json()) as { greenState: string }).greenState).toBe('county_archived')

    // The decisions are published; the objector and the text are not.
    const pub = expectConforms(
      PublicObjectionList,
      await (await o.c.anonymous.get(`/api/public/objections?publicityId=${noticeId}`)).json(),
    )
    expect(pub.items.every((i) => i.status === 'dismissed' && i.decisionReason === decision.reason)).toBe(
      true,
    )
    const text = JSON.stringify(pub)
    for (const secret of [TEXT, '138****0000', 'content', 'submitter']) expect(text).not.toContain(secret)
  })

  it('R3.7: an open objection blocks entry into the directory; upheld, it keeps the mine out', async () => {
    // The 长兴 mine through the provincial list in 2020 (the April window), its objection recorded.
    const own = (type: string, who: Parameters<Opened['c']['as']>[0], body: object) =>
      o.c.as(who).post(`/api/mines/${o.w.mineId}/events/${type}`, body)
    const pdfOf = async (who: 'enterprise' | 'evaluator', kind: string) => {
      const f = form({ kind, file: file(new Uint8Array(MINIMAL_PDF), `${kind}.pdf`, 'application/pdf') })
      return (
        (await (await o.c.as(who).post(`/api/mines/${o.w.mineId}/documents`, f)).json()) as { id: number }
      ).id
    }
    const submitted = await own('submit_self_assessment', 'enterprise', {
      on: '2020-03-02',
      recipients: ['county_land', 'county_environment'],
    })
    expect(submitted.status).toBe(200)
    await assign(o.c.as('county'), o.w.mineId, '2020-03-03')
    const steps: [string, Parameters<Opened['c']['as']>[0], object][] = [
      ['file_verification', 'evaluator', await verification('2020-03-04')],
      [
        'publish_county_publicity',
        'county',
        {
          on: '2020-03-05',
          period: { start: '2020-03-05', end: '2020-03-13' },
          objectionChannel: '书面（实名）',
        },
      ],
    ]
    for (const [type, who, body] of steps) expect((await own(type, who, body)).status, type).toBe(200)
    const archived = {
      selfAssessmentDocumentId: await pdfOf('enterprise', 'self_assessment_report'),
      verificationReportDocumentId: await pdfOf('evaluator', 'verification_report'),
    }
    for (const [type, who, body] of [
      ['close_county_publicity', 'county', { on: '2020-03-16', objectionUpheld: false, archived }],
      ['city_report', 'city', { on: '2020-04-10' }],
      [
        'publish_province_list',
        'province',
        {
          on: '2020-04-13',
          period: { start: '2020-04-13', end: '2020-04-21' },
          objectionChannel: '书面（实名）',
        },
      ],
    ] as [string, Parameters<Opened['c']['as']>[0], object][])
      expect((await own(type, who, body)).status, type).toBe(200)
    const notice = await o.w.db
      .selectFrom('publicity')
      .select('id')
      .where('level', '=', 'province')
      .executeTakeFirstOrThrow()
    const { id } = await o.w.db
      .insertInto('objection')
      .values({ publicity_id: notice.id, mine_id: o.w.mineId, received_on: '2020-04-15', content: TEXT })
      .returning('id')
      .executeTakeFirstOrThrow()
    const enter = () => own('enter_directory', 'province', { on: '2020-04-29' })
    expect(await refusal(await enter())).toMatchObject({ status: 422, code: 'R3.7.objection_open' })
    // A county cannot decide on the province's notice.
    expect([403, 404]).toContain(
      (
        await o.c
          .as('county')
          .post(`/api/objections/${id}/decision`, { upheld: true, reason: '异议成立，不予入库' })
      ).status,
    )
    const upheld = await o.c.as('province').post(`/api/objections/${id}/decision`, {
      upheld: true,
      reason: '经核查，群众反映问题属实',
      on: '2020-04-28',
    })
    expect(upheld.status).toBe(200)
    expect(await refusal(await enter())).toMatchObject({ status: 422, code: 'R3.7.objection_upheld' })
  })
})
