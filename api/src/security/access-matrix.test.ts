// Generated from ACCESS_MATRIX: every operation of /api/openapi.json (tile sets expanded) has a
// row, and every cell is what the server answers.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfForm } from '../documents/test-files'
import { testJpeg } from '../testing/geotagged-jpeg'
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
  licence: number
  area: number
  document: number
  importJob: number
  county: string
  at: [lng: number, lat: number]
  /** A backdated entry held for the province on the mine (a stale suspension: approving it fires nothing). */
  held: number
  /** An evaluator draw and a direct-assignment request on the mine (R3.2). */
  draw: number
  exception: number
  agency: number
  expert: number
  /** A committed draw of the county, a county notice's objection and a blacklist entry of the mine's enterprise. */
  spotCheckDraw: number
  notice: number
  objection: number
  blacklistEntry: number
  /** A notification to the county bureau of the target's county. */
  notification: number
  /** The outbox id of a field inspection recorded on the mine. */
  inspection: string
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
    archived: { selfAssessmentDocumentId: 1, verificationReportDocumentId: 2 },
  },
  city_report: {},
  publish_province_list: { period, objectionChannel: '电话 0571-1234567' },
  uphold_province_objection: { reason: '异议成立' },
  enter_directory: {},
  spot_check: { drawId: 1, result: 'pass' },
  assign_recheck_agency: {},
  recheck: { result: 'pass', scores },
  confirm_removal: {},
  start_production: {},
  suspend: { reason: 'other' },
  resume: { acceptance: null },
  close: {},
}

const FUTURE = { on: '2999-01-01', reason: '矩阵测试' }

/** A registration in the target's county by an enterprise that does not exist. */
const registration = (t: Target) => ({
  name: '矩阵测试矿',
  countyCode: t.county,
  mineral: '建筑用凝灰岩',
  sector: '砂石',
  miningMethod: 'open_pit',
  status: 'construction',
  location: t.at,
  enterpriseId: 999_999,
  licence: {
    licenceNo: 'C3300002020011110009999',
    minerals: ['建筑用凝灰岩'],
    scaleTenKtPerYear: 50,
    declaredAreaKm2: 0.2,
    elevationTopM: 200,
    elevationBottomM: 50,
    validFrom: '2020-01-01',
    validTo: '2030-01-01',
    issuer: '湖州市自然资源和规划局',
  },
})

const tileAt = ([lng, lat]: [number, number]) => {
  const [x, y] = lngLatToTile(lng, lat, 12).map(Math.floor)
  return `12/${x}/${y}`
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
    'GET /api/public/outlines': { path: '/api/public/outlines?level=city' },
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
    'GET /api/evaluator-exceptions': { path: '/api/evaluator-exceptions?status=pending' },
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
    // Registry writes are refused after access was granted (a future date, an unknown enterprise, a
    // reversed term), so the walk changes nothing.
    'POST /api/mines': { path: '/api/mines', body: registration(t) },
    'GET /api/licences/{id}': { path: `/api/licences/${t.licence}` },
    'POST /api/licences/{id}/renewals': {
      path: `/api/licences/${t.licence}/renewals`,
      body: { validFrom: '2030-01-01', validTo: '2029-12-31' },
    },
    'POST /api/licences/{id}/transfers': {
      path: `/api/licences/${t.licence}/transfers`,
      body: { toEnterpriseId: 999_999 },
    },
    'POST /api/licences/{id}/suspensions': { path: `/api/licences/${t.licence}/suspensions`, body: FUTURE },
    'POST /api/licences/{id}/reinstatements': {
      path: `/api/licences/${t.licence}/reinstatements`,
      body: FUTURE,
    },
    'POST /api/licences/{id}/cancellation': { path: `/api/licences/${t.licence}/cancellation`, body: FUTURE },
    'POST /api/licences/{id}/contracts': {
      path: `/api/licences/${t.licence}/contracts`,
      body: { contractNo: 'HT-1', signedOn: '2999-01-01', announcementRef: '公告', duties: [] },
    },
    'POST /api/mines/{id}/equipment': {
      path: `/api/mines/${t.mine}/equipment`,
      body: { on: '2999-01-01', change: 'installed' },
    },
    'GET /api/mines/{id}/green-duties': { path: `/api/mines/${t.mine}/green-duties?asOf=2020-12-31` },
    'GET /api/green-duties/breaches': { path: '/api/green-duties/breaches?asOf=2020-12-31' },
    'POST /api/spot-checks/draws': {
      path: '/api/spot-checks/draws',
      body: { regionCode: t.county, period: '2026-H2', seedHash: 'ab'.repeat(32), ratio: 0.5 },
    },
    // A wrong seed: refused after access is granted, so the draw stays unrevealed.
    'POST /api/spot-checks/draws/{id}/reveal': {
      path: `/api/spot-checks/draws/${t.spotCheckDraw}/reveal`,
      body: { seed: 'not-the-committed-seed' },
    },
    'GET /api/public/blacklist': { path: '/api/public/blacklist' },
    'GET /api/public/objections': { path: '/api/public/objections' },
    'POST /api/public/objections': { path: '/api/public/objections', body: objectionForm(t) },
    'GET /api/objections': { path: '/api/objections' },
    'POST /api/objections/{id}/decision': {
      path: `/api/objections/${t.objection}/decision`,
      body: { upheld: false, reason: '经核查，异议不成立' },
    },
    'POST /api/blacklist/{id}/delisting': {
      path: `/api/blacklist/${t.blacklistEntry}/delisting`,
      body: { reason: '已整改到位，准予移出' },
    },
    'GET /api/backdated-entries': { path: '/api/backdated-entries' },
    'GET /api/work': { path: '/api/work' },
    'GET /api/inbox': { path: '/api/inbox' },
    'GET /api/field/areas/pack': { path: `/api/field/areas/pack?regionCode=${t.county}` },
    'GET /api/field/near': { path: `/api/field/near?lng=${t.at[0]}&lat=${t.at[1]}&limit=1` },
    'POST /api/inbox/{id}/read': { path: `/api/inbox/${t.notification}/read` },
    'POST /api/inbox/read-all': { path: '/api/inbox/read-all' },
    'POST /api/backdated-entries/{id}/approve': {
      path: `/api/backdated-entries/${t.held}/approve`,
      body: {},
    },
    'POST /api/backdated-entries/{id}/reject': {
      path: `/api/backdated-entries/${t.held}/reject`,
      body: { reason: '不予补录' },
    },
    'GET /api/assessments/{year}': { path: '/api/assessments/2020' },
    'POST /api/assessments/{year}/close': { path: '/api/assessments/2018/close' },
    'GET /api/targets/{year}/cities/{cityCode}': { path: '/api/targets/2019/cities/330500' },
    'PUT /api/targets/{year}/cities/{cityCode}': {
      path: '/api/targets/2019/cities/330500',
      body: { shares: [{ countyCode: t.county, value: 0.9 }] },
    },
    'GET /api/areas/progress': { path: `/api/areas/progress?region=${t.county}` },
    'GET /api/mines/{id}/areas': { path: `/api/mines/${t.mine}/areas` },
    'POST /api/mines/{id}/areas': { path: `/api/mines/${t.mine}/areas`, body: areaNear(t.at) },
    'POST /api/mines/{id}/imports': { path: `/api/mines/${t.mine}/imports`, body: importForm(t.at) },
    'POST /api/mines/{id}/import-jobs': { path: `/api/mines/${t.mine}/import-jobs`, body: importForm(t.at) },
    'GET /api/import-jobs/{id}': { path: `/api/import-jobs/${t.importJob}` },
    'GET /api/areas/{id}': { path: `/api/areas/${t.area}` },
    'PUT /api/areas/{id}': { path: `/api/areas/${t.area}`, body: { version: STALE, name: '改名' } },
    'DELETE /api/areas/{id}': { path: `/api/areas/${t.area}?version=${STALE}` },
    'GET /api/areas/{id}/versions': { path: `/api/areas/${t.area}/versions` },
    'GET /api/areas/queue': { path: '/api/areas/queue' },
    'GET /api/areas/{id}/documents': { path: `/api/areas/${t.area}/documents` },
    'POST /api/areas/{id}/documents': { path: `/api/areas/${t.area}/documents`, body: 'pdf' },
    'POST /api/areas/{id}/submit': { path: `/api/areas/${t.area}/submit`, body: { version: STALE } },
    'POST /api/areas/{id}/approve': { path: `/api/areas/${t.area}/approve`, body: { version: STALE } },
    'POST /api/areas/{id}/reject': {
      path: `/api/areas/${t.area}/reject`,
      body: { version: STALE, reason: '不符' },
    },
    'GET /api/mines/{id}/documents': { path: `/api/mines/${t.mine}/documents` },
    'POST /api/mines/{id}/documents': { path: `/api/mines/${t.mine}/documents`, body: 'pdf' },
    'GET /api/documents/{id}': { path: `/api/documents/${t.document}` },
    'GET /api/mines/{id}/site-photos': { path: `/api/mines/${t.mine}/site-photos` },
    'POST /api/mines/{id}/site-photos': {
      path: `/api/mines/${t.mine}/site-photos`,
      body: () => photoForm(t.at),
    },
    'GET /api/assignments': { path: '/api/assignments' },
    'GET /api/field/mines/{id}': { path: `/api/field/mines/${t.mine}` },
    // A fresh id every call, at a stale version: refused (409) once access was granted.
    'PUT /api/field/inspections/{clientId}': {
      path: `/api/field/inspections/${randomUUID()}`,
      body: {
        mineId: t.mine,
        on: '2020-06-01',
        recordedAt: '2020-06-01T02:00:00.000Z',
        baseVersion: STALE,
        checklist: [],
      },
    },
    'GET /api/field/inspections/{clientId}': { path: `/api/field/inspections/${t.inspection}` },
    'GET /api/field/alerts': { path: '/api/field/alerts' },
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

/** A field inspection on the mine, written straight into the table (its outbox id). */
async function recordedInspection(db: Db, mineId: number, inspectorId: number, region: string) {
  const clientId = randomUUID()
  await db
    .insertInto('field_inspection')
    .values({
      client_id: clientId,
      mine_id: mineId,
      inspector_id: inspectorId,
      region_code: region,
      on_date: '2020-06-01',
      recorded_at: new Date(),
      checklist: '[]',
      findings: '矩阵测试',
      base_version: 1,
      body_hash: 'matrix',
    })
    .execute()
  return clientId
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

/** An objection to the mine's county notice (a fresh form each call: a FormData body is consumed). */
function objectionForm(t: Target) {
  return () => {
    const f = new FormData()
    f.set('publicityId', String(t.notice))
    f.set('mineId', String(t.mine))
    f.set('content', '该矿山边坡复绿未完成，与公示结论不符，请核查。')
    return f
  }
}

/** The rows the sanction routes act on, written directly: a running county notice with an objection, a committed draw, a blacklisting. */
async function sanctionTargets(db: Opened['w']['db'], mine: number, county: string) {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  const notice = await db
    .insertInto('publicity')
    .values({
      level: 'county',
      region_code: county,
      title: '矩阵测试公示',
      start_on: '2020-01-01',
      end_on: '2099-12-31',
      objection_channel: '书面或电子邮件',
      issuer: '县局',
      published_on: today,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.insertInto('publicity_item').values({ publicity_id: notice.id, mine_id: mine }).execute()
  const objection = await db
    .insertInto('objection')
    .values({ publicity_id: notice.id, mine_id: mine, received_on: today, content: '矩阵测试异议内容' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const draw = await db
    .insertInto('spot_check_draw')
    .values({
      drawn_on: today,
      committed_on: today,
      published_on: today,
      region_code: county,
      period: '2026',
      seed_hash: 'cd'.repeat(32),
      commit_entropy: 'matrix',
      ratio: 0.5,
      population: '[]',
      inspectors: '[]',
      size: JSON.stringify({ ratio: 0.5 }),
      inspectors_per_mine: 2,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const { enterprise_id } = await db
    .selectFrom('mine')
    .select('enterprise_id')
    .where('id', '=', mine)
    .executeTakeFirstOrThrow()
  const entry = await db
    .insertInto('blacklist_entry')
    .values({
      subject: 'enterprise',
      organization_id: enterprise_id,
      mine_id: mine,
      reason: '矩阵测试',
      listed_on: '2020-09-15',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { notice: notice.id, objection: objection.id, spotCheckDraw: draw.id, blacklistEntry: entry.id }
}

/** A geotagged site photo taken at the mine's location. */
function photoForm(at: [number, number]) {
  const f = new FormData()
  f.set('file', new File([testJpeg(at)], 'site.jpg', { type: 'image/jpeg' }))
  return f
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
  if (op === 'GET /api/areas/queue')
    return ((await res.json()) as { items: { area: { properties: { mineId: number } } }[] }).items.some(
      (i) => i.area.properties.mineId === mine,
    )
  if (op === 'GET /api/assignments')
    return ((await res.json()) as { items: { mineId: number }[] }).items.some((a) => a.mineId === mine)
  if (op === 'GET /api/field/areas/pack' || op === 'GET /api/field/near')
    return ((await res.json()) as { mines: { id: number }[] }).mines.some((m) => m.id === mine)
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
      // Submitted, so that the bureaus' queue has something to show or leave out.
      const submitted = await made(client, `/api/mines/${mine}/areas`, areaNear(at))
      const res = await client.post(`/api/areas/${submitted.id}/submit`, { version: 1 })
      if (res.status !== 200) throw new Error(`submit: ${res.status} ${await res.text()}`)
      const doc = await made(client, `/api/mines/${mine}/documents`, pdfForm('other', 'matrix.pdf'))
      const job = await client.post(`/api/mines/${mine}/import-jobs`, importForm(at))
      if (job.status !== 202) throw new Error(`import job: ${job.status} ${await job.text()}`)
      const importJob = ((await job.json()) as { id: number }).id
      const { licence_id: licence } = await w.db
        .selectFrom('mine')
        .select('licence_id')
        .where('id', '=', mine)
        .executeTakeFirstOrThrow()
      const held = await w.db
        .insertInto('backdated_entry')
        .values({
          mine_id: mine,
          machine: 'ops',
          event_type: 'suspend',
          occurred_on: '2020-06-01',
          request: JSON.stringify({ event: { type: 'suspend', reason: 'other' }, expectedVersion: STALE }),
          reason: '矩阵测试',
          requested_by: w.users.province,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      targets[which] = {
        mine,
        licence,
        area: area.properties?.id ?? area.id!,
        document: doc.id!,
        county,
        at,
        held: held.id,
        agency: w.agencyId,
        expert: (await w.db.selectFrom('expert').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
        ...(await drawAndException(w.db, mine, w.users.county!, w.agencyId)),
        ...(await sanctionTargets(w.db, mine, county)),
        notification: (
          await w.db
            .insertInto('notification')
            .values({
              recipient_role: 'county',
              recipient_region: county,
              kind: 'self_assessment_submitted',
              mine_id: mine,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
        importJob,
        inspection: await recordedInspection(w.db, mine, w.users.province!, county),
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
        const body =
          recipe.body === 'pdf'
            ? pdfForm('other', 'matrix.pdf')
            : typeof recipe.body === 'function'
              ? recipe.body()
              : recipe.body
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

  it('fired no backdated entry: approvals met a stale version', async () => {
    const approved = await o.w.db
      .selectFrom('backdated_entry')
      .select('id')
      .where('status', '=', 'approved')
      .execute()
    expect(approved).toEqual([])
  })

  it('fired no workflow event: every event above was stale or refused', async () => {
    const events = await o.w.db
      .selectFrom('mine_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(events.n)).toBe(0)
  })
})
