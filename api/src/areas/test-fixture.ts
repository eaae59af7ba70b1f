// A small world for the area and document tests: real Zhejiang boundaries, one mine in 长兴县
// (330522) with a footprint around 119.9°E 31.0°N, and a signed-in client per role.
import { OpenAPIHono } from '@hono/zod-openapi'
import { sql } from 'kysely'
import type { AppDeps } from '../app-deps'
import { authMiddleware, authRoutes } from '../auth/auth.routes'
import { hashPassword } from '../auth/password'
import { readConfig } from '../config'
import type { Db } from '../db/database'
import { onError } from '../http/errors'
import type { AppEnv } from '../http/env'
import { loadReferenceData } from '../seed/reference'
import type { TestDb } from '../testing/test-db'
import { areaRoutes } from './areas.routes'

export const PASSWORD = 'fixture password 1'

/** The footprint: about 480 m × 570 m around 119.9°E 31.0°N. */
export const FOOTPRINT: [number, number][] = [
  [119.8975, 30.9975],
  [119.9025, 30.9975],
  [119.9025, 31.0025],
  [119.8975, 31.0025],
  [119.8975, 30.9975],
]

export interface Fixture {
  mineId: number
  /** A mine of another enterprise in 德清县 (330521). */
  otherMineId: number
  footprintId: number
  enterpriseId: number
  agencyId: number
}

export type Who =
  | 'planner'
  | 'plannerOther'
  | 'enterprise'
  | 'enterpriseOther'
  | 'county'
  | 'countyOther'
  | 'city'
  | 'province'
  | 'leader'
  | 'evaluator'
  | 'evaluatorOther'

const USERS: Record<
  Who,
  { role: string; region?: string; org?: 'own' | 'other' | 'agency' | 'agencyOther' }
> = {
  planner: { role: 'planner', region: '330522' },
  plannerOther: { role: 'planner', region: '330521' },
  enterprise: { role: 'enterprise', org: 'own' },
  enterpriseOther: { role: 'enterprise', org: 'other' },
  county: { role: 'county', region: '330522' },
  countyOther: { role: 'county', region: '330521' },
  city: { role: 'city', region: '330500' },
  province: { role: 'province', region: '330000' },
  leader: { role: 'leader', region: '330000' },
  evaluator: { role: 'evaluator', org: 'agency' },
  evaluatorOther: { role: 'evaluator', org: 'agencyOther' },
}

export async function insertFixture(db: Db): Promise<Fixture> {
  await loadReferenceData(db)
  const org = async (kind: 'enterprise' | 'agency', name: string) =>
    (await db.insertInto('organization').values({ kind, name }).returning('id').executeTakeFirstOrThrow()).id
  const orgs = {
    own: await org('enterprise', '长兴绿石矿业有限公司'),
    other: await org('enterprise', '德清青山建材有限公司'),
    agency: await org('agency', '浙江某地质评估院'),
    agencyOther: await org('agency', '杭州某评估公司'),
  }
  const mineId = await insertMine(
    db,
    orgs.own,
    '330522',
    'C3305222018017001',
    '长兴绿石建筑石料矿',
    [119.9, 31.0],
  )
  const otherMineId = await insertMine(
    db,
    orgs.other,
    '330521',
    'C3305212018017002',
    '德清青山石矿',
    [119.97, 30.55],
  )
  const footprint = await sql<{ id: number }>`
    insert into mine_area (mine_id, kind, name, geom, area_m2)
    select ${mineId}, 'footprint', '矿区范围', g, round(st_area(g::geography)::numeric, 1)
    from (select st_multi(st_geomfromgeojson(${JSON.stringify({ type: 'Polygon', coordinates: [FOOTPRINT] })})) as g) s
    returning id`.execute(db)
  const sa = await db
    .insertInto('self_assessment')
    .values({
      mine_id: mineId,
      submitted_on: '2019-03-01',
      received_on: '2019-03-02',
      to_land_bureau: true,
      to_env_bureau: true,
      standard: 'DZ/T 0316-2018',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('evaluator_assignment')
    .values({
      mine_id: mineId,
      self_assessment_id: sa.id,
      agency_id: orgs.agency,
      assigned_on: '2019-03-10',
      method: 'random',
    })
    .execute()
  const passwordHash = await hashPassword(PASSWORD)
  for (const [username, u] of Object.entries(USERS)) {
    await db
      .insertInto('app_user')
      .values({
        username: username.toLowerCase(),
        display_name: username,
        password_hash: passwordHash,
        role: u.role,
        region_code: u.region ?? null,
        organization_id: u.org ? orgs[u.org] : null,
      })
      .execute()
  }
  return {
    mineId,
    otherMineId,
    footprintId: footprint.rows[0].id,
    enterpriseId: orgs.own,
    agencyId: orgs.agency,
  }
}

async function insertMine(
  db: Db,
  enterpriseId: number,
  county: string,
  licenceNo: string,
  name: string,
  [lng, lat]: [number, number],
) {
  const licence = await db
    .insertInto('licence')
    .values({
      licence_no: licenceNo,
      holder_id: enterpriseId,
      holder_name: name,
      mine_name: name,
      minerals: ['建筑用凝灰岩'],
      mining_method: 'open_pit',
      scale_10kt_per_year: 100,
      declared_area_km2: 0.27,
      elevation_top_m: 180,
      elevation_bottom_m: 20,
      valid_from: '2018-01-01',
      valid_to: '2028-01-01',
      issuer: '浙江省国土资源厅',
      status: 'registered',
      status_on: '2018-01-01',
      source_crs: 'EPSG:4490',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const mine = await db
    .insertInto('mine')
    .values({
      licence_id: licence.id,
      enterprise_id: enterpriseId,
      name,
      county_code: county,
      mineral: '建筑用凝灰岩',
      sector: '砂石',
      mining_method: 'open_pit',
      ops_status: 'producing',
      location: sql<string>`st_setsrid(st_makepoint(${lng}, ${lat}), 4326)`,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return mine.id
}

type Routes = (deps: AppDeps) => OpenAPIHono<AppEnv>

/** An /api app with the auth middleware and these feature routes, as app.ts composes them. */
export function testApp(t: TestDb, ...routes: Routes[]) {
  const deps: AppDeps = {
    config: readConfig({ AREA_MAX_DISTANCE_M: '500' }),
    db: t.db,
    backend: t.backend.name,
    databaseUrl: t.backend.url,
    demo: false,
  }
  const api = new OpenAPIHono<AppEnv>()
  api.use('*', authMiddleware(deps))
  api.route('/auth', authRoutes(deps))
  for (const r of [areaRoutes, ...routes]) api.route('/', r(deps))
  const app = new OpenAPIHono().route('/api', api)
  app.onError(onError)
  return app
}

export type TestApp = ReturnType<typeof testApp>

export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
}

/** Signs in once per user and sends the session cookie and CSRF token with every request. */
export function clients(app: TestApp) {
  const sessions = new Map<Who, Promise<{ cookie: string; csrf: string }>>()
  const login = async (who: Who) => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: who.toLowerCase(), password: PASSWORD }),
    })
    if (res.status !== 200) throw new Error(`login ${who}: ${res.status} ${await res.text()}`)
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
    const { csrfToken } = (await res.json()) as { csrfToken: string }
    return { cookie, csrf: csrfToken }
  }
  const send = (session: { cookie: string; csrf: string } | null) => ({
    async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const h: Record<string, string> = session
        ? { cookie: session.cookie, 'x-csrf-token': session.csrf }
        : {}
      Object.assign(h, headers)
      const init: RequestInit = { method, headers: h }
      if (body instanceof FormData || typeof body === 'string') init.body = body
      else if (body !== undefined) {
        init.body = JSON.stringify(body)
        h['content-type'] ??= 'application/json'
      }
      return app.request(path, init)
    },
  })
  return {
    as(who: Who): Client {
      return {
        async request(method, path, body, headers) {
          if (!sessions.has(who)) sessions.set(who, login(who))
          return send(await sessions.get(who)!).request(method, path, body, headers)
        },
      }
    },
    anonymous: send(null) as Client,
  }
}

/** Rows in the tables a refused write must leave alone. */
export async function countRows(db: Db) {
  const { rows } = await sql<{ areas: number; versions: number; audit: number; documents: number }>`
    select (select count(*)::int from mine_area) as areas, (select count(*)::int from mine_area_version) as versions,
      (select count(*)::int from audit_log) as audit, (select count(*)::int from document) as documents`.execute(
    db,
  )
  return rows[0]
}
