import {
  applyGreenEvent,
  applyOpsEvent,
  pickEvaluator,
  replaySpotCheckDraw,
  type Dealing,
  type GreenEvent,
  type GreenRecord,
  type ListedAgency,
  type OpsEvent,
  type OpsRecord,
  type Role,
  type SpotCheckDraw,
} from '@zgm/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../auth/password'
import { entryAsOf } from '../testing/independent-count'
import { backends, freshDb, type TestDb } from '../testing/test-db'
import { DEMO_TODAY } from '../testing/world'
import { DEFAULT_SEED, generateDemo, seedDemo, seedDemoIfEmpty } from './demo'
import { DEMO_PASSWORD } from './demo-accounts'
import { loadReferenceData, readAnnex } from './reference'
import { DEMO_INDICATOR_SET } from './demo/scores'

describe('demo data generator', () => {
  it('is deterministic: the same seed gives identical data, another seed different data', () => {
    const a = generateDemo(DEFAULT_SEED, { today: DEMO_TODAY })
    const b = generateDemo(DEFAULT_SEED, { today: DEMO_TODAY })
    expect(b).toEqual(a)
    const c = generateDemo('another-seed', { today: DEMO_TODAY })
    expect(c.tables.mine.map((m) => m.location)).not.toEqual(a.tables.mine.map((m) => m.location))
    expect(c.tables.mine.map((m) => m.name)).not.toEqual(a.tables.mine.map((m) => m.name))
  })
})

describe.each(backends)('demo data on $name PostGIS', (backend) => {
  let t: TestDb
  let lines: string[]
  beforeAll(async () => {
    t = await freshDb(backend)
    await loadReferenceData(t.db)
    lines = []
    await seedDemo(t.db, { today: DEMO_TODAY, log: (line) => lines.push(line) })
  })
  afterAll(() => t.drop())

  it('prints one progress line and refuses to seed twice', async () => {
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^seeding demo data \(today 2026-11-30\): \d{3} mines, \d+ events, .* \d+ audit entries … \d+\.\d s/,
    )
    expect(await seedDemoIfEmpty(t.db, () => {})).toBeNull()
    const setting = await t.db
      .selectFrom('app_setting')
      .select('value')
      .where('key', '=', 'demo')
      .executeTakeFirstOrThrow()
    expect(setting.value).toEqual({
      seed: DEFAULT_SEED,
      today: DEMO_TODAY,
      generatedAt: expect.stringMatching(/^\d{4}-/),
    })
  })

  it('has exactly the annex counts per city: producing and under construction in 2017', async () => {
    const { rows } = await sql<{ city: string; producing: number; building: number }>`
      select city.code as city,
        (count(*) filter (where e.ops_to = 'producing'))::int as producing,
        (count(*) filter (where e.ops_to = 'construction'))::int as building
      from mine m
      join admin_unit county on county.code = m.county_code and county.level = 'county'
      join admin_unit city on city.code = county.parent_code and city.level = 'city'
      join mine_event e on e.mine_id = m.id and e.type = 'baseline'
      group by city.code order by city.code`.execute(t.db)
    const annex = readAnnex()
    expect(rows).toEqual(
      annex.map((c) => ({ city: c.cityCode, producing: c.producing2017, building: c.underConstruction2017 })),
    )
    expect(rows.reduce((n, r) => n + r.producing + r.building, 0)).toBe(618)
  })

  it('places every mine inside its real county, its footprint and areas too', async () => {
    const { rows } = await sql<{ outside_point: number; outside_area: number; outside_licence: number }>`
      select
        (select count(*)::int from mine m join admin_unit c on c.code = m.county_code
          where not st_within(m.location, c.geom)) as outside_point,
        (select count(*)::int from mine_area a join mine m on m.id = a.mine_id join admin_unit c on c.code = m.county_code
          where not st_coveredby(a.geom, c.geom)) as outside_area,
        (select count(*)::int from mine_area a join mine m on m.id = a.mine_id join licence l on l.id = m.licence_id
          where a.kind = 'footprint' and not st_coveredby(a.geom, l.geom)) as outside_licence`.execute(t.db)
    expect(rows[0]).toEqual({ outside_point: 0, outside_area: 0, outside_licence: 0 })
  })

  it('draws only valid geometry, with areas that match their polygons', async () => {
    const { rows } = await sql<{ invalid: number; bad_area: number; bad_declared: number; areas: number }>`
      select
        (select count(*)::int from mine_area where not st_isvalid(geom))
          + (select count(*)::int from licence where geom is null or not st_isvalid(geom)) as invalid,
        (select count(*)::int from mine_area
          where area_m2 <> round(st_area(geom::geography)::numeric, 1)) as bad_area,
        (select count(*)::int from licence
          where abs(declared_area_km2 - st_area(geom::geography) / 1e6) > 0.005 * declared_area_km2 + 0.0001) as bad_declared,
        (select count(*)::int from mine_area) as areas`.execute(t.db)
    expect(rows[0]).toMatchObject({ invalid: 0, bad_area: 0, bad_declared: 0 })
    expect(rows[0]!.areas).toBeGreaterThan(618 * 3)
  })

  it('keeps restoration and reclamation areas within 200 m of their footprint, every mine having both', async () => {
    const { rows } = await sql<{ far: number; without: number }>`
      select
        (select count(*)::int from mine_area a join mine_area f on f.mine_id = a.mine_id and f.kind = 'footprint'
          where a.kind in ('restoration', 'reclamation')
            and not st_dwithin(a.geom::geography, f.geom::geography, 200)) as far,
        (select count(*)::int from mine m where
          not exists (select 1 from mine_area a where a.mine_id = m.id and a.kind = 'restoration')
          or not exists (select 1 from mine_area a where a.mine_id = m.id and a.kind = 'reclamation')) as without`.execute(
      t.db,
    )
    expect(rows[0]).toEqual({ far: 0, without: 0 })
  })

  it('writes licence corner points in Gauss-Krüger 3° zones that PostGIS reproduces to the centimetre', async () => {
    const { rows: srs } = await sql<{ n: number }>`
      select count(*)::int as n from spatial_ref_sys where srid in (4527, 4528, 4529)`.execute(t.db)
    const { rows } = await sql<{ no: string; crs: string; text: string; xs: number[]; ys: number[] }>`
      select l.licence_no as no, l.source_crs as crs, l.corner_points_text as text,
        array_agg(st_y(st_transform(p.geom, split_part(l.source_crs, ':', 2)::int)) order by p.path) as xs,
        array_agg(st_x(st_transform(p.geom, split_part(l.source_crs, ':', 2)::int)) order by p.path) as ys
      from licence l cross join lateral st_dumppoints(st_exteriorring(st_geometryn(l.geom, 1))) p
      where ${srs[0]!.n} = 3 and l.id % 20 = 0
      group by l.id order by l.id`.execute(t.db)
    const all = await t.db
      .selectFrom('licence')
      .select(['licence_no', 'source_crs', 'corner_points_text'])
      .execute()
    for (const l of all) {
      expect(l.licence_no).toMatch(/^C33\d{20}$/)
      expect(l.source_crs).toMatch(/^EPSG:452[789]$/)
      const zone = Number(l.source_crs.slice(-1)) + 32
      for (const line of l.corner_points_text!.split('\n')) {
        const [, x, y] = line.split(',').map(Number)
        expect(x).toBeGreaterThan(2_900_000) // northing of 27°N–31.5°N
        expect(x).toBeLessThan(3_500_000)
        expect(Math.floor(y! / 1_000_000)).toBe(zone)
      }
    }
    if (srs[0]!.n < 3) return // this PostGIS has no CGCS2000 GK zones; the formats were still checked above
    expect(rows.length).toBeGreaterThan(25)
    for (const r of rows) {
      const corners = r.text.split('\n').map((line) => line.split(',').map(Number))
      corners.forEach(([, x, y], i) => {
        expect(Math.abs(x! - r.xs[i]!)).toBeLessThan(0.02)
        expect(Math.abs(y! - r.ys[i]!)).toBeLessThan(0.02)
      })
    }
  })

  it('keeps each mine state column equal to the state after its last event', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from mine m
      where m.green_state is distinct from (select green_to from mine_event e where e.mine_id = m.id and green_to is not null
                                            order by occurred_on desc, id desc limit 1)
         or m.ops_status is distinct from (select ops_to from mine_event e where e.mine_id = m.id and ops_to is not null
                                           order by occurred_on desc, id desc limit 1)
         or m.production_start is distinct from (select (payload ->> 'productionStartedOn')::date from mine_event e
                                                 where e.mine_id = m.id and e.type = 'start_production')`.execute(
      t.db,
    )
    expect(rows[0]!.n).toBe(0)
    const { rows: range } = await sql<{ first: string; last: string; demo: boolean }>`
      select min(occurred_on)::text as first, max(occurred_on)::text as last, bool_and(is_demo) as demo from mine_event`.execute(
      t.db,
    )
    // The history runs to the last working days before today, and nothing is dated today or later.
    expect(range[0]).toEqual({ first: '2018-01-01', last: expect.stringMatching(/^2026-11-2/), demo: true })
    expect(range[0]!.last < DEMO_TODAY).toBe(true)
  })

  it('replays the whole history through the domain state machine without a refusal', async () => {
    const listings = await t.db.selectFrom('agency_listing').selectAll().execute()
    const evaluatorList: ListedAgency[] = listings.map((l) => ({
      agencyId: String(l.agency_id),
      validFrom: l.valid_from,
      validTo: l.valid_to,
    }))
    const mines = await t.db
      .selectFrom('mine')
      .select(['id', 'enterprise_id', 'green_state', 'ops_status'])
      .execute()
    const events = await t.db
      .selectFrom('mine_event')
      .selectAll()
      .orderBy('mine_id')
      .orderBy('occurred_on')
      .orderBy('id')
      .execute()
    const byMine = new Map<number, typeof events>()
    for (const e of events) byMine.set(e.mine_id, [...(byMine.get(e.mine_id) ?? []), e])
    let replayed = 0
    for (const m of mines) {
      let green: GreenRecord = { state: 'building' }
      let ops: OpsRecord | null = null
      for (const e of byMine.get(m.id) ?? []) {
        const payload = e.payload as Record<string, unknown>
        const on = e.occurred_on
        const role = e.actor_role as Role
        if (e.type === 'baseline' || e.type === 'registered') {
          ops = { status: e.ops_to as OpsRecord['status'] }
          continue
        }
        if (e.green_to) {
          const event = { type: e.type, ...payload } as GreenEvent
          const next = applyGreenEvent(green, event, {
            role,
            on,
            mineId: String(m.id),
            enterpriseId: String(m.enterprise_id),
            evaluatorList,
            indicatorSet: DEMO_INDICATOR_SET,
            dealings: (payload.dealings as never) ?? [],
            agencyId: payload.agencyId === undefined ? undefined : String(payload.agencyId),
          })
          expect(next.state, `mine ${m.id} ${e.type} on ${on}`).toBe(e.green_to)
          green = next.record
          replayed++
        } else if (e.ops_to) {
          const next = applyOpsEvent(ops!, { type: e.type, ...payload } as OpsEvent, { role, on })
          expect(next.status).toBe(e.ops_to)
          ops = next.record
          replayed++
        }
      }
      expect(green.state).toBe(m.green_state)
      expect(ops?.status).toBe(m.ops_status)
    }
    expect(replayed).toBeGreaterThan(4000)
  })

  it('lets anyone re-run every evaluator lottery and spot-check draw from its recorded seed', async () => {
    const listings = await t.db.selectFrom('agency_listing').selectAll().execute()
    const evaluatorList: ListedAgency[] = listings.map((l) => ({
      agencyId: String(l.agency_id),
      validFrom: l.valid_from,
      validTo: l.valid_to,
    }))
    const assignments = await t.db
      .selectFrom('evaluator_assignment as a')
      .innerJoin('mine_event as e', 'e.id', 'a.event_id')
      .select(['a.mine_id', 'a.agency_id', 'a.assigned_on', 'a.seed', 'a.candidates', 'e.payload'])
      .execute()
    expect(assignments.length).toBeGreaterThan(500)
    for (const a of assignments) {
      const pick = pickEvaluator({
        seed: a.seed!,
        on: a.assigned_on,
        mineId: String(a.mine_id),
        evaluatorList,
        dealings: (a.payload as { dealings: Dealing[] }).dealings,
      })
      expect(pick.agencyId).toBe(String(a.agency_id))
      expect(pick.candidates.map(Number)).toEqual(a.candidates)
    }
    const draws = await t.db.selectFrom('spot_check_draw').select(['id', 'result']).execute()
    expect(draws.length).toBeGreaterThan(10)
    // jsonb reorders keys, so compare the re-run structurally rather than as text (verifySpotCheckDraw).
    for (const d of draws) expect(replaySpotCheckDraw(d.result as SpotCheckDraw)).toEqual(d.result)
  })

  it('meets the targets when counted from the events: ≈180 in 2018, ≥ 85% in most cities in 2019, ≥ 97% in 2020', async () => {
    const annex = readAnnex()
    const y2018 = await entryAsOf(t.db, '2018-12-31')
    const total2018 = y2018.reduce((n, r) => n + r.in_directory, 0)
    expect(total2018).toBeGreaterThanOrEqual(171)
    expect(total2018).toBeLessThanOrEqual(189)
    for (const city of annex) {
      const row = y2018.find((r) => r.city === city.cityCode)!
      expect(Math.abs(row.in_directory - city.targetCount2018), city.cityName).toBeLessThanOrEqual(2)
    }
    const y2019 = await entryAsOf(t.db, '2019-12-31')
    const met2019 = y2019.filter((r) => r.entered_mandatory / r.mandatory >= 0.85).map((r) => r.city)
    expect(met2019.length).toBeGreaterThanOrEqual(8)
    expect(met2019.length).toBeLessThan(11) // the laggards are deliberate
    expect(met2019).toContain('330500') // Huzhou, the demonstration zone
    const y2020 = await entryAsOf(t.db, '2020-12-31')
    const entered = y2020.reduce((n, r) => n + r.entered_mandatory, 0)
    const mandatory = y2020.reduce((n, r) => n + r.mandatory, 0)
    expect(entered / mandatory).toBeGreaterThanOrEqual(0.97)
    expect(entered).toBeLessThan(mandatory) // a few are still on their way
    const huzhou = y2020.find((r) => r.city === '330500')!
    expect(huzhou.entered_mandatory).toBe(huzhou.mandatory)
  })

  it('R1: keeps each licence term as history: every renewal a new term following the last, the licence row the current one', async () => {
    const { rows } = await sql<Record<string, number>>`
      select
        (select count(*)::int from licence l where not exists (select 1 from licence_term t where t.licence_id = l.id)) as without_terms,
        (select count(*)::int from licence_term where kind = 'renewed') as renewals,
        (select count(*)::int from licence_event where kind = 'renewed') as renewal_events,
        (select count(*)::int from licence_term t join licence_term p on p.licence_id = t.licence_id and p.seq = t.seq - 1
          where t.valid_from <> p.valid_to + 1) as broken_chains,
        (select count(*)::int from licence l join licence_term t on t.licence_id = l.id
          where t.seq = (select max(seq) from licence_term x where x.licence_id = l.id) and l.valid_to <> t.valid_to) as not_current,
        (select count(*)::int from licence_term where seq > 2) as later_renewals,
        (select count(*)::int from mine m where m.has_sand_equipment <>
          exists (select 1 from mine_equipment_event e where e.mine_id = m.id and e.change = 'installed')) as equipment_mismatch,
        (select count(*)::int from suspension s where s.resumed_on is not null and not exists (
          select 1 from document d where d.id = s.acceptance_document_id and d.mine_id = s.mine_id
            and d.kind = 'acceptance')) as resumed_without_document,
        (select count(*)::int from suspension where rule = 'R4' and deadline is null) as r4_without_deadline`.execute(
      t.db,
    )
    expect(rows[0]).toMatchObject({
      without_terms: 0,
      broken_chains: 0,
      not_current: 0,
      equipment_mismatch: 0,
      resumed_without_document: 0,
      r4_without_deadline: 0,
    })
    expect(rows[0]!.renewals).toBeGreaterThan(50)
    expect(rows[0]!.renewal_events).toBe(rows[0]!.renewals)
    expect(rows[0]!.later_renewals).toBeGreaterThan(0) // renewed again after 2020
  })

  it('R3.5, R6: the years after 2020 obey the same rules: notices run 7 working days on the holiday calendar, re-checks by a drawn agency, removals confirmed by the province', async () => {
    const { rows } = await sql<Record<string, number>>`
      with notice as (
        select p.id, p.start_on,
          (select count(*)::int from generate_series(p.start_on, p.end_on, interval '1 day') g(day)
            left join holiday_calendar h on h.day = g.day::date
            where h.kind = 'workday' or (h.kind is null and extract(isodow from g.day) < 6)) as working_days
        from publicity p where p.level <> 'removal')
      select
        (select count(*)::int from notice where start_on > '2020-12-31') as later_notices,
        (select count(*)::int from notice where working_days < 7) as short_notices,
        (select count(*)::int from rectification_order where cause = 'spot_check' and issued_on > '2020-12-31') as later_orders,
        (select count(*)::int from rectification_order r where r.cause = 'spot_check' and r.recheck_on is not null
          and not exists (select 1 from evaluator_assignment a where a.id = r.recheck_assignment_id
            and a.purpose = 'recheck' and a.assigned_on <= r.recheck_on)) as rechecks_not_drawn,
        (select count(*)::int from rectification_order r join evaluator_assignment a on a.id = r.recheck_assignment_id
          where exists (select 1 from evaluator_assignment v where v.mine_id = r.mine_id and v.purpose = 'verification'
            and v.agency_id = a.agency_id and v.id = (select max(id) from evaluator_assignment w
              where w.mine_id = r.mine_id and w.purpose = 'verification' and w.assigned_on <= a.assigned_on)))
          as drawn_original_evaluator,
        (select count(*)::int from directory_entry d where d.removed_on > '2020-12-31') as later_removals,
        (select count(*)::int from directory_entry d where d.removed_on is not null and not exists (
          select 1 from rectification_order r where r.mine_id = d.mine_id and r.closed_on = d.removed_on
            and r.removal_confirmed_by is not null)) as removals_unconfirmed`.execute(t.db)
    expect(rows[0]).toMatchObject({
      short_notices: 0,
      rechecks_not_drawn: 0,
      drawn_original_evaluator: 0,
      removals_unconfirmed: 0,
    })
    expect(rows[0]!.later_notices).toBeGreaterThan(50)
    expect(rows[0]!.later_orders).toBeGreaterThan(10)
    expect(rows[0]!.later_removals).toBeGreaterThan(0)
  })

  it('records the hard cases: failed and late verifications, upheld objections, rectification, removals, R4 suspensions', async () => {
    const { rows } = await sql<Record<string, number>>`
      select
        (select count(*)::int from verification where not passed) as failed,
        (select count(*)::int from verification where late) as late,
        (select count(*)::int from objection where upheld) as upheld,
        (select count(*)::int from rectification_order where cause = 'spot_check') as rectified,
        (select count(*)::int from directory_entry where removed_on <= '2020-12-31') as removed,
        (select count(*)::int from directory_entry where removed_on > '2020-12-31') as removed_later,
        (select count(*)::int from blacklist_entry where subject = 'person' and listed_on <= '2021-01-31') as blacklisted_people,
        (select count(*)::int from suspension where rule = 'R4') as r4,
        (select count(*)::int from suspension where resumed_on is not null) as resumed,
        (select count(*)::int from mine where ops_status = 'closed') as closed,
        (select count(*)::int from city_report
          where not (extract(month from submitted_on) in (4, 10))) as reports_outside_window,
        (select count(*)::int from publicity where level = 'county'
          and end_on - start_on not between 6 and 20) as odd_periods`.execute(t.db)
    const r = rows[0]!
    expect(r.failed).toBeGreaterThan(20)
    expect(r.late).toBeGreaterThan(10)
    expect(r.upheld).toBeGreaterThan(0)
    expect(r.rectified).toBeGreaterThan(3)
    expect(r.removed).toBeGreaterThanOrEqual(2)
    expect(r.removed).toBeLessThanOrEqual(4)
    expect(r.blacklisted_people).toBe(r.removed)
    expect(r.removed_later).toBeLessThanOrEqual(6) // at most one a year after the action
    expect(r.r4).toBeGreaterThan(0)
    expect(r.resumed).toBeGreaterThan(0)
    expect(r.closed).toBeGreaterThan(0)
    expect(r.reports_outside_window).toBe(0)
    expect(r.odd_periods).toBe(0)
  })

  it('creates one account per role, the enterprise keeping mines in 长兴 and the evaluator being an expert', async () => {
    const users = await t.db.selectFrom('app_user').selectAll().orderBy('id').execute()
    expect(users.map((u) => u.role)).toEqual([
      'leader',
      'province',
      'city',
      'county',
      'planner',
      'evaluator',
      'enterprise',
      // A second county's planner (planner.deqing), after the one-per-role accounts.
      'planner',
    ])
    expect(await verifyPassword(DEMO_PASSWORD, users[0]!.password_hash)).toBe(true)
    const planners = users.filter((u) => u.role === 'planner')
    expect(planners.map((u) => [u.username, u.region_code])).toEqual([
      ['planner.changxing', '330522'],
      ['planner.deqing', '330521'],
    ])
    // Each planner works for the bureau of their own county.
    expect(planners[0]!.organization_id).toBe(users.find((u) => u.role === 'county')!.organization_id)
    expect(planners[1]!.organization_id).not.toBe(planners[0]!.organization_id)
    expect(planners[1]!.organization_id).not.toBeNull()
    expect(users.find((u) => u.role === 'county')!.region_code).toBe('330522')
    expect(users.find((u) => u.role === 'city')!.region_code).toBe('330500')
    const enterprise = users.find((u) => u.role === 'enterprise')!
    const owned = await t.db
      .selectFrom('app_user_mine')
      .innerJoin('mine', 'mine.id', 'app_user_mine.mine_id')
      .select(['mine.county_code', 'mine.enterprise_id'])
      .where('app_user_mine.user_id', '=', enterprise.id)
      .execute()
    expect(owned.length).toBeGreaterThan(0)
    for (const m of owned)
      expect(m).toEqual({ county_code: '330522', enterprise_id: enterprise.organization_id })
    const evaluator = users.find((u) => u.role === 'evaluator')!
    const expert = await t.db
      .selectFrom('expert')
      .selectAll()
      .where('user_id', '=', evaluator.id)
      .executeTakeFirstOrThrow()
    expect(expert.agency_id).toBe(evaluator.organization_id)
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from agency_listing
      where staff_count < 15 or senior_count < 0.3 * staff_count`.execute(t.db)
    expect(rows[0]!.n).toBe(0)
  })
})
