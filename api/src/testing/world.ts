// The one test world of the API: the real app (createApp over a readConfig-derived config) on a
// fresh schema, signed-in clients, and a small exact data set on the real boundaries.
import { sql } from 'kysely'
import { createApp, type App } from '../app'
import type { AppDeps } from '../app-deps'
import { hashPassword } from '../auth/password'
import { readConfig } from '../config'
import type { Db } from '../db/database'
import { seedDemo } from '../seed/demo'
import { loadReferenceData } from '../seed/reference'
import type { Backend } from './global-setup'
import { squareRing } from './shapes'
import { demoWorldCopy } from './demo-template'
import { freshDbFrom, referenceDb } from './schema-template'
import type { TestDb } from './test-db'

export const PASSWORD = 'test-password-1'

/**
 * The small world replays a 2020 history through the API, years before today: its app lets
 * events be dated that far back without the province's approval. Tests of backdating (and the
 * demo world) use the documented default, or set BACKDATE_DAYS themselves.
 */
const WORLD_ENV: NodeJS.ProcessEnv = { BACKDATE_DAYS: '36500' }

/** What the app is built from in tests: `env` goes through readConfig as at boot. */
export function testDeps(t: TestDb, env: NodeJS.ProcessEnv = {}): AppDeps {
  const config = readConfig(env)
  return { config, db: t.db, backend: t.backend.name, databaseUrl: t.backend.url, demo: config.demo }
}

/** The whole app, as `npm start` builds it, over the test's database. */
export const testApp = (t: TestDb, env: NodeJS.ProcessEnv = {}): App => createApp(testDeps(t, env))

type Fetcher = { request(input: string, init?: RequestInit): Response | Promise<Response> }

export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  get(path: string): Promise<Response>
  post(path: string, body: unknown): Promise<Response>
}

interface Session {
  cookie: string
  csrf: string
}

async function logIn(app: Fetcher, username: string, password: string): Promise<Session> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrf: csrfToken }
}

/** A client that sends the session (when there is one) with every request; JSON unless FormData or text. */
function client(app: Fetcher, session: () => Promise<Session | null>): Client {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const s = await session()
    const h: Record<string, string> = s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}
    Object.assign(h, headers)
    const init: RequestInit = { method, headers: h }
    if (body instanceof FormData || typeof body === 'string') init.body = body
    else if (body !== undefined) {
      init.body = JSON.stringify(body)
      h['content-type'] ??= 'application/json'
    }
    return app.request(path, init)
  }
  return { request, get: (path) => request('GET', path), post: (path, body) => request('POST', path, body) }
}

/** Signs in now (failing loudly) and returns a client carrying the cookie and CSRF token. */
export async function signIn(app: Fetcher, username: string, password = PASSWORD): Promise<Client> {
  const session = await logIn(app, username, password)
  return client(app, async () => session)
}

/** The world's people: who they are in tests → their account. */
const PEOPLE = {
  enterprise: { username: 'enterprise', role: 'enterprise', org: 'enterprise' },
  enterpriseOther: { username: 'enterpriseother', role: 'enterprise', org: 'otherEnterprise' },
  evaluator: { username: 'evaluator', role: 'evaluator', org: 'agency' },
  evaluatorOther: { username: 'evaluatorother', role: 'evaluator', org: 'otherAgency' },
  county: { username: 'county', role: 'county', region: '330522' },
  countyOther: { username: 'othercounty', role: 'county', region: '330521' },
  city: { username: 'city', role: 'city', region: '330500' },
  province: { username: 'province', role: 'province', region: '330000' },
  leader: { username: 'leader', role: 'leader', region: '330000' },
  planner: { username: 'planner', role: 'planner', region: '330522' },
  plannerOther: { username: 'plannerother', role: 'planner', region: '330521' },
} satisfies Record<string, { username: string; role: string; region?: string; org?: keyof Organizations }>

export type Who = keyof typeof PEOPLE

export type Clients = ReturnType<typeof clients>

/** Signs each person in on first use, once. */
export function clients(app: Fetcher) {
  const sessions = new Map<Who, Promise<Session>>()
  return {
    as(who: Who): Client {
      return client(app, () => {
        if (!sessions.has(who)) sessions.set(who, logIn(app, PEOPLE[who].username, PASSWORD))
        return sessions.get(who)!
      })
    },
    anonymous: client(app, async () => null),
  }
}

interface Organizations {
  enterprise: number
  otherEnterprise: number
  agency: number
  otherAgency: number
}

/** The 长兴 mine (330522): its location, and its footprint, about 480 m × 570 m around it. */
export const MINE_AT: [lng: number, lat: number] = [119.9, 31.0]
export const FOOTPRINT: [lng: number, lat: number][] = [
  [119.8975, 30.9975],
  [119.9025, 30.9975],
  [119.9025, 31.0025],
  [119.8975, 31.0025],
  [119.8975, 30.9975],
]
/** The 德清 mine (330521) of another enterprise. */
export const OTHER_MINE_AT: [lng: number, lat: number] = [119.9, 30.55]

/**
 * A small, exact world on the real boundaries: the 长兴 mine (its enterprise's, in the county's
 * and planner's region) and a 德清 mine of another enterprise, two agencies on the evaluator list
 * with five experts each, and one account per person in PEOPLE. No workflow step has happened yet.
 */
export interface World {
  app: App
  db: Db
  mineId: number
  otherMineId: number
  footprintId: number
  enterpriseId: number
  agencyId: number
  otherAgencyId: number
  /** Account ids by username. */
  users: Record<string, number>
}

/** Builds the world in `t`, which holds the reference data already (`referenceDb`). */
export async function buildWorld(t: TestDb, env: NodeJS.ProcessEnv = {}): Promise<World> {
  const db = t.db
  const org = async (kind: 'enterprise' | 'agency', name: string) =>
    (await db.insertInto('organization').values({ kind, name }).returning('id').executeTakeFirstOrThrow()).id
  const orgs: Organizations = {
    enterprise: await org('enterprise', '长兴测试矿业有限公司'),
    otherEnterprise: await org('enterprise', '德清测试矿业有限公司'),
    agency: await org('agency', '浙江测试评估院'),
    otherAgency: await org('agency', '浙江另一评估公司'),
  }
  for (const id of [orgs.agency, orgs.otherAgency]) {
    await db
      .insertInto('agency_listing')
      .values({
        agency_id: id,
        list_name: '2018-2019',
        valid_from: '2018-01-01',
        valid_to: '2030-12-31',
        staff_count: 20,
        senior_count: 8,
      })
      .execute()
    for (let i = 1; i <= 5; i++) {
      await db
        .insertInto('expert')
        .values({ agency_id: id, name: `专家${id}-${i}`, senior: i <= 2, specialty: '采矿' })
        .execute()
    }
  }
  const mine = await insertMine(db, {
    enterpriseId: orgs.enterprise,
    county: '330522',
    at: MINE_AT,
    name: '长兴测试建筑石料矿',
    licence: 'C3300002018011110000001',
    footprint: FOOTPRINT,
  })
  const other = await insertMine(db, {
    enterpriseId: orgs.otherEnterprise,
    county: '330521',
    at: OTHER_MINE_AT,
    name: '德清测试石矿',
    licence: 'C3300002018011110000002',
    footprint: square(OTHER_MINE_AT, 0.002),
  })
  const hash = await hashPassword(PASSWORD)
  const users: Record<string, number> = {}
  for (const person of Object.values(PEOPLE) as {
    username: string
    role: string
    region?: string
    org?: keyof Organizations
  }[]) {
    const row = await db
      .insertInto('app_user')
      .values({
        username: person.username,
        display_name: person.username,
        password_hash: hash,
        role: person.role,
        region_code: person.region ?? null,
        organization_id: person.org ? orgs[person.org] : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    users[person.username] = row.id
  }
  return {
    app: testApp(t, { ...WORLD_ENV, ...env }),
    db,
    mineId: mine.id,
    otherMineId: other.id,
    footprintId: mine.footprintId,
    enterpriseId: orgs.enterprise,
    agencyId: orgs.agency,
    otherAgencyId: orgs.otherAgency,
    users,
  }
}

/** The 长兴 mine's self-assessment, and the world's agency assigned to verify it (so its evaluator may read the mine). */
export async function assignEvaluator(w: World): Promise<void> {
  const sa = await w.db
    .insertInto('self_assessment')
    .values({
      mine_id: w.mineId,
      submitted_on: '2020-01-06',
      received_on: '2020-01-06',
      to_land_bureau: true,
      to_env_bureau: true,
      standard: '砂石',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await w.db
    .insertInto('evaluator_assignment')
    .values({
      mine_id: w.mineId,
      self_assessment_id: sa.id,
      agency_id: w.agencyId,
      assigned_on: '2020-01-10',
      method: 'direct',
    })
    .execute()
}

/** The newest audit entry. */
export const latestAudit = (db: Db) =>
  db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()

/** Rows in the tables a refused write must leave alone. */
export async function countRows(db: Db) {
  const { rows } = await sql<{ areas: number; versions: number; audit: number; documents: number }>`
    select (select count(*)::int from mine_area) as areas, (select count(*)::int from mine_area_version) as versions,
      (select count(*)::int from audit_log) as audit, (select count(*)::int from document) as documents`.execute(
    db,
  )
  return rows[0]
}

/** The ring of a square `d` degrees wide centred on `at`. */
const square = ([lng, lat]: [number, number], d: number) => squareRing([lng - d / 2, lat - d / 2], d)

const multiPolygon = (ring: [number, number][]) =>
  sql<string>`st_multi(st_setsrid(st_geomfromgeojson(${JSON.stringify({ type: 'Polygon', coordinates: [ring] })}), 4326))`

async function insertMine(
  db: Db,
  m: {
    enterpriseId: number
    county: string
    at: [number, number]
    name: string
    licence: string
    footprint: [number, number][]
  },
): Promise<{ id: number; footprintId: number }> {
  const licence = await db
    .insertInto('licence')
    .values({
      licence_no: m.licence,
      holder_id: m.enterpriseId,
      holder_name: 'test holder',
      mine_name: m.name,
      minerals: ['建筑用凝灰岩'],
      mining_method: 'open_pit',
      scale_10kt_per_year: 100,
      declared_area_km2: 0.25,
      elevation_top_m: 200,
      elevation_bottom_m: 50,
      valid_from: '2016-01-01',
      valid_to: '2026-01-01',
      issuer: '湖州市国土资源局',
      status: 'registered',
      status_on: '2016-01-01',
      source_crs: 'EPSG:4528',
      geom: multiPolygon(square(m.at, 0.005)),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('licence_term')
    .values({
      licence_id: licence.id,
      seq: 1,
      valid_from: '2016-01-01',
      valid_to: '2026-01-01',
      registered_on: '2016-01-01',
      kind: 'granted',
    })
    .execute()
  const mine = await db
    .insertInto('mine')
    .values({
      licence_id: licence.id,
      enterprise_id: m.enterpriseId,
      name: m.name,
      county_code: m.county,
      mineral: '建筑用凝灰岩',
      sector: '砂石',
      mining_method: 'open_pit',
      ops_status: 'producing',
      production_start: '2015-06-01',
      location: sql<string>`st_setsrid(st_makepoint(${m.at[0]}, ${m.at[1]}), 4326)`,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const footprint = await sql<{ id: number }>`
    insert into mine_area (mine_id, kind, name, geom, area_m2)
    select ${mine.id}, 'footprint', '采场', g, round(st_area(g::geography)::numeric, 1)
    from (select ${multiPolygon(m.footprint)} as g) s
    returning id`.execute(db)
  return { id: mine.id, footprintId: footprint.rows[0].id }
}

/**
 * A fresh schema on `backend` with the world in it and a client per person; `evaluatorAssigned`
 * puts the world's agency on the 长兴 mine first. Drop `t` after the tests.
 */
export async function openWorld(
  backend: Backend,
  { env = {}, evaluatorAssigned = false }: { env?: NodeJS.ProcessEnv; evaluatorAssigned?: boolean } = {},
) {
  const t = await referenceDb(backend)
  const w = await buildWorld(t, env)
  if (evaluatorAssigned) await assignEvaluator(w)
  return { t, w, c: clients(w.app) }
}

/** The day the demo lives in for tests, so that every figure is the same whenever they run. */
export const DEMO_TODAY = '2026-11-30'

/**
 * The reference data and the generated demo history (to `today`, DEMO_TODAY by default) in a fresh
 * schema, and the app over it, seeded once per run and date and copied for each caller: on the
 * server backend a database copied from a template database (demo-template.ts), on the embedded
 * one a schema copied from a template schema (schema-template.ts).
 */
export async function openDemoWorld(backend: Backend, today: string = DEMO_TODAY) {
  if (backend.name === 'server') {
    const t = await demoWorldCopy(backend, today)
    return { t, app: testApp(t) }
  }
  const t = await freshDbFrom(backend, `demo_${today}`, async (db) => {
    await loadReferenceData(db)
    await seedDemo(db, { today })
  })
  return { t, app: testApp(t) }
}
