// Generated from ACCESS_MATRIX: every operation of /api/openapi.json (tile sets expanded) has a
// row, and every cell is what the server answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINIMAL_PDF } from '../documents/test-files'
import { squareAround } from '../testing/shapes'
import { backends } from '../testing/test-db'
import { MINE_AT, OTHER_MINE_AT, PASSWORD, openWorld, signIn, type Client } from '../testing/world'
import { TILE_SET_IDS } from '../tiles/tile-layers'
import { lngLatToTile } from '../tiles/tile-math'
import { featuresOf } from '../tiles/tiles.test-support'
import { ACCESS_MATRIX, MATRIX_ROLES, type MatrixRole } from './access-matrix'
import type { Db } from '../db/database'

type Opened = Awaited<ReturnType<typeof openWorld>>

/** The objects a row is tried on: "own" (长兴) or "other" (德清). */
interface Target {
  mine: number
  area: number
  document: number
  county: string
  at: [lng: number, lat: number]
  /** An evaluator draw and a direct-assignment request on the mine (R3.2). */
  draw: number
  exception: number
  agency: number
  expert: number
}

interface Recipe {
  path: string
  body?: unknown
  /** Sent without the caller's session (signing in replaces the session it came with). */
  anonymous?: boolean
  /** Sent on a fresh session of the caller's (logging out ends the session it came with). */
  fresh?: boolean
}

const STALE = 999
const period = { start: '2020-01-01', end: '2020-01-10' }
const scores = { prerequisites: {}, groups: {} }
const listing = {
  listName: '矩阵测试名单',
  validFrom: '2021-01-01',
  validTo: '2023-12-31',
  staffCount: 20,
  seniorCount: 8,
  applicationRef: '矩阵测试申报材料',
}
const EVENT_BODIES: Record<string, unknown> = {
  submit_self_assessment: { recipients: ['county_land'] },
  assign_evaluator: { agencyId: 1 },
  file_verification: { scores, team: [{ id: 'e1' }], standard: { code: 'DZ/T 0316-2018', conforms: true } },
  publish_county_publicity: { period, objectionChannel: '电话 0572-1234567' },
  close_county_publicity: {
    objectionUpheld: false,
    archived: { selfAssessment: true, verificationReport: true },
  },
  city_report: {},
  publish_province_list: { period, objectionChannel: '电话 0571-1234567' },
  uphold_province_objection: { reason: '异议成立' },
  enter_directory: {},
  spot_check: { drawId: 1, result: 'pass' },
  recheck: { result: 'pass', scores },
  start_production: {},
  suspend: { reason: 'other' },
  resume: { acceptance: null },
  close: {},
}

const tileAt = ([lng, lat]: [number, number]) => {
  const [x, y] = lngLatToTile(lng, lat, 12).map(Math.floor)
  return `12/${x}/${y}`
}

const pdfForm = () => {
  const f = new FormData()
  f.set('file', new File([new Uint8Array(MINIMAL_PDF)], 'matrix.pdf', { type: 'application/pdf' }))
  f.set('kind', 'other')
  return f
}

/** How each operation is called on a target; an operation without one fails the walk. */
function recipeFor(op: string, t: Target): Recipe | undefined {
  const path = op.split(' ')[1]
  const event = /^\/api\/mines\/\{id\}\/events\/(\w+)$/.exec(path)?.[1]
  if (event)
    return {
      path: `/api/mines/${t.mine}/events/${event}`,
      body: { ...(EVENT_BODIES[event] as object), expectedVersion: STALE },
    }
  const tiles = /^\/tiles\/([\w-]+)(\.json|\/\{z\}\/\{x\}\/\{y\}\.mvt)$/.exec(path)
  if (tiles) return { path: tiles[2] === '.json' ? path : `/tiles/${tiles[1]}/${tileAt(t.at)}.mvt` }
  const recipes: Record<string, Recipe> = {
    'GET /api/health': { path: '/api/health' },
    'POST /api/auth/login': {
      path: '/api/auth/login',
      body: { username: 'county', password: PASSWORD },
      anonymous: true,
    },
    'POST /api/auth/logout': { path: '/api/auth/logout', fresh: true },
    'GET /api/auth/me': { path: '/api/auth/me' },
    'GET /api/public/regions': { path: '/api/public/regions?level=county' },
    'GET /api/public/stats': { path: '/api/public/stats?asOf=2020-12-31' },
    'GET /api/public/directory': { path: '/api/public/directory' },
    'GET /api/public/publicity': { path: '/api/public/publicity' },
    'GET /api/public/map/mines': { path: '/api/public/map/mines' },
    'GET /api/public/spot-checks': { path: '/api/public/spot-checks' },
    'GET /api/public/audit-head': { path: '/api/public/audit-head' },
    'GET /api/public/agencies': { path: '/api/public/agencies' },
    'GET /api/public/evaluator-draws': { path: '/api/public/evaluator-draws' },
    'GET /api/public/evaluator-draws/{id}': { path: `/api/public/evaluator-draws/${t.draw}` },
    'GET /api/public/indicator-sets': { path: '/api/public/indicator-sets' },
    'GET /api/public/industry-standards': { path: '/api/public/industry-standards' },
    'POST /api/agencies': { path: '/api/agencies', body: { name: '矩阵测试评估公司', listing } },
    'POST /api/agencies/{id}/listings': { path: `/api/agencies/${t.agency}/listings`, body: listing },
    'POST /api/agencies/{id}/experts': {
      path: `/api/agencies/${t.agency}/experts`,
      body: { name: '矩阵专家', senior: false, specialty: '采矿工程', registeredFrom: '2021-01-01' },
    },
    'POST /api/experts/{id}/deregister': {
      path: `/api/experts/${t.expert}/deregister`,
      body: { registeredTo: '2029-12-31', reason: '矩阵测试' },
    },
    'GET /api/mines/{id}/conflicts': { path: `/api/mines/${t.mine}/conflicts` },
    'POST /api/mines/{id}/conflicts': {
      path: `/api/mines/${t.mine}/conflicts`,
      body: { agencyId: t.agency, kind: 'report_help', note: '矩阵测试' },
    },
    'POST /api/mines/{id}/evaluator-draws': { path: `/api/mines/${t.mine}/evaluator-draws`, body: {} },
    'POST /api/evaluator-draws/{id}/reveal': {
      path: `/api/evaluator-draws/${t.draw}/reveal`,
      body: { expectedVersion: STALE },
    },
    'GET /api/mines/{id}/evaluator-exceptions': { path: `/api/mines/${t.mine}/evaluator-exceptions` },
    'POST /api/mines/{id}/evaluator-exceptions': {
      path: `/api/mines/${t.mine}/evaluator-exceptions`,
      body: { kind: 'redraw', reason: '矩阵测试重摇' },
    },
    'POST /api/evaluator-exceptions/{id}/decision': {
      path: `/api/evaluator-exceptions/${t.exception}/decision`,
      body: { approve: false, note: '矩阵测试' },
    },
    'POST /api/indicator-sets/{setId}/table': {
      path: '/api/indicator-sets/CN-2020/table',
      body: { csv: 'group_id,points,items\nmine_environment,200,17', source: '矩阵测试（与已确认分值矛盾）' },
    },
    'GET /api/stats': { path: '/api/stats?level=county' },
    'GET /api/alerts': { path: '/api/alerts' },
    'GET /api/map/mines': { path: '/api/map/mines' },
    'GET /api/mines': { path: '/api/mines?pageSize=200' },
    'GET /api/mines/{id}': { path: `/api/mines/${t.mine}` },
    'GET /api/mines/{id}/licence': { path: `/api/mines/${t.mine}/licence` },
    'GET /api/mines/{id}/audit': { path: `/api/mines/${t.mine}/audit` },
    'POST /api/spot-checks/draws': {
      path: '/api/spot-checks/draws',
      body: { seed: 'matrix', regionCode: t.county, ratio: 0.5 },
    },
    'GET /api/areas/progress': { path: `/api/areas/progress?region=${t.county}` },
    'GET /api/mines/{id}/areas': { path: `/api/mines/${t.mine}/areas` },
    'POST /api/mines/{id}/areas': { path: `/api/mines/${t.mine}/areas`, body: areaNear(t.at) },
    'POST /api/mines/{id}/imports': { path: `/api/mines/${t.mine}/imports`, body: importForm(t.at) },
    'GET /api/areas/{id}': { path: `/api/areas/${t.area}` },
    'PUT /api/areas/{id}': { path: `/api/areas/${t.area}`, body: { version: STALE, name: '改名' } },
    'DELETE /api/areas/{id}': { path: `/api/areas/${t.area}?version=${STALE}` },
    'GET /api/areas/{id}/versions': { path: `/api/areas/${t.area}/versions` },
    'POST /api/areas/{id}/submit': { path: `/api/areas/${t.area}/submit`, body: { version: STALE } },
    'POST /api/areas/{id}/approve': { path: `/api/areas/${t.area}/approve`, body: { version: STALE } },
    'POST /api/areas/{id}/reject': {
      path: `/api/areas/${t.area}/reject`,
      body: { version: STALE, reason: '不符' },
    },
    'GET /api/mines/{id}/documents': { path: `/api/mines/${t.mine}/documents` },
    'POST /api/mines/{id}/documents': { path: `/api/mines/${t.mine}/documents`, body: 'pdf' },
    'GET /api/documents/{id}': { path: `/api/documents/${t.document}` },
    'GET /ogc': { path: '/ogc' },
    'GET /ogc/conformance': { path: '/ogc/conformance' },
    'GET /ogc/collections': { path: '/ogc/collections' },
    'GET /ogc/collections/{collectionId}': { path: '/ogc/collections/mines' },
    'GET /ogc/collections/{collectionId}/items': { path: '/ogc/collections/mines/items?limit=1000' },
    'GET /ogc/collections/{collectionId}/items/{featureId}': {
      path: `/ogc/collections/mines/items/${t.mine}`,
    },
  }
  return recipes[op]
}

/** A committed evaluator draw and a pending direct-assignment request on the mine's self-assessment. */
async function drawAndException(db: Db, mineId: number, userId: number, agencyId: number) {
  const sa =
    (await db.selectFrom('self_assessment').select('id').where('mine_id', '=', mineId).executeTakeFirst()) ??
    (await db
      .insertInto('self_assessment')
      .values({
        mine_id: mineId,
        submitted_on: '2020-01-06',
        received_on: '2020-01-06',
        to_land_bureau: true,
        to_env_bureau: true,
        standard: '砂石',
      })
      .returning('id')
      .executeTakeFirstOrThrow())
  const draw = await db
    .insertInto('evaluator_draw')
    .values({
      mine_id: mineId,
      self_assessment_id: sa.id,
      committed_on: '2020-01-08',
      commitment: '0'.repeat(64),
      seed: 'matrix',
      algorithm: 'matrix',
      candidates: JSON.stringify([{ agencyId, name: 'matrix' }]),
      excluded: JSON.stringify([]),
      committed_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const exception = await db
    .insertInto('evaluator_exception')
    .values({
      mine_id: mineId,
      self_assessment_id: sa.id,
      kind: 'redraw',
      reason: '矩阵测试',
      requested_by: userId,
      requested_on: '2020-01-08',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { draw: draw.id, exception: exception.id }
}

/** A dry-run import of one restoration area next to the mine (GeoJSON). */
function importForm(at: [number, number]) {
  const f = new FormData()
  const feature = { type: 'Feature', properties: { name: '导入复绿区' }, geometry: areaNear(at).geometry }
  const text = JSON.stringify({ type: 'FeatureCollection', features: [feature] })
  f.set('file', new File([text], 'matrix.geojson', { type: 'application/geo+json' }))
  f.set('kind', 'restoration')
  return f
}

function areaNear(at: [number, number], kind = 'restoration') {
  return { kind, name: '复绿区', targetLandClass: '0301', geometry: squareAround(at, 0.0005) }
}

/** Whether an answer shows the mine: lists by id, tiles by feature; undefined = not a list. */
async function sees(op: string, res: Response, mine: number): Promise<boolean | undefined> {
  if (op.endsWith('.mvt') && !/\/tiles\/(province|cities|counties)\//.test(op)) {
    if (res.status === 204) return false
    const bytes = new Uint8Array(await res.arrayBuffer())
    const layers = ['mines', 'footprints', 'restoration', 'reclamation', 'public_mines']
    return layers.some((l) =>
      featuresOf(bytes, l).some((f) => Number(f.properties.mine_id ?? f.properties.id) === mine),
    )
  }
  if (op === 'GET /api/mines')
    return ((await res.json()) as { items: { id: number }[] }).items.some((m) => m.id === mine)
  if (op === 'GET /ogc/collections/{collectionId}/items')
    return ((await res.json()) as { features: { id: number }[] }).features.some((f) => f.id === mine)
  if (op === 'GET /api/map/mines') return ((await res.json()) as { id: number }[]).some((m) => m.id === mine)
  return undefined
}

/** The OpenAPI operations, with the per-set tile paths expanded. */
async function operations(o: Opened): Promise<string[]> {
  const doc = (await (await o.c.anonymous.get('/api/openapi.json')).json()) as {
    paths: Record<string, object>
  }
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).flatMap((m) => {
      const op = `${m.toUpperCase()} ${path}`
      return path.startsWith('/tiles/{layer}') ? TILE_SET_IDS.map((s) => op.replace('{layer}', s)) : [op]
    }),
  )
}

describe.each(backends)('access-control matrix ($name PostGIS)', (backend) => {
  let o: Opened
  const targets = {} as Record<'own' | 'other', Target>

  beforeAll(async () => {
    o = await openWorld(backend, { evaluatorAssigned: true })
    const { w, c } = o
    const made = async (client: Client, path: string, body: unknown) => {
      const res = await client.post(path, body)
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`)
      return (await res.json()) as { id?: number; properties?: { id: number } }
    }
    for (const [which, mine, owner, at, county] of [
      ['own', w.mineId, 'enterprise', MINE_AT, '330522'],
      ['other', w.otherMineId, 'enterpriseOther', OTHER_MINE_AT, '330521'],
    ] as const) {
      const client = c.as(owner)
      const area = await made(client, `/api/mines/${mine}/areas`, areaNear(at))
      await made(client, `/api/mines/${mine}/areas`, areaNear(at, 'reclamation'))
      const doc = await made(client, `/api/mines/${mine}/documents`, pdfForm())
      targets[which] = {
        mine,
        area: area.properties?.id ?? area.id!,
        document: doc.id!,
        county,
        at,
        agency: w.agencyId,
        expert: (await w.db.selectFrom('expert').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
        ...(await drawAndException(w.db, mine, w.users.county!, w.agencyId)),
      }
    }
  })
  afterAll(() => o?.t.drop())

  it('has a row for every operation in the OpenAPI document (tile sets expanded), and no other rows', async () => {
    const ops = await operations(o)
    expect(ops.filter((op) => !(op in ACCESS_MATRIX))).toEqual([])
    expect(Object.keys(ACCESS_MATRIX).filter((op) => !ops.includes(op))).toEqual([])
    expect(ops.filter((op) => !recipeFor(op, targets.own))).toEqual([])
  })

  it.each(Object.entries(ACCESS_MATRIX))('%s', async (op, row) => {
    const method = op.split(' ')[0]
    const observed = { own: '', other: '' }
    const statuses: string[] = []
    for (const which of ['own', 'other'] as const) {
      const t = targets[which]
      const recipe = recipeFor(op, t)!
      for (const role of MATRIX_ROLES) {
        const client: Client =
          role === 'public' || recipe.anonymous
            ? o.c.anonymous
            : recipe.fresh
              ? await signIn(o.w.app, role)
              : o.c.as(role as Exclude<MatrixRole, 'public'>)
        const body = recipe.body === 'pdf' ? pdfForm() : recipe.body
        const res = await client.request(method, recipe.path, body)
        expect(res.status, `${op} ${which} as ${role}`).toBeLessThan(500)
        const shown = res.ok ? await sees(op, res, t.mine) : undefined
        const cell = [401, 403, 404].includes(res.status) ? '.' : shown === false ? '0' : 'Y'
        observed[which] += cell
        statuses.push(`${which}/${role}:${res.status}`)
      }
    }
    expect(observed, statuses.join(' ')).toEqual({ own: row.own, other: row.other })
    expect(`${row.own}${row.other}`).toMatch(/^[Y.0]{16}$/)
  })

  it('fired no workflow event: every event above was stale or refused', async () => {
    const events = await o.w.db
      .selectFrom('mine_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(events.n)).toBe(0)
  })
})
