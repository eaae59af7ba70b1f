import { sql } from 'kysely'
import type { App } from '../app'
import { createApp } from '../app'
import { hashPassword } from '../auth/password'
import { readConfig } from '../config'
import type { Db } from '../db/database'
import { loadReferenceData } from '../seed/reference'
import type { TestDb } from './test-db'

export const PASSWORD = 'test-password-1'

/** A small, exact world on the real boundaries: two mines, one agency on the list, a user per role. */
export interface World {
  app: App
  mineId: number
  otherMineId: number
  enterpriseId: number
  agencyId: number
  otherAgencyId: number
  users: Record<string, number>
}

const square = (lng: number, lat: number, d: number) =>
  `MULTIPOLYGON(((${lng} ${lat},${lng + d} ${lat},${lng + d} ${lat + d},${lng} ${lat + d},${lng} ${lat})))`

export async function buildWorld(t: TestDb): Promise<World> {
  const db = t.db
  await loadReferenceData(db)
  const org = (kind: 'enterprise' | 'agency', name: string) =>
    db
      .insertInto('organization')
      .values({ kind, name })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id)
  const enterpriseId = await org('enterprise', '长兴测试矿业有限公司')
  const otherEnterpriseId = await org('enterprise', '德清测试矿业有限公司')
  const agencyId = await org('agency', '浙江测试评估院')
  const otherAgencyId = await org('agency', '浙江另一评估公司')
  for (const id of [agencyId, otherAgencyId]) {
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
  const mineId = await insertMine(db, {
    enterpriseId,
    county: '330522',
    lng: 119.75,
    lat: 31.05,
    name: '长兴测试建筑石料矿',
    licence: 'C3300002018011110000001',
  })
  const otherMineId = await insertMine(db, {
    enterpriseId: otherEnterpriseId,
    county: '330521',
    lng: 119.9,
    lat: 30.55,
    name: '德清测试石矿',
    licence: 'C3300002018011110000002',
  })
  const hash = await hashPassword(PASSWORD)
  const people: [string, string, string | null, number | null][] = [
    ['enterprise', 'enterprise', null, enterpriseId],
    ['evaluator', 'evaluator', null, agencyId],
    ['county', 'county', '330522', null],
    ['othercounty', 'county', '330521', null],
    ['city', 'city', '330500', null],
    ['province', 'province', '330000', null],
    ['leader', 'leader', '330000', null],
    ['planner', 'planner', '330522', null],
  ]
  const users: Record<string, number> = {}
  for (const [username, role, region, organization] of people) {
    const row = await db
      .insertInto('app_user')
      .values({
        username,
        display_name: username,
        password_hash: hash,
        role,
        region_code: region,
        organization_id: organization,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    users[username] = row.id
  }
  const app = createApp({
    config: readConfig({}),
    db,
    backend: t.backend.name,
    databaseUrl: t.backend.url,
    demo: true,
  })
  return { app, mineId, otherMineId, enterpriseId, agencyId, otherAgencyId, users }
}

async function insertMine(
  db: Db,
  m: { enterpriseId: number; county: string; lng: number; lat: number; name: string; licence: string },
): Promise<number> {
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
      geom: sql<string>`st_geomfromtext(${square(m.lng - 0.0025, m.lat - 0.0025, 0.005)}, 4326)` as unknown as string,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
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
      location: sql<string>`st_setsrid(st_makepoint(${m.lng}, ${m.lat}), 4326)` as unknown as string,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('mine_area')
    .values({
      mine_id: mine.id,
      kind: 'footprint',
      name: '采场',
      area_m2: 40000,
      geom: sql<string>`st_geomfromtext(${square(m.lng - 0.001, m.lat - 0.001, 0.002)}, 4326)` as unknown as string,
    })
    .execute()
  return mine.id
}

/** A signed-in client: cookie and CSRF token carried on every request. */
export async function signIn(app: App, username: string) {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
  }
}
