// The demo lives in the present: seeded with today = DEMO_TODAY, every demo account finds open work
// when it signs in that day (asked through the API as that account), and the seeded history carries
// its audit trail (R8). These tests fail when the history stops in the past.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../audit/audit.queries'
import type { App } from '../app'
import { MINIMAL_PDF } from '../documents/test-files'
import { DEMO_PASSWORD } from './demo-accounts'
import { backends, type TestDb } from '../testing/test-db'
import { DEMO_TODAY, openDemoWorld, signIn, type Client } from '../testing/world'

interface Page {
  items: { id: number; countyCode: string; greenState: string; opsStatus: string }[]
  total: number
}
interface Alert {
  kind: string
  mineId?: string
  regionCode?: string
  overdue: boolean
  rule: string
}

const asOf = `asOf=${DEMO_TODAY}`

describe.each(backends)('the demo today ($name PostGIS)', (backend) => {
  let t: TestDb
  let app: App
  const as = (username: string): Promise<Client> => signIn(app, username, DEMO_PASSWORD)
  const json = async <T>(client: Client, path: string): Promise<T> => {
    const res = await client.get(path)
    expect(res.status, path).toBe(200)
    return (await res.json()) as T
  }
  beforeAll(async () => {
    ;({ t, app } = await openDemoWorld(backend))
  })
  afterAll(() => t.drop())

  it('R3.2: the demo evaluator has at least one assigned verification waiting on the day', async () => {
    const evaluator = await as('evaluator')
    const page = await json<Page>(evaluator, '/api/mines?state=evaluator_assigned&pageSize=200')
    expect(page.total).toBeGreaterThanOrEqual(1)
    const { rows } = await sql<{ valid: number }>`
      select count(*)::int as valid from agency_listing where valid_from <= ${DEMO_TODAY} and valid_to >= ${DEMO_TODAY}`.execute(
      t.db,
    )
    expect(rows[0]!.valid).toBeGreaterThanOrEqual(5) // a provincial evaluator list valid today
  })

  it('R3.3: the 长兴 county has a self-assessment just received, its one-month verification clock running', async () => {
    const county = await as('county.changxing')
    const page = await json<Page>(county, '/api/mines?state=self_assessed&pageSize=200')
    expect(page.items.filter((m) => m.countyCode === '330522').length).toBeGreaterThanOrEqual(1)
    const alerts = await json<Alert[]>(county, `/api/alerts?${asOf}`)
    expect(alerts.some((a) => a.kind === 'verification_due' && !a.overdue)).toBe(true)
  })

  it('R3.6: the 湖州 city has an archived mine waiting for the next reporting window', async () => {
    const city = await as('city.huzhou')
    const page = await json<Page>(city, '/api/mines?state=county_archived&pageSize=200')
    expect(page.total).toBeGreaterThanOrEqual(1)
    const alerts = await json<Alert[]>(city, `/api/alerts?${asOf}`)
    expect(alerts.some((a) => a.kind === 'city_report_due' && a.regionCode === '330500')).toBe(true)
  })

  it('R4: the enterprise has a producing mine not yet in the directory, its next step open', async () => {
    const enterprise = await as('enterprise')
    const page = await json<Page>(enterprise, '/api/mines?pageSize=200')
    const open = page.items.find((m) => m.greenState === 'building' && m.opsStatus === 'producing')
    expect(open, 'a mine of the enterprise still building').toBeDefined()
    const detail = await json<{ allowedEvents: string[] }>(enterprise, `/api/mines/${open!.id}`)
    expect(detail.allowedEvents).toContain('submit_self_assessment')
    const alerts = await json<Alert[]>(enterprise, `/api/alerts?${asOf}`)
    expect(alerts.some((a) => a.kind === 'construction_due' && a.mineId === String(open!.id))).toBe(true)
  })

  it('R3.5: the public sees open publicity notices inside their objection window, one of them in 长兴', async () => {
    const res = await app.request(`/api/public/publicity?${asOf}&status=open`)
    expect(res.status).toBe(200)
    const { items } = (await res.json()) as {
      items: { level: string; regionCode: string; startOn: string; endOn: string; open: boolean }[]
    }
    const county = items.filter(
      (n) => n.level === 'county' && n.startOn < DEMO_TODAY && n.endOn >= DEMO_TODAY,
    )
    expect(county.length).toBeGreaterThanOrEqual(1)
    expect(county.map((n) => n.regionCode)).toContain('330522')
  })

  it('R4, R6, R3.3: running and overdue clocks province-wide on the day', async () => {
    const leader = await as('leader')
    const alerts = await json<Alert[]>(leader, `/api/alerts?${asOf}`)
    const overdue = new Set(alerts.filter((a) => a.overdue).map((a) => a.kind))
    const running = new Set(alerts.filter((a) => !a.overdue).map((a) => a.kind))
    expect([...overdue]).toEqual(expect.arrayContaining(['verification_due', 'suspension_due']))
    expect([...running]).toEqual(
      expect.arrayContaining(['verification_due', 'construction_due', 'rectification_due']),
    )
    const { rows } = await sql<{ overdue_rectifications: number; suspended_r4: number }>`
      select
        (select count(*)::int from rectification_order where closed_on is null and deadline < ${DEMO_TODAY}) as overdue_rectifications,
        (select count(*)::int from suspension where rule = 'R4' and resumed_on is null) as suspended_r4`.execute(
      t.db,
    )
    expect(rows[0]!.overdue_rectifications + rows[0]!.suspended_r4).toBeGreaterThan(0)
  })

  it('R6: a spot-check period is under way: this year’s draws are made, some results not yet published', async () => {
    const { rows } = await sql<{ draws: number; unpublished: number }>`
      select count(*)::int as draws, (count(*) filter (where published_on is null))::int as unpublished
      from spot_check_draw where drawn_on >= ${DEMO_TODAY.slice(0, 4) + '-01-01'}`.execute(t.db)
    expect(rows[0]!.draws).toBeGreaterThanOrEqual(5)
    expect(rows[0]!.unpublished).toBeGreaterThanOrEqual(1)
  })

  it('mines are in every workflow state on the day', async () => {
    const { rows } = await sql<{ state: string }>`select distinct green_state as state from mine`.execute(
      t.db,
    )
    expect(rows.map((r) => r.state)).toEqual(
      expect.arrayContaining([
        'building',
        'self_assessed',
        'evaluator_assigned',
        'verification_failed',
        'verified',
        'county_publicity',
        'county_archived',
        'province_publicity',
        'in_directory',
        'rectifying',
        'removed',
      ]),
    )
  })

  it('the directory grows and shrinks plausibly after 2020: new mines licensed, some closed, renewals recorded', async () => {
    const { rows } = await sql<{ registered: number; closed_later: number; renewed_later: number }>`
      select
        (select count(*)::int from mine_event where type = 'registered') as registered,
        (select count(*)::int from mine_event where type = 'close' and occurred_on > '2020-12-31') as closed_later,
        (select count(*)::int from mine_event where type = 'licence_renewed' and occurred_on > '2020-12-31') as renewed_later`.execute(
      t.db,
    )
    const years = Number(DEMO_TODAY.slice(0, 4)) - 2020
    expect(rows[0]!.registered).toBeGreaterThanOrEqual(8 * years)
    expect(rows[0]!.registered).toBeLessThanOrEqual(22 * years)
    expect(rows[0]!.closed_later).toBeGreaterThanOrEqual(5 * years)
    expect(rows[0]!.renewed_later).toBeGreaterThan(50)
    const counts = await sql<{ on: string; n: number }>`
      select d::date::text as on, (select count(*)::int from directory_entry
        where entered_on <= d and (removed_on is null or removed_on > d)) as n
      from unnest(array['2020-12-31', '2023-12-31', ${DEMO_TODAY}]::date[]) as d`.execute(t.db)
    const [end2020, end2023, today] = counts.rows.map((r) => r.n)
    for (const n of [end2023!, today!]) expect(Math.abs(n - end2020!) / end2020!).toBeLessThan(0.15)
  })

  it('the county has restoration areas submitted and awaiting its approval', async () => {
    const { rows } = await sql<{ id: number }>`
      select a.id from mine_area a join mine m on m.id = a.mine_id
      where m.county_code = '330522' and a.approval = 'submitted'`.execute(t.db)
    expect(rows.length).toBeGreaterThanOrEqual(1)
    const county = await as('county.changxing')
    const area = await json<{ properties: { approval: string } }>(county, `/api/areas/${rows[0]!.id}`)
    expect(area.properties.approval).toBe('submitted')
  })

  it('R8: the seeded history verifies as one hash chain, and a mine’s trail lists its events, area versions and decisions', async () => {
    const { rows: counted } = await sql<{ events: number; versions: number }>`
      select (select count(*)::int from mine_event) as events,
             (select count(*)::int from mine_area_version) as versions`.execute(t.db)
    const verdict = await verifyAuditChain(t.db)
    expect(verdict).toEqual({ ok: true, entries: counted[0]!.events + counted[0]!.versions })

    const { rows } = await sql<{ mine_id: number; events: number; versions: number }>`
      select m.id as mine_id,
        (select count(*)::int from mine_event e where e.mine_id = m.id) as events,
        (select count(*)::int from mine_area_version v join mine_area a on a.id = v.area_id where a.mine_id = m.id) as versions
      from mine m join mine_area a on a.mine_id = m.id and a.approval = 'submitted'
      where m.county_code = '330522' limit 1`.execute(t.db)
    const sample = rows[0]!
    const leader = await as('leader')
    const trail = await json<{ action: string; objectType: string; after: { eventId?: number } | null }[]>(
      leader,
      `/api/mines/${sample.mine_id}/audit`,
    )
    expect(trail.filter((e) => e.objectType === 'mine')).toHaveLength(sample.events)
    expect(trail.filter((e) => e.objectType === 'mine_area')).toHaveLength(sample.versions)
    const actions = trail.map((e) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining(['event.baseline', 'event.enter_directory', 'area.create', 'area.submit']),
    )
    const eventIds = await t.db
      .selectFrom('mine_event')
      .select('id')
      .where('mine_id', '=', sample.mine_id)
      .execute()
    expect(trail.flatMap((e) => (e.after?.eventId ? [e.after.eventId] : [])).sort((a, b) => a - b)).toEqual(
      eventIds.map((e) => e.id).sort((a, b) => a - b),
    )
  })

  it('R8: a document and a step taken today through the API chain onto the seeded history and join the mine’s trail', async () => {
    const enterprise = await as('enterprise')
    const page = await json<Page>(enterprise, '/api/mines?pageSize=200')
    const open = page.items.find((m) => m.greenState === 'building' && m.opsStatus === 'producing')!
    const file = new FormData()
    file.set('file', new File([new Uint8Array(MINIMAL_PDF)], '自评报告.pdf', { type: 'application/pdf' }))
    file.set('kind', 'self_assessment_report')
    const upload = await enterprise.request('POST', `/api/mines/${open.id}/documents`, file)
    expect(upload.status, await upload.clone().text()).toBe(201)
    // Dated by the server's clock (today or later than DEMO_TODAY): after every seeded event.
    const res = await enterprise.post(`/api/mines/${open.id}/events/submit_self_assessment`, {
      recipients: ['county_land', 'county_environment'],
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const verdict = await verifyAuditChain(t.db)
    expect(verdict.ok).toBe(true)
    const trail = await json<{ action: string }[]>(await as('leader'), `/api/mines/${open.id}/audit`)
    expect(trail.slice(-2).map((e) => e.action)).toEqual(['document.upload', 'event.submit_self_assessment'])
  })
})
