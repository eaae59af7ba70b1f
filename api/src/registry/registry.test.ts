import { isRefusalCode, refusalMessage, type Refusal } from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../audit/audit.queries'
import { pdfForm } from '../documents/test-files'
import { expectConforms } from '../testing/conforms'
import { backends } from '../testing/test-db'
import { MINE_AT, openWorld, type Client } from '../testing/world'
import { GreenDutyBreaches, GreenDutyStatus, LicenceHistory, MineRegistered } from './registry.schemas'

type Opened = Awaited<ReturnType<typeof openWorld>>

const ALL_DUTIES = [
  'development_method',
  'resource_use',
  'mine_appearance',
  'environmental_restoration',
  'land_reclamation',
]

let serial = 0
/** A registration in 长兴 (330522) near the world's mine; `over` changes fields, `licence` the licence's. */
function registration(over: Record<string, unknown> = {}, licence: Record<string, unknown> = {}) {
  serial += 1
  return {
    name: `长兴登记测试矿${serial}`,
    countyCode: '330522',
    mineral: '建筑用凝灰岩',
    sector: '砂石',
    miningMethod: 'open_pit',
    status: 'producing',
    location: [MINE_AT[0] - 0.003 * (serial % 15), MINE_AT[1] + 0.004],
    enterpriseId: 0,
    on: '2018-01-02',
    ...over,
    licence: {
      licenceNo: `C330500201801111000${String(serial).padStart(4, '0')}`,
      minerals: ['建筑用凝灰岩'],
      scaleTenKtPerYear: 50,
      declaredAreaKm2: 0.2,
      elevationTopM: 200,
      elevationBottomM: 60,
      validFrom: '2015-01-01',
      validTo: '2029-12-31',
      issuer: '湖州市国土资源局',
      ...licence,
    },
  }
}

async function expectRefused(res: Response, status: number, code: string | RegExp) {
  const body = (await res.json()) as { error: { code: string; message: string; params: object } }
  expect({ status: res.status, code: body.error.code }).toMatchObject({
    status,
    code: typeof code === 'string' ? code : expect.stringMatching(code),
  })
  expect(isRefusalCode(body.error.code)).toBe(true)
  expect(body.error.message).toBe(
    refusalMessage({ code: body.error.code, ...body.error.params } as Refusal, 'zh'),
  )
  return body.error.params as Record<string, unknown>
}

describe.each(backends)('registry over HTTP on $name PostGIS', (backend) => {
  let o: Opened
  let county: Client
  const register = async (over: Record<string, unknown> = {}, licence: Record<string, unknown> = {}) => {
    const res = await county.post(
      '/api/mines',
      registration({ enterpriseId: o.w.enterpriseId, ...over }, licence),
    )
    expect(res.status, await res.clone().text()).toBe(201)
    return expectConforms(MineRegistered, await res.json())
  }
  const history = async (licenceId: number, who: Client = county) =>
    expectConforms(LicenceHistory, await (await who.get(`/api/licences/${licenceId}`)).json())
  const rowCount = async (table: 'mine' | 'licence' | 'licence_term' | 'audit_log' | 'suspension') =>
    Number(
      (
        await o.w.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const mandatoryIn330522 = async (asOf: string) => {
    const res = await o.c.as('province').get(`/api/stats?level=county&region=330522&asOf=${asOf}`)
    const body = (await res.json()) as {
      rows: { code: string; mandatory: number; inDirectoryTotal: number }[]
    }
    return body.rows.find((r) => r.code === '330522')!.mandatory
  }

  beforeAll(async () => {
    o = await openWorld(backend)
    county = o.c.as('county')
  })
  afterAll(() => o?.t.drop())

  it('R1: a county registers a mine with its licence: the first term, the audit entry, nothing else for a wrong county', async () => {
    const before = { mines: await rowCount('mine'), audit: await rowCount('audit_log') }
    // Hostile: another county, a location outside the county, a reversed term, an unknown enterprise.
    await expectRefused(
      await o.c.as('countyOther').post('/api/mines', registration({ enterpriseId: o.w.enterpriseId })),
      403,
      'forbidden',
    )
    await expectRefused(
      await county.post(
        '/api/mines',
        registration({ enterpriseId: o.w.enterpriseId, location: [120.6, 28.0] }),
      ),
      422,
      'location_outside_county',
    )
    const reversed = await expectRefused(
      await county.post(
        '/api/mines',
        registration({ enterpriseId: o.w.enterpriseId }, { validFrom: '2020-01-01', validTo: '2019-12-31' }),
      ),
      422,
      'R1.term_invalid',
    )
    expect(reversed).toMatchObject({ reason: 'ends_before_start' })
    await expectRefused(
      await county.post('/api/mines', registration({ enterpriseId: 999_999 })),
      422,
      'enterprise_invalid',
    )
    await expectRefused(
      await county.post('/api/mines', registration({ enterpriseId: o.w.agencyId })),
      422,
      'enterprise_invalid',
    )
    expect({ mines: await rowCount('mine'), audit: await rowCount('audit_log') }).toEqual(before)

    const { mineId, licenceId } = await register({}, { validFrom: '2016-03-01', validTo: '2026-02-28' })
    const h = await history(licenceId)
    expect(h).toMatchObject({
      mineId,
      holderId: o.w.enterpriseId,
      status: 'registered',
      terms: [
        {
          seq: 1,
          validFrom: '2016-03-01',
          validTo: '2026-02-28',
          registeredOn: '2016-03-01',
          kind: 'granted',
        },
      ],
      events: [{ kind: 'registered' }],
    })
    const taken = registration({ enterpriseId: o.w.enterpriseId }, { licenceNo: h.licenceNo })
    await expectRefused(await county.post('/api/mines', taken), 409, 'licence_no_taken')
    const audit = await o.w.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'object_id'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toEqual({ action: 'registry.register', object_type: 'mine', object_id: String(mineId) })
    // The enterprise sees its new mine's licence; a county elsewhere does not.
    expect((await o.c.as('enterprise').get(`/api/licences/${licenceId}`)).status).toBe(200)
    expect((await o.c.as('countyOther').get(`/api/licences/${licenceId}`)).status).toBe(404)
  })

  it('R1: a renewal adds a term starting the day after the last one; overlaps, gaps and the wrong county are refused', async () => {
    const { licenceId } = await register({}, { validFrom: '2014-07-01', validTo: '2019-06-30' })
    const renew = (body: object, who: Client = county) =>
      who.post(`/api/licences/${licenceId}/renewals`, body)
    const overlap = await expectRefused(
      await renew({ on: '2019-05-15', validFrom: '2019-06-30', validTo: '2029-06-30' }),
      422,
      'R1.term_invalid',
    )
    expect(overlap).toMatchObject({ reason: 'overlap', expectedFrom: '2019-07-01' })
    await expectRefused(
      await renew({ on: '2019-05-15', validFrom: '2019-08-01', validTo: '2029-06-30' }),
      422,
      'R1.term_invalid',
    )
    // Another county cannot even see the licence; the enterprise may read but not renew.
    expect(
      (await renew({ validFrom: '2019-07-01', validTo: '2029-06-30' }, o.c.as('countyOther'))).status,
    ).toBe(404)
    await expectRefused(
      await renew({ validFrom: '2019-07-01', validTo: '2029-06-30' }, o.c.as('enterprise')),
      403,
      'forbidden',
    )
    await expectRefused(
      await renew({ on: '2999-01-01', validFrom: '2019-07-01', validTo: '2029-06-30' }),
      422,
      'future_date',
    )
    const ok = await renew({ on: '2019-05-15', validFrom: '2019-07-01', validTo: '2029-06-30' })
    expect(ok.status).toBe(200)
    const h = expectConforms(LicenceHistory, await ok.json())
    // Nothing overwritten: the first term is still there beside the renewal.
    expect(h.terms).toEqual([
      expect.objectContaining({ seq: 1, validFrom: '2014-07-01', validTo: '2019-06-30' }),
      expect.objectContaining({
        seq: 2,
        validFrom: '2019-07-01',
        validTo: '2029-06-30',
        registeredOn: '2019-05-15',
      }),
    ])
    // A second renewal dated before the first is backdated.
    await expectRefused(
      await renew({ on: '2019-01-01', validFrom: '2029-07-01', validTo: '2039-06-30' }),
      422,
      'backdated',
    )
  })

  it('R1: 应建 on a date uses the term, the equipment and the licence start valid then', async () => {
    const t = await openWorld(backend)
    try {
      const c = t.c.as('county')
      const reg = async (licence: Record<string, unknown>, over: Record<string, unknown> = {}) => {
        const res = await c.post(
          '/api/mines',
          registration({ enterpriseId: t.w.enterpriseId, ...over }, licence),
        )
        expect(res.status, await res.clone().text()).toBe(201)
        return (await res.json()) as { mineId: number; licenceId: number }
      }
      const mandatory = async (asOf: string) => {
        const res = await t.c.as('province').get(`/api/stats?level=county&region=330522&asOf=${asOf}`)
        return ((await res.json()) as { rows: { code: string; mandatory: number }[] }).rows.find(
          (r) => r.code === '330522',
        )!.mandatory
      }
      // A: open-pit, no sand equipment, term ending 2019-06-30, renewed on 2019-05-15.
      const a = await reg({ validFrom: '2014-07-01', validTo: '2019-06-30' }, { on: '2018-01-02' })
      expect(
        (
          await c.post(`/api/licences/${a.licenceId}/renewals`, {
            on: '2019-05-15',
            validFrom: '2019-07-01',
            validTo: '2029-06-30',
          })
        ).status,
      ).toBe(200)
      // B: short term, sand equipment installed on 2019-03-01.
      const b = await reg({ validFrom: '2014-11-01', validTo: '2019-10-31' }, { on: '2018-01-02' })
      expect(
        (await c.post(`/api/mines/${b.mineId}/equipment`, { on: '2019-03-01', change: 'installed' })).status,
      ).toBe(200)
      // C: a new mine whose licence starts on 2020-03-01.
      await reg(
        { validFrom: '2020-03-01', validTo: '2030-02-28' },
        { on: '2018-01-02', status: 'construction' },
      )
      // The world's own 长兴 mine counts throughout; A and B are exempt at the end of 2018, C not yet licensed.
      expect(await mandatory('2018-12-31')).toBe(1)
      expect(await mandatory('2019-06-30')).toBe(3)
      expect(await mandatory('2020-02-29')).toBe(3)
      expect(await mandatory('2020-03-01')).toBe(4)
    } finally {
      await t.t.drop()
    }
  })

  it('R1: a closed directory mine leaves the directory count from its closure date', async () => {
    const mineId = o.w.otherMineId
    await o.w.db
      .insertInto('mine_event')
      .values({
        mine_id: mineId,
        type: 'enter_directory',
        occurred_on: '2019-01-10',
        green_from: 'province_list',
        green_to: 'in_directory',
        actor_role: 'province',
        actor_user_id: null,
      })
      .execute()
    await o.w.db.insertInto('directory_entry').values({ mine_id: mineId, entered_on: '2019-01-10' }).execute()
    await o.w.db.updateTable('mine').set({ green_state: 'in_directory' }).where('id', '=', mineId).execute()
    const listed = async (asOf: string) => {
      const res = await o.c.as('province').get(`/api/stats?level=county&region=330521&asOf=${asOf}`)
      const rows = (
        (await res.json()) as { rows: { code: string; inDirectoryTotal: number; mandatory: number }[] }
      ).rows
      return rows.find((r) => r.code === '330521')!
    }
    expect(await listed('2019-03-01')).toMatchObject({ inDirectoryTotal: 1, mandatory: 1 })
    const closed = await o.c.as('countyOther').post(`/api/mines/${mineId}/events/close`, { on: '2019-06-03' })
    expect(closed.status).toBe(200)
    expect(await listed('2019-03-01')).toMatchObject({ inDirectoryTotal: 1, mandatory: 1 })
    expect(await listed('2019-06-03')).toMatchObject({ inDirectoryTotal: 0, mandatory: 0 })
  })

  it('R1: sand equipment is installed and removed in turn, by the bureaus only', async () => {
    const { mineId } = await register()
    const equip = (body: object, who: Client = county) => who.post(`/api/mines/${mineId}/equipment`, body)
    await expectRefused(await equip({ on: '2019-01-02', change: 'removed' }), 422, 'R1.equipment_state')
    await expectRefused(await equip({ change: 'installed' }, o.c.as('enterprise')), 403, 'forbidden')
    expect((await equip({ on: '2019-01-02', change: 'installed' })).status).toBe(200)
    await expectRefused(await equip({ on: '2019-02-01', change: 'installed' }), 422, 'R1.equipment_state')
    await expectRefused(await equip({ on: '2018-12-01', change: 'removed' }), 422, 'backdated')
    expect(await (await equip({ on: '2019-02-01', change: 'removed' })).json()).toMatchObject({
      installed: false,
    })
    const row = await o.w.db
      .selectFrom('mine')
      .select('has_sand_equipment')
      .where('id', '=', mineId)
      .executeTakeFirst()
    expect(row?.has_sand_equipment).toBe(false)
  })

  it('R4: a stop-production order needs a full year of production outside the directory and a deadline; resumption cites this mine’s acceptance document', async () => {
    const { mineId } = await register({ status: 'construction', on: '2019-01-02' })
    const fire = (type: string, body: object, who: Client = county) =>
      who.post(`/api/mines/${mineId}/events/${type}`, body)
    expect(
      (await fire('start_production', { on: '2019-03-01', productionStartedOn: '2019-03-01' })).status,
    ).toBe(200)
    const before = await rowCount('suspension')
    const early = await expectRefused(
      await fire('suspend', { on: '2019-09-02', reason: 'R4', deadline: '2019-12-02' }),
      422,
      'R4.order_not_due',
    )
    expect(early).toMatchObject({ productionStartedOn: '2019-03-01', dueOn: '2020-03-01' })
    await expectRefused(
      await fire('suspend', { on: '2020-03-01', reason: 'R4', deadline: '2020-06-01' }),
      422,
      'R4.order_not_due',
    )
    await expectRefused(
      await fire('suspend', { on: '2020-03-02', reason: 'R4' }),
      422,
      'R4.deadline_required',
    )
    await expectRefused(
      await fire('suspend', { on: '2020-03-02', reason: 'R4', deadline: '2020-03-02' }),
      422,
      'R4.deadline_required',
    )
    expect(await rowCount('suspension')).toBe(before)
    expect((await fire('suspend', { on: '2020-03-02', reason: 'R4', deadline: '2020-06-02' })).status).toBe(
      200,
    )
    const order = await o.w.db
      .selectFrom('rectification_order')
      .select(['cause', 'deadline', 'closed_on'])
      .where('mine_id', '=', mineId)
      .executeTakeFirstOrThrow()
    expect(order).toEqual({ cause: 'new_mine_overdue', deadline: '2020-06-02', closed_on: null })

    const upload = async (mine: number, kind: string) => {
      const res = await county.post(`/api/mines/${mine}/documents`, pdfForm(kind, '整改验收意见书.pdf'))
      expect(res.status).toBe(201)
      return ((await res.json()) as { id: number }).id
    }
    const foreign = await upload(o.w.mineId, 'acceptance')
    const notAcceptance = await upload(mineId, 'other')
    const own = await upload(mineId, 'acceptance')
    const resume = (acceptance: object | null) => fire('resume', { on: '2020-05-20', acceptance })
    await expectRefused(await resume(null), 422, 'R4.no_acceptance')
    await expectRefused(await resume({ documentId: foreign, acceptedOn: '2020-05-15' }), 404, 'not_found')
    await expectRefused(
      await resume({ documentId: notAcceptance, acceptedOn: '2020-05-15' }),
      404,
      'not_found',
    )
    await expectRefused(await resume({ documentId: 999_999, acceptedOn: '2020-05-15' }), 404, 'not_found')
    // Free text is no acceptance.
    await expectRefused(
      await resume({ documentRef: '验收意见书〔2020〕1号', acceptedOn: '2020-05-15' }),
      400,
      'invalid_input',
    )
    expect((await resume({ documentId: own, acceptedOn: '2020-05-15' })).status).toBe(200)
    const suspension = await o.w.db
      .selectFrom('suspension')
      .select(['deadline', 'accepted_on', 'acceptance_document_id'])
      .where('mine_id', '=', mineId)
      .executeTakeFirstOrThrow()
    expect(suspension).toEqual({
      deadline: '2020-06-02',
      accepted_on: '2020-05-15',
      acceptance_document_id: own,
    })
  })

  it('R5: contract duties are recorded per licence; a new mine is flagged without a contract, with duties missing, or past its 6-month clock', async () => {
    const { mineId, licenceId } = await register({ status: 'construction', on: '2019-01-02' })
    expect(
      (await county.post(`/api/mines/${mineId}/events/start_production`, { on: '2019-02-01' })).status,
    ).toBe(200)
    const status = async (asOf: string, who: Client = county) => {
      const res = await who.get(`/api/mines/${mineId}/green-duties?asOf=${asOf}`)
      expect(res.status).toBe(200)
      return expectConforms(GreenDutyStatus, await res.json())
    }
    expect((await status('2019-03-01')).flags).toEqual([{ kind: 'no_contract' }])
    const contract = (body: object) => county.post(`/api/licences/${licenceId}/contracts`, body)
    await expectRefused(
      await contract({ contractNo: 'HT-1', signedOn: '2999-01-01', announcementRef: '出让公告', duties: [] }),
      422,
      'future_date',
    )
    expect(
      (
        await contract({
          contractNo: 'HT-1',
          signedOn: '2019-01-10',
          announcementRef: '长土资告〔2018〕9号',
          duties: ['resource_use'],
        })
      ).status,
    ).toBe(200)
    expect((await status('2019-03-01')).flags).toEqual([
      { kind: 'duties_missing', contractNo: 'HT-1', missing: ALL_DUTIES.filter((d) => d !== 'resource_use') },
    ])
    expect(
      (
        await contract({
          contractNo: 'HT-2',
          signedOn: '2019-02-10',
          announcementRef: '长土资告〔2019〕2号',
          duties: ALL_DUTIES,
        })
      ).status,
    ).toBe(200)
    expect((await status('2019-08-01')).flags).toEqual([])
    expect((await status('2019-08-02')).flags).toEqual([
      { kind: 'construction_overdue', contractNo: 'HT-2', dueOn: '2019-08-01' },
    ])
    const list = async (who: Client, query = '') =>
      who.get(`/api/green-duties/breaches?asOf=2019-09-01${query}`)
    const mine = expectConforms(GreenDutyBreaches, await (await list(county)).json())
    expect(mine.items.map((i) => i.mineId)).toContain(mineId)
    const other = expectConforms(GreenDutyBreaches, await (await list(o.c.as('countyOther'))).json())
    expect(other.items.map((i) => i.mineId)).not.toContain(mineId)
    await expectRefused(await list(o.c.as('countyOther'), '&region=330522'), 403, 'forbidden')
    await expectRefused(await list(o.c.as('enterprise')), 403, 'forbidden')
  })

  it('registry: transfers go to another known enterprise; a cancelled licence cannot be renewed; every write is audited', async () => {
    const { mineId, licenceId } = await register()
    const post = (path: string, body: object) => county.post(`/api/licences/${licenceId}/${path}`, body)
    await expectRefused(
      await post('transfers', { on: '2020-01-06', toEnterpriseId: 999_999 }),
      422,
      'enterprise_invalid',
    )
    await expectRefused(
      await post('transfers', { on: '2020-01-06', toEnterpriseId: o.w.enterpriseId }),
      422,
      'enterprise_invalid',
    )
    const other = await o.w.db
      .selectFrom('mine')
      .select('enterprise_id')
      .where('id', '=', o.w.otherMineId)
      .executeTakeFirstOrThrow()
    const moved = await post('transfers', {
      on: '2020-01-06',
      toEnterpriseId: other.enterprise_id,
      reason: '股权转让',
    })
    expect(moved.status).toBe(200)
    expect(expectConforms(LicenceHistory, await moved.json())).toMatchObject({
      holderId: other.enterprise_id,
      status: 'transferred',
      events: [
        { kind: 'registered' },
        {
          kind: 'transferred',
          on: '2020-01-06',
          fromHolderId: o.w.enterpriseId,
          toHolderId: other.enterprise_id,
        },
      ],
    })
    // The mine follows its holder: the old enterprise no longer sees it, the new one does.
    expect((await o.c.as('enterprise').get(`/api/mines/${mineId}`)).status).toBe(404)
    expect((await o.c.as('enterpriseOther').get(`/api/mines/${mineId}`)).status).toBe(200)
    await expectRefused(
      await post('reinstatements', { on: '2020-02-03', reason: '恢复' }),
      409,
      'licence_state',
    )
    expect((await post('suspensions', { on: '2020-02-03', reason: '安全整治' })).status).toBe(200)
    expect((await post('reinstatements', { on: '2020-03-02', reason: '整治完成' })).status).toBe(200)
    expect((await post('cancellation', { on: '2020-04-01', reason: '闭坑注销' })).status).toBe(200)
    await expectRefused(
      await post('renewals', { on: '2020-04-02', validFrom: '2030-01-01', validTo: '2035-12-31' }),
      409,
      'licence_state',
    )
    const actions = await o.w.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'licence')
      .where('object_id', '=', String(licenceId))
      .orderBy('id')
      .execute()
    expect(actions.map((a) => a.action)).toEqual([
      'registry.transfer',
      'registry.suspend',
      'registry.reinstate',
      'registry.cancel',
    ])
    expect(await verifyAuditChain(o.w.db)).toMatchObject({ ok: true })
  })
})
