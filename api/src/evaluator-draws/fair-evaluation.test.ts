// R3.2–R3.4 over HTTP: the agency list the province keeps, the conflict register, commit-reveal
// draws that anyone can re-run, approved exceptions, registered teams, industry standards and
// versioned indicator sets — each refused the way an adversary would try it.
import { createHash } from 'node:crypto'
import { createRng } from '@zgm/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Agency, AgencyList } from '../agencies/agencies.schemas'
import { IndicatorSetList } from '../indicator-sets/indicator-sets.schemas'
import { expectConforms } from '../testing/conforms'
import { CONFORMS, PASSING_SCORES, registeredTeam } from '../testing/evaluation'
import { referenceDb } from '../testing/schema-template'
import { backends, type TestDb } from '../testing/test-db'
import { hashPassword } from '../auth/password'
import {
  buildWorld,
  clients,
  PASSWORD,
  signIn,
  type Client,
  type Clients,
  type World,
} from '../testing/world'
import { EventResult } from '../workflow/workflow.schemas'
import { EvaluatorDraw } from './draws.schemas'

interface ErrorBody {
  error: { code: string; params: Record<string, unknown> }
}

const refusal = async (res: Response) => ({ status: res.status, ...((await res.json()) as ErrorBody).error })

const LISTING = {
  listName: '2021-2030年度测试名单',
  validFrom: '2021-01-01',
  validTo: '2030-12-31',
  staffCount: 20,
  seniorCount: 8,
  applicationRef: '测试：申报材料 SB-2021-03',
}

describe.each(backends)('R3.2–R3.4 fair and independent evaluation on $name PostGIS', (backend) => {
  let t: TestDb
  let w: World
  let c: Clients
  let thirdAgencyId: number
  let drawnAgencyId: number
  /** A signed-in evaluator of the agency (the third agency gets its account here). */
  const evaluatorOf = async (agencyId: number): Promise<Client> => {
    if (agencyId === w.agencyId) return c.as('evaluator')
    if (agencyId === w.otherAgencyId) return c.as('evaluatorOther')
    await t.db
      .insertInto('app_user')
      .values({
        username: 'evaluatorthird',
        display_name: '第三院评估员',
        password_hash: await hashPassword(PASSWORD),
        role: 'evaluator',
        organization_id: agencyId,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .execute()
    return signIn(w.app, 'evaluatorthird')
  }
  const events = (mine: number, type: string) => `/api/mines/${mine}/events/${type}`
  const count = async (table: 'evaluator_draw' | 'evaluator_assignment' | 'agency_dealing' | 'audit_log') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    t = await referenceDb(backend)
    w = await buildWorld(t)
    c = clients(w.app)
  })
  afterAll(() => t?.drop())

  it('R3.2: the province keeps the agency list (audited); the public reads it; no one else writes it', async () => {
    const audits = await count('audit_log')
    const understaffed = await c.as('province').post('/api/agencies', {
      name: '浙江人手不足评估公司',
      listing: { ...LISTING, staffCount: 14, seniorCount: 10 },
    })
    expect(await refusal(understaffed)).toMatchObject({ status: 422, code: 'R3.2.agency_understaffed' })
    expect(
      (await c.as('county').post('/api/agencies', { name: '县里自选机构', listing: LISTING })).status,
    ).toBe(403)
    const nowhere = await c.as('province').post('/api/agencies', {
      name: '无此地区评估公司',
      regionCode: '339999',
      listing: LISTING,
    })
    expect(await refusal(nowhere)).toMatchObject({ status: 400, code: 'unknown_region' })
    const created = await c
      .as('province')
      .post('/api/agencies', { name: '浙江第三测试评估院', listing: LISTING })
    expect(created.status).toBe(201)
    thirdAgencyId = expectConforms(Agency, await created.json()).id
    for (const [i, senior] of [true, true, false, false, false].entries()) {
      const expert = await c.as('province').post(`/api/agencies/${thirdAgencyId}/experts`, {
        name: `第三院专家${i + 1}`,
        senior,
        specialty: '采矿工程',
        registeredFrom: '2021-01-01',
      })
      expect(expert.status).toBe(201)
    }
    expect(await count('audit_log')).toBe(audits + 1 + 1 + 5)
    const list = expectConforms(
      AgencyList,
      await (await c.anonymous.get('/api/public/agencies?on=2021-03-05')).json(),
    )
    const third = list.items.find((a) => a.id === thirdAgencyId)!
    expect(third.listings[0]).toMatchObject({ applicationRef: LISTING.applicationRef, validTo: '2030-12-31' })
    expect(third.experts.filter((e) => e.senior)).toHaveLength(2)
    const before = await (await c.anonymous.get('/api/public/agencies?on=2017-06-01')).json()
    expect((before as { items: unknown[] }).items).toEqual([])
  })

  it('R3.2: the county cannot pick the seed, on the event or on the draw', async () => {
    const submitted = await c.as('enterprise').post(events(w.mineId, 'submit_self_assessment'), {
      on: '2021-03-01',
      recipients: ['county_land', 'county_environment'],
    })
    expect(submitted.status).toBe(200)
    const chosen = await c.as('county').post(events(w.mineId, 'assign_evaluator'), {
      on: '2021-03-05',
      agencyId: w.agencyId,
      selectionSeed: 'a-seed-that-lands-on-my-agency',
    })
    expect(await refusal(chosen)).toMatchObject({ status: 400, code: 'invalid_input' })
    const seeded = await c.as('county').post(`/api/mines/${w.mineId}/evaluator-draws`, {
      on: '2021-03-05',
      seed: 'mine',
    })
    expect(await refusal(seeded)).toMatchObject({ status: 400, params: { issue: 'unrecognized_keys' } })
    const direct = await c.as('county').post(events(w.mineId, 'assign_evaluator'), {
      on: '2021-03-05',
      agencyId: w.agencyId,
    })
    expect(await refusal(direct)).toMatchObject({ status: 422, code: 'R3.2.assignment_unjustified' })
    expect(await count('evaluator_assignment')).toBe(0)
  })

  it('R3.2: a committed draw publishes the hash and candidates, not the seed; it cannot be drawn again', async () => {
    const tie = await c.as('county').post(`/api/mines/${w.mineId}/conflicts`, {
      agencyId: w.otherAgencyId,
      kind: 'report_help',
      note: '协助编写该矿山自评报告',
    })
    expect(tie.status).toBe(201)
    const commit = await c.as('county').post(`/api/mines/${w.mineId}/evaluator-draws`, { on: '2021-03-05' })
    expect(commit.status).toBe(201)
    const draw = expectConforms(EvaluatorDraw, await commit.json())
    expect(draw).toMatchObject({ status: 'committed', seed: null, agencyId: null })
    expect(draw.commitment).toMatch(/^[0-9a-f]{64}$/)
    expect(draw.candidates.map((a) => a.agencyId).sort()).toEqual([w.agencyId, thirdAgencyId].sort())
    expect(draw.excluded).toEqual([
      expect.objectContaining({ agencyId: w.otherAgencyId, reason: 'conflict' }),
    ])
    const published = expectConforms(
      EvaluatorDraw,
      await (await c.anonymous.get(`/api/public/evaluator-draws/${draw.id}`)).json(),
    )
    expect(published.seed).toBeNull()
    const audit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'evaluator_draw.commit')
      .execute()
    expect(JSON.stringify(audit)).not.toContain(
      (await t.db.selectFrom('evaluator_draw').select('seed').executeTakeFirstOrThrow()).seed,
    )

    const again = await c.as('county').post(`/api/mines/${w.mineId}/evaluator-draws`, { on: '2021-03-05' })
    expect(await refusal(again)).toMatchObject({
      status: 422,
      code: 'R3.2.draw_exists',
      params: { drawId: draw.id },
    })
    const ask = await c.as('county').post(`/api/mines/${w.mineId}/evaluator-exceptions`, {
      kind: 'redraw',
      reason: '测试：想换一家',
      on: '2021-03-05',
    })
    const asked = (await ask.json()) as { id: number }
    const pending = await c.as('county').post(`/api/mines/${w.mineId}/evaluator-draws`, {
      on: '2021-03-05',
      exceptionId: asked.id,
    })
    expect(await refusal(pending)).toMatchObject({
      code: 'R3.2.exception_unusable',
      params: { reason: 'not_approved' },
    })
    expect(
      (
        await c
          .as('county')
          .post(`/api/evaluator-exceptions/${asked.id}/decision`, { approve: true, note: '自批' })
      ).status,
    ).toBe(403)
    const refused = await c.as('province').post(`/api/evaluator-exceptions/${asked.id}/decision`, {
      approve: false,
      note: '理由不成立，不得重新摇号',
      on: '2021-03-05',
    })
    expect(refused.status).toBe(200)
    const twice = await c.as('province').post(`/api/evaluator-exceptions/${asked.id}/decision`, {
      approve: true,
      note: '改为同意',
    })
    expect(await refusal(twice)).toMatchObject({
      code: 'R3.2.exception_unusable',
      params: { reason: 'decided' },
    })
    expect(await count('evaluator_draw')).toBe(1)
    const recorded = (await (
      await c.as('city').get(`/api/mines/${w.mineId}/evaluator-exceptions`)
    ).json()) as {
      items: { kind: string; decision: string; decisionNote: string }[]
    }
    expect(recorded.items).toEqual([
      expect.objectContaining({
        kind: 'redraw',
        decision: 'refused',
        decisionNote: '理由不成立，不得重新摇号',
      }),
    ])
  })

  it('R3.2: the reveal assigns the drawn agency, and anyone reproduces the draw from the public JSON alone', async () => {
    const [{ id }] = await t.db.selectFrom('evaluator_draw').select('id').execute()
    const early = await c.as('county').post(`/api/evaluator-draws/${id}/reveal`, { on: '2021-03-04' })
    expect(await refusal(early)).toMatchObject({ status: 422, code: 'backdated' })
    const reveal = await c.as('county').post(`/api/evaluator-draws/${id}/reveal`, { on: '2021-03-05' })
    expect(reveal.status).toBe(200)
    const again = await c.as('county').post(`/api/evaluator-draws/${id}/reveal`, { on: '2021-03-05' })
    expect(await refusal(again)).toMatchObject({
      code: 'R3.2.draw_unusable',
      params: { reason: 'already_drawn' },
    })

    // Only the public endpoint, no account: commitment, inputs, seed and result.
    const json = (await (await c.anonymous.get(`/api/public/evaluator-draws?mineId=${w.mineId}`)).json()) as {
      items: {
        id: number
        mineId: number
        seed: string
        commitment: string
        candidates: { agencyId: number }[]
        agencyId: number
      }[]
    }
    const d = json.items[0]!
    expect(createHash('sha256').update(d.seed, 'utf8').digest('hex')).toBe(d.commitment)
    const index = Math.floor(createRng(`${d.seed}|evaluator|${d.mineId}`)() * d.candidates.length)
    expect(d.candidates[index]!.agencyId).toBe(d.agencyId)
    const assignment = await t.db.selectFrom('evaluator_assignment').selectAll().executeTakeFirstOrThrow()
    expect(assignment).toMatchObject({
      agency_id: d.agencyId,
      draw_id: d.id,
      method: 'public_lottery',
      seed: d.seed,
    })
    drawnAgencyId = d.agencyId
  })

  it('R3.4: invented team members (x1…x5), another agency’s or a deregistered expert, claimed seniority are refused; the registered team files', async () => {
    const evaluator = await evaluatorOf(drawnAgencyId)
    const team = await registeredTeam(t.db, drawnAgencyId)
    const register = async (name: string) => {
      const res = await c.as('province').post(`/api/agencies/${drawnAgencyId}/experts`, {
        name,
        senior: false,
        specialty: '土地复垦',
        registeredFrom: '2021-03-11',
      })
      return { id: String(((await res.json()) as { id: number }).id) }
    }
    const file = (members: { id: string; senior?: boolean }[], extra: object = {}) =>
      evaluator.post(events(w.mineId, 'file_verification'), {
        on: '2021-03-20',
        scores: PASSING_SCORES,
        team: members,
        standard: CONFORMS,
        ...extra,
      })
    const invented = await file(['x1', 'x2', 'x3', 'x4', 'x5'].map((id) => ({ id, senior: true })))
    expect(await refusal(invented)).toMatchObject({
      status: 422,
      code: 'R3.4.unregistered_team_member',
      params: { memberIds: ['x1', 'x2', 'x3', 'x4', 'x5'] },
    })
    const outsider = (
      await registeredTeam(t.db, drawnAgencyId === w.agencyId ? w.otherAgencyId : w.agencyId)
    )[0]!
    const mixed = await file([...team.slice(0, 4), outsider])
    expect(await refusal(mixed)).toMatchObject({
      code: 'R3.4.unregistered_team_member',
      params: { memberIds: [outsider.id] },
    })
    const gone = await c.as('province').post(`/api/experts/${team[4]!.id}/deregister`, {
      registeredTo: '2021-03-10',
      reason: '调离',
    })
    expect(gone.status).toBe(200)
    expect(await refusal(await file(team))).toMatchObject({ code: 'R3.4.unregistered_team_member' })
    const [extra1, extra2] = [await register('补充专家甲'), await register('补充专家乙')]
    // One registered senior only; the juniors' claimed seniority counts for nothing.
    const claimed = [team[0]!, ...[team[2]!, team[3]!, extra1, extra2].map((m) => ({ ...m, senior: true }))]
    expect(await refusal(await file(claimed))).toMatchObject({
      code: 'R3.4.team_invalid',
      params: { seniors: 1 },
    })
    const fullTeam = [...team.slice(0, 4), extra1]
    const wrongStandard = await file(fullTeam, { standard: { code: 'DZ/T 0312-2018', conforms: true } })
    expect(await refusal(wrongStandard)).toMatchObject({
      code: 'R3.4.wrong_standard',
      params: { expected: 'DZ/T 0316-2018', got: 'DZ/T 0312-2018' },
    })
    const notMet = await file(fullTeam, {
      standard: { code: 'DZ/T 0316-2018', conforms: false },
      conclusion: 'pass',
    })
    expect(await refusal(notMet)).toMatchObject({ code: 'R3.4.standard_not_met' })
    const filed = await file(fullTeam)
    expect(filed.status).toBe(200)
    const result = expectConforms(EventResult, await filed.json())
    expect(result.greenState).toBe('verified')
    expect(result.effects).toContainEqual(
      expect.objectContaining({ kind: 'indicator_weights_unconfirmed', indicatorSetId: 'CN-2020' }),
    )
    const row = await t.db.selectFrom('verification').selectAll().executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      indicator_version: 'CN-2020',
      industry_standard: 'DZ/T 0316-2018',
      standard_conforms: true,
      weights_confirmed: false,
    })
    expect((row.team as { senior: boolean }[]).filter((m) => m.senior)).toHaveLength(2)
  })

  it('R3.2: the issue’s failing case — an agency with a recorded business tie is refused, even with an approved direct assignment', async () => {
    const submitted = await c.as('enterpriseOther').post(events(w.otherMineId, 'submit_self_assessment'), {
      on: '2024-05-06',
      recipients: ['county_land', 'county_environment'],
    })
    expect(submitted.status).toBe(200)
    expect(
      (
        await c.as('county').post(`/api/mines/${w.otherMineId}/conflicts`, {
          agencyId: w.agencyId,
          kind: 'business',
          on: '2023-10-01',
          note: '越权登记',
        })
      ).status,
    ).toBe(404)
    expect(
      await refusal(
        await c.as('countyOther').post(`/api/mines/${w.otherMineId}/conflicts`, {
          agencyId: w.agencyId,
          kind: 'business',
          note: '无日期',
        }),
      ),
    ).toMatchObject({ status: 400, params: { field: 'on' } })
    const old = await c.as('countyOther').post(`/api/mines/${w.otherMineId}/conflicts`, {
      agencyId: w.otherAgencyId,
      kind: 'business',
      on: '2022-05-07',
      note: '两年前的储量报告业务（已超过一年）',
    })
    expect(old.status).toBe(201)
    const tie = await c.as('countyOther').post(`/api/mines/${w.otherMineId}/conflicts`, {
      agencyId: w.agencyId,
      kind: 'business',
      on: '2023-10-01',
      note: '2023年10月承接该矿山储量年报编制业务',
    })
    expect(tie.status).toBe(201)
    const register = (await (await c.as('city').get(`/api/mines/${w.otherMineId}/conflicts`)).json()) as {
      items: unknown[]
    }
    expect(register.items).toHaveLength(2)

    const approve = async (agencyId: number) => {
      const ask = await c.as('countyOther').post(`/api/mines/${w.otherMineId}/evaluator-exceptions`, {
        kind: 'direct',
        agencyId,
        reason: '测试：申请直接委托',
        on: '2024-05-08',
      })
      const { id } = (await ask.json()) as { id: number }
      await c
        .as('province')
        .post(`/api/evaluator-exceptions/${id}/decision`, { approve: true, note: '同意', on: '2024-05-08' })
      return id
    }
    const conflicted = await approve(w.agencyId)
    const tied = await c.as('countyOther').post(events(w.otherMineId, 'assign_evaluator'), {
      on: '2024-05-08',
      agencyId: w.agencyId,
      exceptionId: conflicted,
    })
    expect(await refusal(tied)).toMatchObject({ status: 422, code: 'R3.2.conflicted_evaluator' })
    const swapped = await c.as('countyOther').post(events(w.otherMineId, 'assign_evaluator'), {
      on: '2024-05-08',
      agencyId: w.otherAgencyId,
      exceptionId: conflicted,
    })
    expect(await refusal(swapped)).toMatchObject({
      code: 'R3.2.exception_unusable',
      params: { reason: 'other_agency' },
    })
    const free = await approve(w.otherAgencyId)
    const assigned = await c.as('countyOther').post(events(w.otherMineId, 'assign_evaluator'), {
      on: '2024-05-08',
      agencyId: w.otherAgencyId,
      exceptionId: free,
    })
    expect(assigned.status).toBe(200)
    expect(
      await t.db
        .selectFrom('evaluator_assignment')
        .select(['method', 'exception_id'])
        .where('mine_id', '=', w.otherMineId)
        .executeTakeFirst(),
    ).toEqual({
      method: 'direct',
      exception_id: free,
    })
  })

  it('R3.4: a verification in 2024 is judged against the 2024 set, which cannot pass anyone before its pass line is loaded', async () => {
    const sets = expectConforms(
      IndicatorSetList,
      await (await c.anonymous.get('/api/public/indicator-sets')).json(),
    )
    const cn2024 = sets.items.find((s) => s.id === 'CN-2024')!
    expect(cn2024).toMatchObject({
      maxTotal: 100,
      level3Count: 49,
      level2Count: 23,
      groupCount: 6,
      confirmed: false,
    })
    const scores = { prerequisites: {}, groups: Object.fromEntries(cn2024.groups.map((g) => [g.id, 15])) }
    const team = await registeredTeam(t.db, w.otherAgencyId)
    const file = (extra: object) =>
      c.as('evaluatorOther').post(events(w.otherMineId, 'file_verification'), {
        on: '2024-05-20',
        scores,
        team,
        standard: CONFORMS,
        ...extra,
      })
    expect(await refusal(await file({ conclusion: 'pass' }))).toMatchObject({
      code: 'R3.4.score_not_passing',
    })
    const failed = await file({})
    expect(expectConforms(EventResult, await failed.json()).greenState).toBe('verification_failed')
    const row = await t.db
      .selectFrom('verification')
      .selectAll()
      .where('mine_id', '=', w.otherMineId)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ indicator_version: 'CN-2024', passed: false, weights_confirmed: false })
  })

  it('R3.4: the province loads the official table; a contradicting one or one that does not add up to 1,000 changes nothing', async () => {
    const load = (who: 'province' | 'county', csv: string) =>
      c.as(who).post('/api/indicator-sets/CN-2020/table', { csv, source: '测试：官方分值表' })
    const table = [
      'group_id,points,items',
      'comprehensive_use,160,20',
      'energy_emissions,140,18',
      'innovation_smart_mine,120,14',
      'management_image,140,16',
    ]
    expect((await load('county', table.join('\n'))).status).toBe(403)
    const contradicting = await load('province', [...table, 'mine_environment,200,17'].join('\n'))
    expect(await refusal(contradicting)).toMatchObject({
      status: 422,
      code: 'R3.4.indicator_table_invalid',
      params: { problem: 'contradicts_confirmed', line: 6 },
    })
    const short = await load('province', table.join('\n').replace('120', '100'))
    expect(await refusal(short)).toMatchObject({
      code: 'R3.4.indicator_table_invalid',
      params: { problem: 'total' },
    })
    const unchanged = await t.db
      .selectFrom('indicator_group')
      .select('max_points')
      .where('id', '=', 'energy_emissions')
      .where('set_id', '=', 'CN-2020')
      .executeTakeFirstOrThrow()
    expect(unchanged.max_points).toBeNull()
    const loaded = await load('province', table.join('\n'))
    expect(loaded.status).toBe(200)
    const set = (await loaded.json()) as { confirmed: boolean; groups: { points: number; source: string }[] }
    expect(set.confirmed).toBe(true)
    expect(set.groups.reduce((s, g) => s + g.points, 0)).toBe(1000)
    const standards = (await (await c.anonymous.get('/api/public/industry-standards')).json()) as {
      standards: { code: string }[]
      minerals: { mineral: string; standard: string }[]
    }
    expect(standards.standards.map((s) => s.code)).toHaveLength(9)
    expect(standards.minerals).toContainEqual({ mineral: '建筑用凝灰岩', standard: 'DZ/T 0316-2018' })
  })
})
