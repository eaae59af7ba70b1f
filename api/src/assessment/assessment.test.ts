import { addDays, todayInZhejiang } from '@zgm/domain'
import { strFromU8, unzipSync } from 'fflate'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../auth/password'
import { DEMO_PASSWORD } from '../seed/demo-accounts'
import { expectConforms } from '../testing/conforms'
import { backends, type TestDb } from '../testing/test-db'
import { openDemoWorld, signIn, type Client } from '../testing/world'
import type { App } from '../app'
import { Assessment, type AssessmentShape } from './assessment.schemas'

const CHANGXING = '330522'
const HUZHOU = '330500'
/** The backdated removal's business date: inside 2020, years before it is recorded. */
const REMOVAL_ON = '2020-12-15'
/** The province's confirmation of that removal, also dated back into 2020. */
const CONFIRMED_ON = '2020-12-18'
const SPOT_CHECK_ON = '2020-11-02'
/**
 * The demo history cut early in 2021, so that 2020's open rectifications are still open (with the
 * history run to today they were all settled since, and nothing may be dated before a mine's last event).
 */
const DEMO_JUST_AFTER_2020 = '2021-01-20'

describe.each(backends)(
  'R7 annual assessment and year close on the demo history ($name PostGIS)',
  (backend) => {
    let t: TestDb
    let app: App
    const as = {} as Record<'province' | 'leader' | 'city' | 'county' | 'enterprise', Client>
    const assessment = async (who: keyof typeof as, year = 2020) => {
      const res = await as[who].get(`/api/assessments/${year}`)
      expect(res.status).toBe(200)
      return expectConforms(Assessment, await res.json())
    }
    const row = (a: AssessmentShape, code: string) => a.rows.find((r) => r.code === code)!
    const countyStats = async (query = '') => {
      const res = await as.leader.get(`/api/stats?level=county&asOf=2020-12-31&region=${CHANGXING}${query}`)
      return ((await res.json()) as { rows: { code: string; status: string; inDirectory: number }[] }).rows[0]
    }

    beforeAll(async () => {
      ;({ t, app } = await openDemoWorld(backend, DEMO_JUST_AFTER_2020))
      const users = {
        province: 'province',
        leader: 'leader',
        city: 'city.huzhou',
        county: 'county.changxing',
        enterprise: 'enterprise',
      } as const
      for (const [who, username] of Object.entries(users))
        as[who as keyof typeof as] = await signIn(app, username, DEMO_PASSWORD)
    })
    afterAll(() => t.drop())

    it('R7: the 2020 table has every city and county with target, achieved, shortfall, overdue and sanctions, as the statistics count them', async () => {
      const a = await assessment('province')
      expect(a).toMatchObject({ year: 2020, asOf: '2020-12-31', status: 'open', closedAt: null })
      const units = await t.db
        .selectFrom('admin_unit')
        .select(['code', 'level'])
        .where('level', '!=', 'province')
        .execute()
      expect(a.rows.map((r) => r.code).sort()).toEqual(units.map((u) => u.code).sort())
      const stats = (await (await as.leader.get('/api/stats?level=county&asOf=2020-12-31')).json()) as {
        rows: {
          code: string
          mandatory: number
          inDirectory: number
          status: string
          shortfall: number
          overdue: number
        }[]
      }
      for (const s of stats.rows) {
        expect(row(a, s.code), s.code).toMatchObject({
          mandatory: s.mandatory,
          inDirectory: s.inDirectory,
          status: s.status,
          shortfall: s.shortfall,
          overdue: s.overdue,
        })
      }
      // Sanctions: an independent count of the year's rectifications and removals.
      const { rows } = await sql<{ rectifying: number; removed: number }>`
      select count(*) filter (where green_to = 'rectifying')::int as rectifying,
        count(*) filter (where green_to = 'removed')::int as removed
      from mine_event where occurred_on between '2020-01-01' and '2020-12-31' and green_to <> green_from`.execute(
        t.db,
      )
      const counties = a.rows.filter((r) => r.level === 'county')
      const cities = a.rows.filter((r) => r.level === 'city')
      for (const level of [counties, cities]) {
        expect(level.reduce((n, r) => n + r.rectifications, 0)).toBe(rows[0].rectifying)
        expect(level.reduce((n, r) => n + r.removals, 0)).toBe(rows[0].removed)
      }
      expect(rows[0].rectifying).toBeGreaterThan(0)
    })

    it('R7: a city sees its own row and its counties, a county its own row, an enterprise nothing', async () => {
      const city = await assessment('city')
      expect(city.rows.length).toBeGreaterThan(1)
      expect(city.rows.every((r) => r.code.startsWith('3305'))).toBe(true)
      expect((await assessment('county')).rows.map((r) => r.code)).toEqual([CHANGXING])
      expect((await as.enterprise.get('/api/assessments/2020')).status).toBe(403)
    })

    it('R7: the table downloads as CSV (UTF-8 with BOM, Chinese headers) and as XLSX with the same cells', async () => {
      const a = await assessment('city')
      const csvRes = await as.city.get('/api/assessments/2020?format=csv')
      expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
      expect(csvRes.headers.get('content-disposition')).toContain(
        encodeURIComponent('绿色矿山年度考核-2020.csv'),
      )
      const bytes = new Uint8Array(await csvRes.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n')
      expect(lines[0].split(',').slice(0, 4)).toEqual(['年度', '级别', '行政区划代码', '名称'])
      expect(lines).toHaveLength(a.rows.length + 1)
      const huzhou = row(a, HUZHOU)
      expect(lines[1]).toContain(`2020,市,${HUZHOU},湖州市`)
      expect(lines[1]).toContain(`,${huzhou.mandatory},${huzhou.inDirectory},${huzhou.inDirectoryTotal},`)

      const xlsxRes = await as.city.get('/api/assessments/2020?format=xlsx&lang=en')
      expect(xlsxRes.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      const files = unzipSync(new Uint8Array(await xlsxRes.arrayBuffer()))
      expect(Object.keys(files).sort()).toEqual([
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/_rels/workbook.xml.rels',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ])
      const sheet = strFromU8(files['xl/worksheets/sheet1.xml'])
      expect(sheet.match(/<row /g)).toHaveLength(a.rows.length + 1)
      expect(sheet).toContain('<c r="C2" t="inlineStr"><is><t xml:space="preserve">330500</t></is></c>')
      expect(sheet).toContain(`<c r="H2"><v>${huzhou.mandatory}</v></c>`)
      expect(sheet).toContain('>year<')
    })

    it('R7: only the province closes a year, and only once it has ended', async () => {
      const thisYear = Number(todayInZhejiang().slice(0, 4))
      expect((await as.county.post('/api/assessments/2020/close', {})).status).toBe(403)
      expect((await as.leader.post('/api/assessments/2020/close', {})).status).toBe(403)
      const early = await as.province.post(`/api/assessments/${thisYear}/close`, {})
      expect(early.status).toBe(422)
      expect(((await early.json()) as { error: { code: string } }).error.code).toBe('R7.year_not_over')
    })

    it('R7: a removal dated back into a closed 2020 changes nothing until the province approves each step; then the frozen "met" stays, with the restatement beside it', async () => {
      // The mine: one of 长兴's in the directory with nothing recorded after 2020-11-02, put under
      // rectification by a spot check that day, its re-check agency drawn (written as the seed writes it).
      const { id: mineId, agency_id } = await rectifyingMine(t)
      // §4.4: the re-check is the drawn agency's; an account for one of its evaluators.
      await t.db
        .insertInto('app_user')
        .values({
          username: 'evaluator.recheck',
          display_name: '复核机构评估员',
          password_hash: await hashPassword(DEMO_PASSWORD),
          role: 'evaluator',
          region_code: null,
          organization_id: agency_id,
        })
        .execute()
      const rechecker = await signIn(app, 'evaluator.recheck', DEMO_PASSWORD)

      const closed = await as.province.post('/api/assessments/2020/close', {})
      expect(closed.status).toBe(200)
      const frozen = expectConforms(Assessment, await closed.json())
      expect(frozen).toMatchObject({
        status: 'closed',
        closedBy: 'province',
        restatements: { changes: [], events: [] },
      })
      expect(row(frozen, CHANGXING).status).toBe('met')
      const again = await as.province.post('/api/assessments/2020/close', {})
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('R7.year_closed')

      // The drawn agency dates a failed re-check back into 2020; the province then the removal.
      const steps: [Client, string, object][] = [
        [rechecker, 'recheck', { result: 'fail', scores: { prerequisites: {}, groups: {} }, on: REMOVAL_ON }],
        [as.province, 'confirm_removal', { reason: '整改后复核仍不合格', on: CONFIRMED_ON }],
      ]
      const entries: number[] = []
      for (const [who, type, body] of steps) {
        const path = `/api/mines/${mineId}/events/${type}`
        const bare = await who.post(path, body)
        expect(bare.status, type).toBe(422)
        expect(((await bare.json()) as { error: { code: string } }).error.code).toBe(
          'backdate_reason_required',
        )
        const held = await who.post(path, { ...body, backdateReason: '2020年12月已办理，当时未录入' })
        expect(held.status, type).toBe(202)
        const { entry } = (await held.json()) as { entry: { id: number } }
        entries.push(entry.id)
        // Held: the mine, the statistics and the closed figures are as they were.
        const mine = await t.db
          .selectFrom('mine')
          .select('green_state')
          .where('id', '=', mineId)
          .executeTakeFirstOrThrow()
        expect(mine.green_state).toBe('rectifying')
        expect((await countyStats()).status).toBe('met')
        const now = await assessment('province')
        expect(now.rows).toEqual(frozen.rows)
        expect(now.restatements.events).toHaveLength(entries.length - 1)
        const approved = await as.province.post(`/api/backdated-entries/${entry.id}/approve`, {
          reason: '核实',
        })
        expect(approved.status, type).toBe(200)
      }

      // The closed figures stay; the change is listed beside them, with what, when and by whom.
      const after = await assessment('province')
      expect(after.rows).toEqual(frozen.rows)
      expect(row(after, CHANGXING).status).toBe('met')
      expect(after.restatements.changes).toEqual(
        expect.arrayContaining([
          { code: CHANGXING, name: '长兴县', figure: 'status', closed: 'met', now: 'behind' },
          {
            code: CHANGXING,
            name: '长兴县',
            figure: 'removals',
            closed: row(frozen, CHANGXING).removals,
            now: row(frozen, CHANGXING).removals + 1,
          },
          expect.objectContaining({ code: HUZHOU, figure: 'inDirectory' }),
        ]),
      )
      expect(after.restatements.events).toEqual([
        expect.objectContaining({
          mineId,
          type: 'recheck',
          on: REMOVAL_ON,
          recordedBy: 'evaluator.recheck',
          role: 'evaluator',
          backdate: expect.objectContaining({ entryId: entries[0], approvedBy: 'province' }),
        }),
        expect.objectContaining({
          mineId,
          type: 'confirm_removal',
          on: CONFIRMED_ON,
          recordedBy: 'province',
          role: 'province',
          backdate: expect.objectContaining({ entryId: entries[1], approvedBy: 'province' }),
        }),
      ])
      expect(new Date(after.restatements.events[0].recordedAt) > new Date(frozen.closedAt!)).toBe(true)
      // The county sees its own restatement; the CSV carries it beside the frozen figure.
      expect((await assessment('county')).restatements.changes.every((c) => c.code === CHANGXING)).toBe(true)
      const csv = await (await as.county.get('/api/assessments/2020?format=csv')).text()
      expect(csv).toContain('已结账')
      expect(csv).toContain('考核结果 达标→未达标')

      // Two clocks: as of 2020-12-31 the history now says "behind"; as the system knew it yesterday, "met".
      expect((await countyStats()).status).toBe('behind')
      expect((await countyStats(`&knownAt=${addDays(todayInZhejiang(), -1)}`)).status).toBe('met')
      const publicNow = await app.request(
        `/api/public/stats?level=county&asOf=2020-12-31&knownAt=${addDays(todayInZhejiang(), -1)}`,
      )
      const publicRow = ((await publicNow.json()) as { rows: { code: string; status: string }[] }).rows.find(
        (r) => r.code === CHANGXING,
      )
      expect(publicRow?.status).toBe('met')
    })

    it('R7: a closed year is frozen in the database too: its row cannot be updated or deleted', async () => {
      await expect(sql`update year_close set figures = '{}' where year = 2020`.execute(t.db)).rejects.toThrow(
        /frozen/,
      )
      await expect(sql`delete from year_close where year = 2020`.execute(t.db)).rejects.toThrow(/frozen/)
    })

    it('R7: a malformed knownAt is a 400 naming it', async () => {
      const res = await app.request('/api/public/stats?asOf=2020-12-31&knownAt=2020-13-01')
      expect(res.status).toBe(400)
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^knownAt/)
    })
  },
)

/** A 长兴 directory mine, quiet since before SPOT_CHECK_ON, put under rectification then with a drawn re-check agency. */
async function rectifyingMine(t: TestDb): Promise<{ id: number; agency_id: number }> {
  const { rows } = await sql<{ id: number; sa: number; agency_id: number }>`
    select m.id, (select max(s.id) from self_assessment s where s.mine_id = m.id) as sa,
      (select l.agency_id from agency_listing l
        where ${SPOT_CHECK_ON}::date between l.valid_from and l.valid_to
          and l.agency_id not in (select a.agency_id from evaluator_assignment a where a.mine_id = m.id)
          and l.agency_id not in (select d.party_id from agency_dealing d where d.mine_id = m.id)
        order by l.agency_id limit 1) as agency_id
    from mine m
    where m.county_code = ${CHANGXING} and m.green_state = 'in_directory'
      and exists (select 1 from self_assessment s where s.mine_id = m.id)
      and not exists (select 1 from mine_event e where e.mine_id = m.id and e.occurred_on >= ${SPOT_CHECK_ON}::date)
    order by m.id limit 1`.execute(t.db)
  const mine = rows[0]!
  await t.db
    .insertInto('mine_event')
    .values({
      mine_id: mine.id,
      type: 'spot_check',
      occurred_on: SPOT_CHECK_ON,
      green_from: 'in_directory',
      green_to: 'rectifying',
      actor_role: 'county',
      payload: JSON.stringify({ event: { type: 'spot_check', result: 'declined' } }),
    })
    .execute()
  await t.db.updateTable('mine').set({ green_state: 'rectifying' }).where('id', '=', mine.id).execute()
  const assignment = await t.db
    .insertInto('evaluator_assignment')
    .values({
      mine_id: mine.id,
      self_assessment_id: mine.sa,
      agency_id: mine.agency_id,
      assigned_on: SPOT_CHECK_ON,
      method: 'recheck_lottery',
      purpose: 'recheck',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await t.db
    .insertInto('rectification_order')
    .values({
      mine_id: mine.id,
      cause: 'spot_check',
      issued_on: SPOT_CHECK_ON,
      deadline: '2021-03-01',
      recheck_assignment_id: assignment.id,
    })
    .execute()
  return { id: mine.id, agency_id: mine.agency_id }
}
