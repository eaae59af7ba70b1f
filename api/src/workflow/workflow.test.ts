import { CN_2020, isRefusalCode, refusalMessage, type Refusal } from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../audit/audit.queries'
import { mineSnapshots } from '../stats/stats.queries'
import { referenceDb } from '../testing/schema-template'
import { backends, type TestDb } from '../testing/test-db'
import { buildWorld, signIn, type World } from '../testing/world'
import { AuditTrail } from '../audit/audit.schemas'
import { expectConforms } from '../testing/conforms'
import { pdfForm } from '../documents/test-files'
import { EventResult, SpotCheckCommitment, SpotCheckDrawResult } from './workflow.schemas'
import { CONFORMS, PASSING_SCORES, registeredTeam } from '../testing/evaluation'
import { MINIMAL_PDF } from '../documents/test-files'
import { commitmentOf, drawSeed, drawSpotCheck, replaySpotCheckDraw, verifySpotCheckDraw } from '@zgm/domain'

const passing = PASSING_SCORES
const channel = '书面或电子邮件：hz-gm@example.gov.cn（实名）'

const pdf = (kind: string, name = 'report.pdf') => {
  const f = new FormData()
  f.set('file', new File([new Uint8Array(MINIMAL_PDF)], name, { type: 'application/pdf' }))
  f.set('kind', kind)
  return f
}

describe.each(backends)('R3/R6 workflow over HTTP on $name PostGIS', (backend) => {
  let t: TestDb
  let w: World
  let as: Record<string, Awaited<ReturnType<typeof signIn>>>
  let team: { id: string }[]
  const path = (type: string, id = () => w.mineId) => `/api/mines/${id()}/events/${type}`
  const counts = async () => {
    const n = async (table: 'mine_event' | 'audit_log' | 'self_assessment') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    return { events: await n('mine_event'), audit: await n('audit_log'), sa: await n('self_assessment') }
  }
  const expectRefused = async (res: Response, status: number, code: RegExp) => {
    const body = (await res.json()) as { error: { code: string; message: string; params: unknown } }
    expect({ status: res.status, code: body.error.code }).toMatchObject({
      status,
      code: expect.stringMatching(code),
    })
    // Every refusal: a known code, a Chinese message rendered from it, and its params.
    expect(isRefusalCode(body.error.code)).toBe(true)
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(body.error.message).toBe(
      refusalMessage({ code: body.error.code, ...(body.error.params as object) } as Refusal, 'zh'),
    )
  }

  beforeAll(async () => {
    t = await referenceDb(backend)
    w = await buildWorld(t)
    team = await registeredTeam(t.db, w.agencyId)
    as = {}
    for (const u of ['enterprise', 'evaluator', 'county', 'othercounty', 'city', 'province', 'leader'])
      as[u] = await signIn(w.app, u)
  })
  afterAll(() => t.drop())

  it('R3.1: a self-assessment sent to only one bureau is refused and nothing is written', async () => {
    const before = await counts()
    const res = await as.enterprise.post(path('submit_self_assessment'), {
      on: '2020-01-06',
      recipients: ['county_land'],
    })
    await expectRefused(res, 422, /^R3\.1/)
    expect(await counts()).toEqual(before)
  })

  it('R3.1: the enterprise submits to both bureaus', async () => {
    const res = await as.enterprise.post(path('submit_self_assessment'), {
      on: '2020-01-06',
      recipients: ['county_land', 'county_environment'],
    })
    expect(res.status).toBe(200)
    expect(expectConforms(EventResult, await res.json())).toMatchObject({
      greenState: 'self_assessed',
      version: 2,
    })
  })

  it('R3: an illegal transition by the wrong role is refused naming the rule', async () => {
    await expectRefused(
      await as.enterprise.post(path('assign_evaluator'), { on: '2020-01-10', agencyId: w.agencyId }),
      403,
      /^R3\.wrong_role$/,
    )
    await expectRefused(
      await as.leader.post(path('enter_directory'), { on: '2020-01-10' }),
      403,
      /^R3\.wrong_role$/,
    )
  })

  it('R3: a county bureau cannot act on a mine outside its county', async () => {
    await expectRefused(
      await as.othercounty.post(path('assign_evaluator'), { on: '2020-01-10', agencyId: w.agencyId }),
      404,
      /not_found/,
    )
  })

  it('R3.2: a conflicted evaluator is refused; the committed draw leaves it out and assigns the other', async () => {
    const tie = await as.county.post(`/api/mines/${w.mineId}/conflicts`, {
      agencyId: w.otherAgencyId,
      kind: 'business',
      on: '2019-08-01',
      note: '2019年8月为该矿山编制储量核实报告',
    })
    expect(tie.status).toBe(201)
    await expectRefused(
      await as.county.post(path('assign_evaluator'), {
        on: '2020-01-10',
        agencyId: w.otherAgencyId,
        exceptionId: 1,
      }),
      422,
      /^R3\.2\.conflicted_evaluator$/,
    )
    const commit = await as.county.post(`/api/mines/${w.mineId}/evaluator-draws`, { on: '2020-01-10' })
    expect(commit.status).toBe(201)
    const draw = (await commit.json()) as {
      id: number
      seed: string | null
      candidates: { agencyId: number }[]
    }
    expect(draw.seed).toBeNull()
    expect(draw.candidates.map((c) => c.agencyId)).toEqual([w.agencyId])
    const reveal = await as.county.post(`/api/evaluator-draws/${draw.id}/reveal`, { on: '2020-01-10' })
    expect(reveal.status).toBe(200)
    const assignment = await t.db.selectFrom('evaluator_assignment').selectAll().executeTakeFirstOrThrow()
    expect(assignment).toMatchObject({ agency_id: w.agencyId, method: 'public_lottery', draw_id: draw.id })
    expect(assignment.candidates).toEqual([w.agencyId])
  })

  it('R3.4: a stale version gets 409 with the current version', async () => {
    const res = await as.evaluator.post(path('file_verification'), {
      on: '2020-01-20',
      expectedVersion: 1,
      scores: passing,
      team,
      standard: CONFORMS,
    })
    expect(res.status).toBe(409)
    expect(
      ((await res.json()) as { error: { params: { currentVersion: number } } }).error.params.currentVersion,
    ).toBe(3)
  })

  it('R3.4: the assigned evaluator files a passing verification within the month', async () => {
    const res = await as.evaluator.post(path('file_verification'), {
      on: '2020-01-20',
      expectedVersion: 3,
      scores: passing,
      team,
      standard: CONFORMS,
    })
    expect(res.status).toBe(200)
    expect(expectConforms(EventResult, await res.json())).toMatchObject({ greenState: 'verified' })
    expect(
      await t.db
        .selectFrom('verification')
        .select(['passed', 'late', 'indicator_version'])
        .executeTakeFirst(),
    ).toEqual({ passed: true, late: false, indicator_version: 'CN-2020' })
  })

  it('R3.5: a period of 2 working days over the Spring Festival is refused, naming the earliest legal end', async () => {
    const res = await as.county.post(path('publish_county_publicity'), {
      on: '2020-01-22',
      period: { start: '2020-01-22', end: '2020-01-31' },
      objectionChannel: channel,
    })
    const body = (await res.clone().json()) as { error: { params: Record<string, unknown> } }
    await expectRefused(res, 422, /^R3\.5\.period_too_short$/)
    // 22, 23 January; the holiday (extended to 2 February); 3–7 February.
    expect(body.error.params).toMatchObject({ workingDays: 2, minimum: 7, earliestEnd: '2020-02-07' })
  })

  it('R3.5: county publicity of 7 working days; archiving needs both originals as stored documents', async () => {
    const pub = await as.county.post(path('publish_county_publicity'), {
      on: '2020-01-22',
      period: { start: '2020-01-22', end: '2020-02-07' },
      objectionChannel: channel,
    })
    expect(pub.status).toBe(200)
    const notice = await t.db
      .selectFrom('publicity as p')
      .innerJoin('publicity_item as i', 'i.publicity_id', 'p.id')
      .select(['p.working_days', 'i.verification_id'])
      .where('i.mine_id', '=', w.mineId)
      .executeTakeFirstOrThrow()
    expect(notice.working_days).toBe(7)
    expect(notice.verification_id).not.toBeNull()
    const upload = async (who: 'enterprise' | 'evaluator', kind: string) =>
      ((await (await as[who].post(`/api/mines/${w.mineId}/documents`, pdf(kind))).json()) as { id: number })
        .id
    const sa = await upload('enterprise', 'self_assessment_report')
    const report = await upload('evaluator', 'verification_report')
    const close = (archived: unknown, on = '2020-02-10') =>
      as.county.post(path('close_county_publicity'), { on, objectionUpheld: false, archived })
    await expectRefused(
      await close({ selfAssessmentDocumentId: sa, verificationReportDocumentId: report }, '2020-02-07'),
      422,
      /^R3\.5\.publicity_not_ended$/,
    )
    // Tick-boxes are not documents.
    expect((await close({ selfAssessment: true, verificationReport: true })).status).toBe(400)
    await expectRefused(
      await close({ selfAssessmentDocumentId: report, verificationReportDocumentId: sa }),
      422,
      /^R3\.5\.original_invalid$/,
    )
    await expectRefused(
      await close({ selfAssessmentDocumentId: sa, verificationReportDocumentId: 999_999 }),
      422,
      /^R3\.5\.original_invalid$/,
    )
    const ok = await close({ selfAssessmentDocumentId: sa, verificationReportDocumentId: report })
    expect(expectConforms(EventResult, await ok.json())).toMatchObject({ greenState: 'county_archived' })
    expect(
      await t.db
        .selectFrom('archived_original')
        .select(['self_assessment_document_id', 'verification_report_document_id'])
        .execute(),
    ).toEqual([{ self_assessment_document_id: sa, verification_report_document_id: report }])
  })

  it('R3.6: a city report on 1 May is refused; inside the April window it is accepted', async () => {
    const refused = await as.city.post(path('city_report'), { on: '2020-05-01' })
    await expectRefused(refused, 422, /^R3\.6\.outside_window$/)
    const ok = await as.city.post(path('city_report'), { on: '2020-04-10' })
    expect(ok.status).toBe(200)
    expect(
      await t.db.selectFrom('city_report').select(['city_code', 'window_end']).executeTakeFirst(),
    ).toEqual({ city_code: '330500', window_end: '2020-04-30' })
  })

  it('R3.7: the province publishes the list and enters the mine after the period', async () => {
    expect(
      (
        await as.province.post(path('publish_province_list'), {
          on: '2020-04-20',
          period: { start: '2020-04-20', end: '2020-04-28' },
          objectionChannel: channel,
        })
      ).status,
    ).toBe(200)
    const res = await as.province.post(path('enter_directory'), { on: '2020-05-06' })
    expect(res.status).toBe(200)
    expect(expectConforms(EventResult, await res.json())).toMatchObject({ greenState: 'in_directory' })
  })

  it('R2: statistics and the public directory follow the history (time travel)', async () => {
    const before = await mineSnapshots(t.db, '2020-01-07', { mineIds: [w.mineId] })
    expect(before[0].greenState).toBe('self_assessed')
    const inside = await as.leader.get('/api/stats?level=county&asOf=2020-05-06&region=330522')
    const row = (
      (await inside.json()) as {
        rows: { code: string; inDirectory: number; mandatory: number; pipeline: Record<string, number> }[]
      }
    ).rows[0]
    expect(row).toMatchObject({ code: '330522', inDirectory: 1, mandatory: 1 })
    expect(row.pipeline.in_directory).toBe(1)
    const earlier = await w.app.request('/api/public/stats?level=county&asOf=2020-05-05')
    const pubRow = ((await earlier.json()) as { rows: { code: string; inDirectory: number }[] }).rows.find(
      (r) => r.code === '330522',
    )
    expect(pubRow).toMatchObject({ inDirectory: 0 })
    expect(pubRow).not.toHaveProperty('pipeline')
    const dir = (await (await w.app.request('/api/public/directory?asOf=2020-05-06')).json()) as {
      items: { id: number }[]
    }
    expect(dir.items.map((m) => m.id)).toEqual([w.mineId])
  })

  it('R6: a committed draw, revealed once; a declined spot check; a newly drawn agency fails the re-check; the province removes', async () => {
    const commit = (period: string, seed: string, on: string) =>
      as.province.post('/api/spot-checks/draws', {
        regionCode: '330500',
        period,
        seedHash: commitmentOf(seed),
        count: 1,
        on,
      })
    const committed = expectConforms(
      SpotCheckCommitment,
      await (await commit('2020-H1', 'zj-2020-h1', '2020-06-01')).json(),
    )
    expect(committed.populationIds).toEqual([String(w.mineId)])
    const reveal = (id: number, seed: string, on: string) =>
      as.province.post(`/api/spot-checks/draws/${id}/reveal`, { seed, on })
    const passed = async (drawId: number) =>
      as.county.post(path('spot_check'), { on: '2020-06-05', drawId, result: 'pass' })
    await expectRefused(await passed(committed.id), 422, /^R6\.draw_not_published$/)
    await expectRefused(await reveal(committed.id, 'zj-2020-h1x', '2020-06-02'), 422, /^R6\.seed_mismatch$/)
    const { id: drawId, draw } = expectConforms(
      SpotCheckDrawResult,
      await (await reveal(committed.id, 'zj-2020-h1', '2020-06-02')).json(),
    )
    expect(draw.seed).toBe(`zj-2020-h1|${committed.commitEntropy}`)
    expect(draw.assignments[0]).toMatchObject({ mineId: String(w.mineId) })
    expect(draw.assignments[0].inspectorIds).toHaveLength(2)
    await expectRefused(await reveal(committed.id, 'zj-2020-h1', '2020-06-03'), 409, /^R6\.draw_exists$/)
    // Re-running the period's draw with another seed is refused, whoever tries.
    await expectRefused(await commit('2020-H1', 'a-better-seed', '2020-06-03'), 409, /^R6\.draw_exists$/)
    const legacy = await t.db
      .insertInto('spot_check_draw')
      .values({
        drawn_on: '2020-06-01',
        seed: 'picked-by-hand',
        region_code: '330500',
        ratio: 1,
        population: JSON.stringify([String(w.mineId)]),
        result: JSON.stringify(draw),
        published_on: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    // A draw made outside the commitment (a hand-picked seed, never published) cannot be used.
    await expectRefused(await passed(legacy.id), 422, /^R6\.draw_not_published$/)

    // One check per draw and mine: a second filing on the same draw is refused, nothing written.
    expect((await passed(drawId)).status).toBe(200)
    const before = await counts()
    await expectRefused(
      await as.county.post(path('spot_check'), { on: '2020-06-10', drawId, result: 'declined' }),
      409,
      /^duplicate_spot_check$/,
    )
    expect(await counts()).toEqual(before)

    const h2 = expectConforms(
      SpotCheckCommitment,
      await (await commit('2020-H2', 'zj-2020-h2', '2020-07-01')).json(),
    )
    await reveal(h2.id, 'zj-2020-h2', '2020-07-01')
    const check = await as.county.post(path('spot_check'), {
      on: '2020-07-10',
      drawId: h2.id,
      result: 'declined',
      deadline: '2020-09-10',
    })
    expect(expectConforms(EventResult, await check.json())).toMatchObject({ greenState: 'rectifying' })
    const failing = { ...passing, groups: { ...passing.groups, [CN_2020.groups[0].id]: 0 } }
    const recheck = (who: string, on: string) =>
      as[who].post(path('recheck'), { on, result: 'fail', scores: failing })
    // The county may not re-check its own mine; no agency has been drawn yet.
    await expectRefused(await recheck('county', '2020-08-03'), 403, /^R3\.wrong_role$/)
    await expectRefused(await recheck('evaluator', '2020-08-03'), 422, /^R6\.recheck_agency_required$/)
    // The other agency dealt with the mine on 2019-08-01: until 2020-08-01 nobody is eligible.
    await expectRefused(
      await as.county.post(path('assign_recheck_agency'), { on: '2020-07-20' }),
      422,
      /^R3\.2\.evaluator_not_listed$/,
    )
    const drawnAgency = await as.county.post(path('assign_recheck_agency'), { on: '2020-08-05' })
    expect(expectConforms(EventResult, await drawnAgency.json()).effects).toContainEqual({
      kind: 'recheck_agency_drawn',
      agencyId: String(w.otherAgencyId),
      on: '2020-08-05',
    })
    // The original evaluator may not file it.
    await expectRefused(await recheck('evaluator', '2020-09-15'), 422, /^R3\.4\.not_assigned_evaluator$/)
    as.evaluatorother = await signIn(w.app, 'evaluatorother')
    const failed = await recheck('evaluatorother', '2020-09-15')
    expect(expectConforms(EventResult, await failed.json())).toMatchObject({ greenState: 'rectifying' })
    await expectRefused(
      await as.county.post(path('confirm_removal'), { on: '2020-09-20' }),
      403,
      /^R3\.wrong_role$/,
    )
    const removed = await as.province.post(path('confirm_removal'), {
      on: '2020-09-20',
      responsiblePersons: ['王某'],
    })
    expect(expectConforms(EventResult, await removed.json())).toMatchObject({ greenState: 'removed' })
    const blacklist = await t.db
      .selectFrom('blacklist_entry')
      .select(['subject', 'person_name'])
      .orderBy('id')
      .execute()
    expect(blacklist).toEqual([
      { subject: 'enterprise', person_name: null },
      { subject: 'person', person_name: '王某' },
    ])
    const notices = (await (
      await w.app.request('/api/public/publicity?level=removal&asOf=2020-09-20')
    ).json()) as { items: { items: { mineName: string }[] }[] }
    expect(notices.items[0].items[0].mineName).toBe('长兴测试建筑石料矿')
    const drawsPublic = (await (await w.app.request('/api/public/spot-checks')).json()) as {
      items: {
        seed: string
        period: string
        drawnMineIds: number[]
        results: { result: string; removed: boolean }[]
      }[]
    }
    expect(drawsPublic.items).toEqual([
      expect.objectContaining({
        seed: 'zj-2020-h2',
        period: '2020-H2',
        drawnMineIds: [w.mineId],
        results: [expect.objectContaining({ result: 'declined', removed: true })],
      }),
      expect.objectContaining({ seed: 'zj-2020-h1', results: [expect.objectContaining({ result: 'pass' })] }),
    ])
  })

  it('R6: anyone reproduces a published draw from the public endpoint alone', async () => {
    const { items } = (await (await w.app.request('/api/public/spot-checks')).json()) as {
      items: {
        period: string | null
        seed: string
        seedHash: string
        commitEntropy: string
        populationIds: string[]
        inspectorIds: string[]
        committedOn: string
        draw: Parameters<typeof replaySpotCheckDraw>[0]
      }[]
    }
    const published = items.filter((d) => d.period)
    expect(published.length).toBe(2)
    for (const d of published) {
      expect(commitmentOf(d.seed)).toBe(d.seedHash)
      const rerun = drawSpotCheck({
        seed: drawSeed(d.seed, d.commitEntropy),
        drawnOn: d.committedOn,
        populationIds: d.populationIds,
        inspectorIds: d.inspectorIds,
        size: d.draw.size,
        inspectorsPerMine: d.draw.inspectorsPerMine,
        dealings: [],
      })
      expect(rerun.assignments.map((a) => a.mineId)).toEqual(d.draw.assignments.map((a) => a.mineId))
      expect(verifySpotCheckDraw(d.draw)).toBe(true)
    }
  })

  it('R6: a blacklisted enterprise resubmits and is refused naming the rule, until the province delists it', async () => {
    const submit = () =>
      as.enterprise.post(path('submit_self_assessment'), {
        on: '2020-10-09',
        recipients: ['county_land', 'county_environment'],
      })
    const before = await counts()
    await expectRefused(await submit(), 422, /^R6\.blacklisted$/)
    expect(await counts()).toEqual(before)
    const list = (await (await w.app.request('/api/public/blacklist')).json()) as {
      blacklist: { id: number; subject: string; personName: string | null; delistedOn: string | null }[]
      exposures: { mineName: string; removedOn: string }[]
    }
    expect(list.exposures).toEqual([
      expect.objectContaining({ mineName: '长兴测试建筑石料矿', removedOn: '2020-09-20' }),
    ])
    const enterprise = list.blacklist.find((e) => e.subject === 'enterprise')!
    expect(list.blacklist.find((e) => e.subject === 'person')).toMatchObject({ personName: '王某' })
    await expectRefused(
      await as.county.post(`/api/blacklist/${enterprise.id}/delisting`, {
        reason: '整改到位，申请移出',
        on: '2020-10-08',
      }),
      403,
      /^forbidden$/,
    )
    const delisted = await as.province.post(`/api/blacklist/${enterprise.id}/delisting`, {
      reason: '整改到位，信用修复，准予移出',
      on: '2020-10-08',
    })
    expect(await delisted.json()).toMatchObject({ delistedOn: '2020-10-08' })
    await expectRefused(
      await as.province.post(`/api/blacklist/${enterprise.id}/delisting`, {
        reason: '再次申请移出黑名单',
        on: '2020-10-08',
      }),
      422,
      /^R6\.not_blacklisted$/,
    )
    expect((await submit()).status).toBe(200)
  })

  it('R4: production events are guarded; resuming needs an acceptance', async () => {
    const suspend = await as.county.post(
      path('suspend', () => w.otherMineId),
      { on: '2020-03-01', reason: 'R4' },
    )
    expect(suspend.status).toBe(404) // 德清 is not the 长兴 county's mine
    const othercounty = as.othercounty
    expect(
      (
        await othercounty.post(
          path('suspend', () => w.otherMineId),
          { on: '2020-03-01', reason: 'R4', deadline: '2020-06-01' },
        )
      ).status,
    ).toBe(200)
    await expectRefused(
      await othercounty.post(
        path('resume', () => w.otherMineId),
        { on: '2020-04-01', acceptance: null },
      ),
      422,
      /^R4\.no_acceptance$/,
    )
    const upload = await othercounty.post(
      `/api/mines/${w.otherMineId}/documents`,
      pdfForm('acceptance', '整改验收意见书.pdf'),
    )
    const { id: documentId } = (await upload.json()) as { id: number }
    const resumed = await othercounty.post(
      path('resume', () => w.otherMineId),
      { on: '2020-04-01', acceptance: { documentId, acceptedOn: '2020-03-25' } },
    )
    expect(expectConforms(EventResult, await resumed.json())).toMatchObject({ opsStatus: 'producing' })
  })

  it('R8: every step left an audit entry, the chain verifies, and history cannot be backdated', async () => {
    const trail = expectConforms(
      AuditTrail,
      await (await as.leader.get(`/api/mines/${w.mineId}/audit`)).json(),
    )
    expect(trail.map((e) => e.action)).toEqual([
      'event.submit_self_assessment',
      'conflict.record',
      'evaluator_draw.commit',
      'evaluator_draw.reveal',
      'event.assign_evaluator',
      'event.file_verification',
      'event.publish_county_publicity',
      // The originals archived with the publicity (R3.7): a mine's trail lists its documents too.
      'document.upload',
      'document.upload',
      'event.close_county_publicity',
      'event.city_report',
      'event.publish_province_list',
      'event.enter_directory',
      'event.spot_check',
      'event.spot_check',
      'event.assign_recheck_agency',
      'event.recheck',
      'event.confirm_removal',
      'event.submit_self_assessment',
    ])
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
    await expectRefused(
      await as.enterprise.post(path('submit_self_assessment'), {
        on: '2020-01-01',
        recipients: ['county_land', 'county_environment'],
      }),
      422,
      /backdated/,
    )
  })

  it('refuses an enormous body before parsing it', async () => {
    const res = await as.enterprise.post(path('submit_self_assessment'), {
      recipients: ['county_land', 'county_environment'],
      padding: 'x'.repeat(3 * 1024 * 1024),
    })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large')
  })

  it('rejects malformed bodies with the field named', async () => {
    const res = await as.enterprise.post(path('submit_self_assessment'), { recipients: 'both' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { params: { field: string } } }).error.params.field).toBe(
      'recipients',
    )
    const anon = await w.app.request(path('submit_self_assessment'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"recipients":["county_land"]}',
    })
    expect(anon.status).toBe(401)
  })
})
