import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, freshDb, type TestDb } from './testing/test-db'
import { lngLatToTile } from './tiles/tile-math'
import { MINE_AT, OTHER_MINE_AT, assignEvaluator, buildWorld, signIn, type World } from './testing/world'

/**
 * Role × endpoint × own/other mine → the status the server answers (PRODUCT §6 "Right people,
 * right data"). "Own" is the 长兴 mine: the enterprise's, assigned to the evaluator's agency, in
 * the county's and planner's region. "Other" is a 德清 mine of another enterprise. Writes carry a
 * stale version, so an allowed write answers 409 and nothing changes.
 */
const ROLES = [
  'public',
  'enterprise',
  'evaluator',
  'county',
  'othercounty',
  'city',
  'province',
  'leader',
  'planner',
] as const
type Role = (typeof ROLES)[number]
type Row = Record<Role, number | string>

const row = (...v: (number | string)[]) => Object.fromEntries(ROLES.map((r, i) => [r, v[i]])) as Row

interface Case {
  name: string
  method: 'GET' | 'POST'
  path: (mine: number) => string
  body?: unknown
  own: Row
  other: Row
  /** Compare the number of items listed rather than the status. */
  count?: boolean
}

const readMine = {
  own: row(401, 200, 200, 200, 404, 200, 200, 200, 200),
  other: row(401, 404, 404, 404, 200, 200, 200, 200, 404),
}
const nearFootprint = (m: number, own: number) => {
  const [lng, lat] = m === own ? MINE_AT : OTHER_MINE_AT
  const d = 0.0005
  return {
    kind: 'restoration',
    name: '复绿区',
    targetLandClass: '0301',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lng - d, lat - d],
          [lng + d, lat - d],
          [lng + d, lat + d],
          [lng - d, lat + d],
          [lng - d, lat - d],
        ],
      ],
    },
  }
}

const [tileX, tileY] = lngLatToTile(MINE_AT[0], MINE_AT[1], 10).map(Math.floor)

const CASES: Case[] = [
  { name: 'mine detail', method: 'GET', path: (m) => `/api/mines/${m}`, ...readMine },
  { name: 'mine audit trail', method: 'GET', path: (m) => `/api/mines/${m}/audit`, ...readMine },
  {
    name: 'enterprise event: submit self-assessment',
    method: 'POST',
    path: (m) => `/api/mines/${m}/events/submit_self_assessment`,
    body: { expectedVersion: 999, recipients: ['county_land', 'county_environment'] },
    own: row(401, 409, 403, 403, 404, 403, 403, 403, 403),
    other: row(401, 404, 404, 404, 403, 403, 403, 403, 404),
  },
  {
    name: 'bureau event: close the mine',
    method: 'POST',
    path: (m) => `/api/mines/${m}/events/close`,
    body: { expectedVersion: 999 },
    own: row(401, 403, 403, 409, 404, 403, 409, 403, 403),
    other: row(401, 404, 404, 404, 409, 403, 409, 403, 404),
  },
  { name: 'areas of a mine', method: 'GET', path: (m) => `/api/mines/${m}/areas`, ...readMine },
  { name: 'documents of a mine', method: 'GET', path: (m) => `/api/mines/${m}/documents`, ...readMine },
  {
    name: 'draw a restoration area',
    method: 'POST',
    path: (m) => `/api/mines/${m}/areas`,
    body: 'area',
    own: row(401, 201, 403, 403, 404, 403, 403, 403, 201),
    other: row(401, 404, 404, 404, 403, 403, 403, 403, 404),
  },
  {
    name: 'mine list (how many mines each role sees)',
    method: 'GET',
    path: () => '/api/mines',
    count: true,
    own: row(401, 1, 1, 1, 1, 2, 2, 2, 1),
    other: row(401, 1, 1, 1, 1, 2, 2, 2, 1),
  },
  {
    name: 'internal vector tiles (mine states) around 长兴',
    method: 'GET',
    path: () => `/tiles/mines/10/${tileX}/${tileY}.mvt`,
    own: row(401, 200, 200, 200, 204, 200, 200, 200, 200),
    other: row(401, 200, 200, 200, 204, 200, 200, 200, 200),
  },
  {
    name: 'statistics',
    method: 'GET',
    path: () => '/api/stats?level=city',
    own: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
    other: row(401, 200, 200, 200, 200, 200, 200, 200, 200),
  },
  {
    name: 'spot-check draw in 长兴',
    method: 'POST',
    path: () => '/api/spot-checks/draws',
    body: { seed: 'matrix', regionCode: '330522', ratio: 0.5 },
    own: row(401, 403, 403, 200, 403, 200, 200, 403, 403),
    other: row(401, 403, 403, 200, 403, 200, 200, 403, 403),
  },
]

describe.each(backends)('authorization matrix on $name PostGIS', (backend) => {
  let t: TestDb
  let w: World
  const clients = {} as Record<
    Role,
    { request(method: string, path: string, body?: unknown): Response | Promise<Response> }
  >

  beforeAll(async () => {
    t = await freshDb(backend)
    w = await buildWorld(t)
    await assignEvaluator(w)
    clients.public = {
      request: (method, path, body) =>
        w.app.request(path, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
    }
    for (const role of ROLES.filter((r) => r !== 'public')) {
      const c = await signIn(w.app, role)
      clients[role] = {
        request: (method, path, body) => (method === 'GET' ? c.get(path) : c.post(path, body)),
      }
    }
  })
  afterAll(() => t.drop())

  it.each(CASES)('$name', async (c) => {
    const observed: Record<string, Row> = { own: {} as Row, other: {} as Row }
    for (const which of ['own', 'other'] as const) {
      const mine = which === 'own' ? w.mineId : w.otherMineId
      for (const role of ROLES) {
        const body = c.body === 'area' ? nearFootprint(mine, w.mineId) : c.body
        const res = await clients[role].request(c.method, c.path(mine), body)
        observed[which][role] =
          c.count && res.status === 200 ? ((await res.json()) as { total: number }).total : res.status
      }
    }
    expect(observed).toEqual({ own: c.own, other: c.other })
  })

  it('writes nothing when every write above was stale or refused', async () => {
    const events = await t.db
      .selectFrom('mine_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(events.n)).toBe(0)
  })
})
