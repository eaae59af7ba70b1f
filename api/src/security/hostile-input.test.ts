// Hostile input: every case is refused with a 4xx whose code (and field) names the problem, and
// the database is provably unchanged afterwards (row counts and checksums of every table).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINIMAL_PDF, TINY_PNG, makeZip } from '../documents/test-files'
import { backends } from '../testing/test-db'
import { MINE_AT, openWorld, type Who } from '../testing/world'
import { fingerprint } from './db-fingerprint'

type Opened = Awaited<ReturnType<typeof openWorld>>
type Group = 'geometry' | 'json' | 'file' | 'parameter'

interface Ids {
  mine: number
  other: number
}

interface Hostile {
  group: Group
  name: string
  who?: Who | 'anonymous'
  method?: string
  path: string | ((ids: Ids) => string)
  /** JSON value, raw JSON text (`raw`), or a multipart form. */
  body?: unknown
  raw?: string
  form?: () => FormData
  code: string
  field?: string
  status?: number
}

const [LNG, LAT] = MINE_AT
const ring = (d = 0.0005): number[][] => [
  [LNG - d, LAT - d],
  [LNG + d, LAT - d],
  [LNG + d, LAT + d],
  [LNG - d, LAT + d],
  [LNG - d, LAT - d],
]
const area = (geometry: unknown, extra: object = {}) => ({
  kind: 'restoration',
  name: '复绿区',
  targetLandClass: '0301',
  geometry,
  ...extra,
})
const polygon = (coordinates: unknown) => area({ type: 'Polygon', coordinates })
const AREAS = (ids: Ids) => `/api/mines/${ids.mine}/areas`
const EVENT = (type: string) => (ids: Ids) => `/api/mines/${ids.mine}/events/${type}`

/** `depth` nested arrays around a position, as JSON text (built as text: it is deeper than any parser's stack). */
const deepArrays = (depth: number) => `${'['.repeat(depth)}${LNG},${LAT}${']'.repeat(depth)}`
const deepObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

function millionVertices(): string {
  const parts = new Array<string>(1_000_000)
  for (let i = 0; i < parts.length; i++) parts[i] = `[${(LNG + i * 1e-9).toFixed(9)},${LAT}]`
  return `{"kind":"restoration","name":"x","geometry":{"type":"Polygon","coordinates":[[${parts.join(',')}]]}}`
}

function upload(bytes: Uint8Array, filename: string, type: string, kind = 'other') {
  return () => {
    const f = new FormData()
    f.set('file', new File([new Uint8Array(bytes)], filename, { type }))
    f.set('kind', kind)
    return f
  }
}

const DOCS = (ids: Ids) => `/api/mines/${ids.mine}/documents`

const CASES: Hostile[] = [
  // Geometries (an enterprise drawing on its own mine).
  {
    group: 'geometry',
    name: 'bow-tie',
    path: AREAS,
    body: polygon([
      [
        [LNG, LAT],
        [LNG + 0.001, LAT + 0.001],
        [LNG + 0.001, LAT],
        [LNG, LAT + 0.001],
        [LNG, LAT],
      ],
    ]),
    code: 'geometry_self_intersection',
  },
  {
    group: 'geometry',
    name: 'open ring',
    path: AREAS,
    body: polygon([ring().slice(0, 4)]),
    code: 'ring_not_closed',
  },
  {
    group: 'geometry',
    name: 'fewer than 4 positions',
    path: AREAS,
    body: polygon([[ring()[0], ring()[1], ring()[0]]]),
    code: 'ring_too_short',
  },
  {
    group: 'geometry',
    name: 'Infinity (1e999)',
    path: AREAS,
    raw: JSON.stringify(polygon([ring()])).replace(String(LNG - 0.0005), '1e999'),
    code: 'invalid_coordinates',
  },
  {
    group: 'geometry',
    name: 'NaN',
    path: AREAS,
    raw: JSON.stringify(polygon([ring()])).replace(String(LNG - 0.0005), 'NaN'),
    code: 'malformed_json',
  },
  {
    group: 'geometry',
    name: 'swapped [lat, lng]',
    path: AREAS,
    body: polygon([ring().map(([x, y]) => [y, x])]),
    code: 'swapped_coordinates',
  },
  {
    group: 'geometry',
    name: 'longitude 500',
    path: AREAS,
    body: polygon([ring().map(([, y]) => [500, y])]),
    code: 'coordinate_out_of_range',
  },
  {
    group: 'geometry',
    name: '4D positions',
    path: AREAS,
    body: polygon([ring().map(([x, y]) => [x, y, 12, 1])]),
    code: 'invalid_coordinates',
  },
  {
    group: 'geometry',
    name: 'a million vertices (14 MB)',
    path: AREAS,
    raw: millionVertices(),
    code: 'payload_too_large',
    status: 413,
  },
  {
    group: 'geometry',
    name: 'GeometryCollection of polygons',
    path: AREAS,
    body: area({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [ring()] }] }),
    code: 'invalid_input',
    field: 'geometry.coordinates',
  },
  {
    group: 'geometry',
    name: 'MultiPolygon nesting a collection',
    path: AREAS,
    body: area({ type: 'MultiPolygon', coordinates: [[{ type: 'Polygon', coordinates: [ring()] }]] }),
    code: 'invalid_coordinates',
  },
  {
    group: 'geometry',
    name: 'Point',
    path: AREAS,
    body: area({ type: 'Point', coordinates: [LNG, LAT] }),
    code: 'geometry_type',
  },
  {
    group: 'geometry',
    name: 'geometry is a string',
    path: AREAS,
    body: area('POLYGON((0 0,1 0,1 1,0 0))'),
    code: 'invalid_input',
    field: 'geometry',
  },
  {
    group: 'geometry',
    name: 'coordinates nested 100,000 deep',
    path: AREAS,
    raw: `{"kind":"restoration","name":"x","geometry":{"type":"Polygon","coordinates":${deepArrays(100_000)}}}`,
    code: 'invalid_input',
  },

  // JSON bodies.
  {
    group: 'json',
    name: 'objects nested 100,000 deep',
    path: AREAS,
    raw: deepObjects(100_000),
    code: 'invalid_input',
  },
  {
    group: 'json',
    name: 'a 1.5 MB name',
    path: AREAS,
    body: area({ type: 'Polygon', coordinates: [ring()] }, { name: '矿'.repeat(500_000) }),
    code: 'invalid_input',
    field: 'name',
  },
  {
    group: 'json',
    name: 'a 3 MB body',
    path: AREAS,
    body: area({ type: 'Polygon', coordinates: [ring()] }, { name: 'x'.repeat(3_000_000) }),
    code: 'payload_too_large',
    status: 413,
  },
  {
    group: 'json',
    name: 'name is a number',
    path: AREAS,
    body: area({ type: 'Polygon', coordinates: [ring()] }, { name: 42 }),
    code: 'invalid_input',
    field: 'name',
  },
  { group: 'json', name: 'body is an array', path: AREAS, body: [1, 2, 3], code: 'invalid_input' },
  {
    group: 'json',
    name: 'unknown field (approval smuggled in)',
    path: AREAS,
    body: area({ type: 'Polygon', coordinates: [ring()] }, { approval: 'approved' }),
    code: 'invalid_input',
  },
  {
    group: 'json',
    name: '__proto__ key',
    path: AREAS,
    raw: `{"__proto__":{"approval":"approved"},${JSON.stringify(polygon([ring()])).slice(1)}`,
    code: 'invalid_input',
  },
  {
    group: 'json',
    name: 'constructor.prototype key',
    path: EVENT('close'),
    body: { constructor: { prototype: { admin: true } } },
    who: 'county',
    code: 'invalid_input',
  },
  {
    group: 'json',
    name: 'unknown field on an event',
    path: EVENT('close'),
    body: { expectedVersion: 1, greenState: 'in_directory' },
    who: 'county',
    code: 'invalid_input',
  },
  {
    group: 'json',
    name: 'NUL in a name',
    path: AREAS,
    body: area({ type: 'Polygon', coordinates: [ring()] }, { name: 'a\u0000b' }),
    code: 'invalid_input',
    field: 'name',
  },
  {
    group: 'json',
    name: 'NUL in a reason',
    who: 'county',
    path: EVENT('suspend'),
    body: { reason: 'other', note: 'x\u0000' },
    code: 'invalid_input',
    field: 'note',
  },
  {
    group: 'json',
    name: 'malformed JSON',
    path: AREAS,
    raw: '{"kind": "restoration",',
    code: 'malformed_json',
  },
  {
    group: 'json',
    name: 'anonymous write with a bad body',
    who: 'anonymous',
    path: AREAS,
    body: { nonsense: true },
    code: 'unauthenticated',
    status: 401,
  },

  // Files (the enterprise filing for its own mine).
  {
    group: 'file',
    name: 'PNG bytes named .pdf',
    method: 'POST',
    path: DOCS,
    form: upload(TINY_PNG, 'report.pdf', 'application/pdf'),
    code: 'type_mismatch',
  },
  {
    group: 'file',
    name: 'unknown binary',
    path: DOCS,
    form: upload(Buffer.from([0, 1, 2, 3, 250, 251, 252, 253]), 'data.pdf', 'application/pdf'),
    code: 'type_mismatch',
  },
  {
    group: 'file',
    name: 'a zip (bomb shape) posing as a photo',
    path: DOCS,
    form: upload(makeZip(['bomb/0.txt', 'bomb/1.txt']), 'photo.jpg', 'image/jpeg', 'photo'),
    code: 'type_mismatch',
  },
  {
    group: 'file',
    name: 'a zip filed as a photo',
    path: DOCS,
    form: upload(makeZip(['bomb/0.txt']), 'photo.zip', 'application/zip', 'photo'),
    code: 'type_not_allowed_for_kind',
  },
  {
    group: 'file',
    name: 'traversal name ../../etc/passwd.pdf',
    path: DOCS,
    form: upload(MINIMAL_PDF, '../../etc/passwd.pdf', 'application/pdf'),
    code: 'invalid_input',
    field: 'file',
  },
  {
    group: 'file',
    name: 'Windows path name',
    path: DOCS,
    form: upload(MINIMAL_PDF, 'C:\\temp\\report.pdf', 'application/pdf'),
    code: 'invalid_input',
    field: 'file',
  },
  {
    group: 'file',
    name: 'NUL in a file name',
    path: DOCS,
    form: upload(MINIMAL_PDF, 'report\u0000.exe.pdf', 'application/pdf'),
    code: 'invalid_input',
    field: 'file',
  },
  {
    group: 'file',
    name: '21 MB file',
    path: DOCS,
    form: upload(Buffer.alloc(21 * 1024 * 1024, 0x25), 'big.pdf', 'application/pdf'),
    code: 'payload_too_large',
    status: 413,
  },
  {
    group: 'file',
    name: 'empty file',
    path: DOCS,
    form: upload(Buffer.alloc(0), 'empty.pdf', 'application/pdf'),
    code: 'empty_file',
  },
  {
    group: 'file',
    name: 'unknown kind',
    path: DOCS,
    form: upload(MINIMAL_PDF, 'r.pdf', 'application/pdf', 'malware'),
    code: 'invalid_input',
    field: 'kind',
  },

  // Parameters.
  {
    group: 'parameter',
    name: 'SQL in a mine id',
    who: 'county',
    method: 'GET',
    path: '/api/mines/1%20or%201=1',
    code: 'invalid_input',
    field: 'id',
  },
  {
    group: 'parameter',
    name: 'SQL in a state filter',
    who: 'county',
    method: 'GET',
    path: "/api/mines?state='%20or%201=1--",
    code: 'invalid_input',
    field: 'state',
  },
  {
    group: 'parameter',
    name: 'SQL in a region',
    who: 'county',
    method: 'GET',
    path: "/api/areas/progress?region=330522'--",
    code: 'invalid_input',
    field: 'region',
  },
  {
    group: 'parameter',
    name: 'NUL in a search',
    who: 'county',
    method: 'GET',
    path: '/api/mines?q=a%00b',
    code: 'invalid_input',
    field: 'q',
  },
  {
    group: 'parameter',
    name: 'NUL in a public search',
    who: 'anonymous',
    method: 'GET',
    path: '/api/public/directory?q=%00',
    code: 'invalid_input',
    field: 'q',
  },
  {
    group: 'parameter',
    name: 'zoom 99',
    who: 'anonymous',
    method: 'GET',
    path: '/tiles/counties/99/0/0.mvt',
    code: 'invalid_tile',
  },
  {
    group: 'parameter',
    name: 'x outside the zoom',
    who: 'anonymous',
    method: 'GET',
    path: '/tiles/counties/5/32/0.mvt',
    code: 'invalid_tile',
  },
  {
    group: 'parameter',
    name: 'negative y',
    who: 'anonymous',
    method: 'GET',
    path: '/tiles/counties/5/1/-1.mvt',
    code: 'invalid_tile',
  },
  {
    group: 'parameter',
    name: 'letters as z/x/y',
    who: 'anonymous',
    method: 'GET',
    path: '/tiles/counties/a/b/c.mvt',
    code: 'invalid_tile',
  },
  {
    group: 'parameter',
    name: 'zoom below the set',
    who: 'leader',
    method: 'GET',
    path: '/tiles/restoration/3/6/3.mvt',
    code: 'zoom_out_of_range',
  },
  {
    group: 'parameter',
    name: 'unknown tile set',
    who: 'anonymous',
    method: 'GET',
    path: '/tiles/mine_password/1/1/1.mvt',
    code: 'unknown_layer',
  },
  ...(
    [
      ['public stats', '/api/public/stats?asOf=2019-02-30'],
      ['public directory', '/api/public/directory?asOf=2019-02-29'],
      ['public map', '/api/public/map/mines?asOf=2019-13-01'],
      ['public publicity', '/api/public/publicity?asOf=2019-04-31'],
      ['public year 0000', '/api/public/stats?asOf=0000-01-01'],
    ] as const
  ).map(([name, path]): Hostile => ({
    group: 'parameter',
    name: `impossible date: ${name}`,
    who: 'anonymous',
    method: 'GET',
    path,
    code: 'invalid_input',
    field: 'asOf',
  })),
  ...(
    [
      ['stats', '/api/stats?asOf=2019-02-30'],
      ['alerts', '/api/alerts?asOf=2019-02-30'],
      ['map', '/api/map/mines?asOf=2019-02-30'],
      ['area progress', '/api/areas/progress?region=330522&asOf=2019-02-30'],
    ] as const
  ).map(([name, path]): Hostile => ({
    group: 'parameter',
    name: `impossible date: ${name}`,
    who: 'county',
    method: 'GET',
    path,
    code: 'invalid_input',
    field: 'asOf',
  })),
  {
    group: 'parameter',
    name: 'impossible date: event on',
    who: 'county',
    path: EVENT('close'),
    body: { on: '2019-02-29' },
    code: 'invalid_input',
    field: 'on',
  },
  {
    group: 'parameter',
    name: 'impossible date: publicity period',
    who: 'county',
    path: EVENT('publish_county_publicity'),
    body: { period: { start: '2019-06-31', end: '2019-07-10' }, objectionChannel: '电话 0572-1234567' },
    code: 'invalid_input',
    field: 'period.start',
  },
  {
    group: 'parameter',
    name: 'impossible date: draw on',
    who: 'county',
    path: '/api/spot-checks/draws',
    body: { regionCode: '330522', period: '2019', seedHash: 'ab'.repeat(32), ratio: 0.5, on: '2019-11-31' },
    code: 'invalid_input',
    field: 'on',
  },
  {
    group: 'parameter',
    name: 'a draw in the future',
    who: 'county',
    path: '/api/spot-checks/draws',
    body: { regionCode: '330522', period: '2099', seedHash: 'ab'.repeat(32), ratio: 0.5, on: '2099-01-01' },
    code: 'future_date',
  },
  {
    group: 'parameter',
    name: 'mine id 2^31',
    who: 'county',
    method: 'GET',
    path: '/api/mines/2147483648',
    code: 'invalid_input',
    field: 'id',
  },
  {
    group: 'parameter',
    name: 'area id 10^20',
    who: 'county',
    method: 'GET',
    path: '/api/areas/100000000000000000000',
    code: 'invalid_input',
    field: 'id',
  },
  {
    group: 'parameter',
    name: 'document id 2^31',
    who: 'county',
    method: 'GET',
    path: '/api/documents/2147483648',
    code: 'invalid_input',
    field: 'id',
  },
  {
    group: 'parameter',
    name: 'event on mine 2^31',
    who: 'county',
    path: '/api/mines/2147483648/events/close',
    body: {},
    code: 'invalid_input',
    field: 'id',
  },
  {
    group: 'parameter',
    name: 'documentId 2^31 in a body',
    who: 'county',
    path: EVENT('close'),
    body: { documentId: 2 ** 31 },
    code: 'invalid_input',
    field: 'documentId',
  },
  {
    group: 'parameter',
    name: 'drawId 1e20 in a body',
    who: 'county',
    path: EVENT('spot_check'),
    body: { drawId: 1e20, result: 'pass' },
    code: 'invalid_input',
    field: 'drawId',
  },
  {
    group: 'parameter',
    name: 'a documentId that does not exist',
    who: 'county',
    path: EVENT('close'),
    body: { documentId: 987654 },
    code: 'not_found',
    status: 404,
  },
  {
    group: 'parameter',
    name: 'version 2^31 on delete',
    who: 'enterprise',
    method: 'DELETE',
    path: '/api/areas/1?version=2147483648',
    code: 'invalid_input',
    field: 'version',
  },
  {
    group: 'parameter',
    name: 'page 10^9',
    who: 'county',
    method: 'GET',
    path: '/api/mines?page=1000000000',
    code: 'invalid_input',
    field: 'page',
  },
  {
    group: 'parameter',
    name: 'pageSize 10^9',
    who: 'anonymous',
    method: 'GET',
    path: '/api/public/directory?pageSize=1000000000',
    code: 'invalid_input',
    field: 'pageSize',
  },
  {
    group: 'parameter',
    name: 'page -1',
    who: 'anonymous',
    method: 'GET',
    path: '/api/public/directory?page=-1',
    code: 'invalid_input',
    field: 'page',
  },
]

describe.each(backends)('hostile input ($name PostGIS)', (backend) => {
  let o: Opened
  let before: Awaited<ReturnType<typeof fingerprint>>
  /** What the suite found on this backend, for the report. */
  const tally = { tried: 0, refused: 0 }

  beforeAll(async () => {
    o = await openWorld(backend, { evaluatorAssigned: true })
    // Sign everyone in first: sessions are not data the cases may touch.
    for (const who of ['enterprise', 'county', 'leader'] as const) await o.c.as(who).get('/api/auth/me')
    before = await fingerprint(o.w.db)
  })
  afterAll(() => o?.t.drop())

  it.each(CASES)('$group: $name', async (c) => {
    const ids = { mine: o.w.mineId, other: o.w.otherMineId }
    const client = c.who === 'anonymous' ? o.c.anonymous : o.c.as(c.who ?? 'enterprise')
    const path = typeof c.path === 'function' ? c.path(ids) : c.path
    const method = c.method ?? 'POST'
    const headers: Record<string, string> = c.raw === undefined ? {} : { 'content-type': 'application/json' }
    const body = c.form ? c.form() : (c.raw ?? c.body)
    tally.tried++
    const res = await client.request(method, path, body, headers)
    const text = await res.text()
    expect(res.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400)
    expect(res.status, text.slice(0, 300)).toBeLessThan(500)
    if (c.status) expect(res.status).toBe(c.status)
    const { error } = JSON.parse(text) as {
      error: { code: string; message: string; params: { field?: string } }
    }
    expect(error.code, text.slice(0, 300)).toBe(c.code)
    if (c.field) expect(error.params.field).toBe(c.field)
    expect(error.message.length).toBeGreaterThan(0)
    tally.refused++
  })

  it('left every table exactly as it was (row counts and checksums)', async () => {
    const after = await fingerprint(o.w.db)
    expect(Object.keys(after).length).toBeGreaterThan(20)
    expect(after).toEqual(before)
    const changed = Object.keys(after).filter((t) => after[t].rows !== before[t].rows)
    console.log(
      `hostile input (${backend.name}): ${tally.tried} cases tried, ${tally.refused} refused with a 4xx naming the problem, ` +
        `${changed.length} tables changed, ${Object.keys(after).length} tables fingerprinted`,
    )
  })
})
