// PRODUCT §6 "Safe with bad input": every refusal names the problem and writes nothing.
import { refusalMessage, type Refusal } from '@zgm/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, type TestDb } from '../testing/test-db'
import { countRows, openWorld, type Clients, type World } from '../testing/world'
import { BOW_TIE, INSIDE, circle, rect, rectRing } from './test-geometries'

const open = { type: 'Polygon', coordinates: [rectRing(119.899, 30.999).slice(0, 4)] }
const swapped = { type: 'Polygon', coordinates: [rectRing(119.899, 30.999).map(([lng, lat]) => [lat, lng])] }

/** [case, body overrides, status, code, text the English message must contain]. */
const refusals: [string, Record<string, unknown>, number, string, string | RegExp][] = [
  [
    'self-intersecting bow-tie',
    { geometry: BOW_TIE },
    422,
    'geometry_self_intersection',
    /^invalid geometry: self-intersection at \[119\.89\d*, 30\.99\d*\]$/,
  ],
  [
    'open ring',
    { geometry: open },
    400,
    'ring_not_closed',
    'the outer ring (coordinates[0][0]) is not closed',
  ],
  ['Point', { geometry: { type: 'Point', coordinates: [119.9, 31.0] } }, 400, 'geometry_type', 'got Point'],
  [
    'LineString',
    { geometry: { type: 'LineString', coordinates: rectRing(119.899, 30.999) } },
    400,
    'geometry_type',
    'got LineString',
  ],
  ['near Shanghai (121.5, 31.2)', { geometry: rect(121.5, 31.2) }, 422, 'outside_province', 'Zhejiang'],
  ['in the East China Sea (124, 29)', { geometry: rect(124.0, 29.0) }, 422, 'outside_province', 'Zhejiang'],
  [
    '3 km from the footprint',
    { geometry: rect(119.935, 31.0) },
    422,
    'too_far_from_footprint',
    /is 3\d{3} m from the mine's footprint; it must lie within 500 m/,
  ],
  ['swapped [lat, lng]', { geometry: swapped }, 400, 'swapped_coordinates', '[30.999, 119.899]'],
  [
    'longitude 200',
    { geometry: rect(200, 31) },
    400,
    'coordinate_out_of_range',
    'longitude must be in -180..180',
  ],
  ['5,001 vertices', { geometry: circle(5000) }, 422, 'too_many_vertices', '5001 vertices; at most 5000'],
  [
    'smaller than 10 m²',
    { geometry: rect(119.9, 31.0, 0.00001, 0.00001) },
    422,
    'area_out_of_range',
    'larger than 10 m²',
  ],
  [
    'larger than 50 km²',
    { geometry: rect(119.85, 30.95, 0.1, 0.1) },
    422,
    'area_out_of_range',
    'smaller than 50 km²',
  ],
  [
    'a Gauss-Krüger crs',
    { geometry: { ...INSIDE, crs: { type: 'name', properties: { name: 'EPSG:4549' } } } },
    400,
    'unsupported_crs',
    'EPSG:4549',
  ],
  [
    'string coordinates',
    { geometry: { type: 'Polygon', coordinates: [[['119.9', '31.0']]] } },
    400,
    'invalid_coordinates',
    'coordinates[0][0]',
  ],
  ['name is a number', { name: 42 }, 400, 'invalid_input', 'name'],
  ['kind footprint', { kind: 'footprint' }, 400, 'invalid_input', 'kind'],
  ['unknown land class', { targetLandClass: '9999' }, 400, 'invalid_input', 'GB/T 21010-2017'],
  ['approval smuggled in', { approval: 'approved' }, 400, 'invalid_input', 'approval'],
  ['geometry missing', { geometry: undefined }, 400, 'invalid_input', 'geometry'],
  ['geometry is an array', { geometry: [119.9, 31] }, 400, 'invalid_input', 'geometry'],
]

describe.each(backends)('refused area writes on $name PostGIS leave the database unchanged', (backend) => {
  let t: TestDb, fx: World, c: Clients
  let areaId: number
  beforeAll(async () => {
    ;({ t, w: fx, c } = await openWorld(backend, { evaluatorAssigned: true }))
    const res = await c.as('planner').request('POST', `/api/mines/${fx.mineId}/areas`, {
      kind: 'restoration',
      name: 'base',
      geometry: INSIDE,
    })
    areaId = ((await res.json()) as { id: number }).id
  })
  afterAll(() => t.drop())

  /** Status and code; the Chinese message as the web would render it from code and params; the English words. */
  const expectRefused = async (res: Response, status: number, code: string, text: string | RegExp) => {
    const body = (await res.json()) as { error: { code: string; message: string; params: object } }
    expect({ status: res.status, code: body.error.code }).toEqual({ status, code })
    const refusal = { code: body.error.code, ...body.error.params } as Refusal
    expect(body.error.message).toBe(refusalMessage(refusal, 'zh'))
    const en = refusalMessage(refusal, 'en')
    if (typeof text === 'string') expect(en).toContain(text)
    else expect(en).toMatch(text)
  }

  it.each(refusals)('create: %s', async (_name, overrides, status, code, text) => {
    const before = await countRows(t.db)
    const body = { kind: 'restoration', name: '复绿区', geometry: INSIDE, ...overrides }
    await expectRefused(
      await c.as('planner').request('POST', `/api/mines/${fx.mineId}/areas`, body),
      status,
      code,
      text,
    )
    expect(await countRows(t.db)).toEqual(before)
  })

  it.each(refusals.filter(([, o]) => 'geometry' in o && o.geometry !== undefined))(
    'update: %s',
    async (_name, overrides, status, code, text) => {
      const before = await countRows(t.db)
      const res = await c.as('planner').request('PUT', `/api/areas/${areaId}`, { version: 1, ...overrides })
      await expectRefused(res, status, code, text)
      expect(await countRows(t.db)).toEqual(before)
      const row = await t.db
        .selectFrom('mine_area')
        .select('version')
        .where('id', '=', areaId)
        .executeTakeFirstOrThrow()
      expect(row.version).toBe(1)
    },
  )

  it('the distance refusal carries the distance in metres', async () => {
    const res = await c.as('planner').request('POST', `/api/mines/${fx.mineId}/areas`, {
      kind: 'reclamation',
      name: 'x',
      geometry: rect(119.935, 31.0),
    })
    const body = (await res.json()) as { error: { params: { distanceM: number; maxDistanceM: number } } }
    // 119.935 − 119.9025 = 0.0325° of longitude at 31°N ≈ 3.1 km.
    expect(body.error.params.distanceM).toBeGreaterThan(3000)
    expect(body.error.params.distanceM).toBeLessThan(3200)
    expect(body.error.params.maxDistanceM).toBe(500)
  })

  it('a self-intersecting polygon is refused at the crossing, with no PostGIS text', async () => {
    const res = await c.as('planner').request('POST', `/api/mines/${fx.mineId}/areas`, {
      kind: 'restoration',
      name: '蝴蝶形',
      geometry: BOW_TIE,
    })
    const body = (await res.json()) as { error: { code: string; message: string; params: { at: number[] } } }
    expect(res.status).toBe(422)
    expect(body.error.code).toBe('geometry_self_intersection')
    // The bow-tie's edges cross at (119.8995, 30.9995).
    const [lng, lat] = body.error.params.at
    expect(Math.abs(lng - 119.8995)).toBeLessThan(1e-6)
    expect(Math.abs(lat - 30.9995)).toBeLessThan(1e-6)
    expect(body.error.message).toMatch(/^图形无效：边界自相交，位置 \[119\.899/)
    expect(body.error.message).not.toMatch(/Self-intersection/)
  })

  it('accepts a polygon just outside the footprint but within reach', async () => {
    const res = await c.as('planner').request('POST', `/api/mines/${fx.mineId}/areas`, {
      kind: 'reclamation',
      name: '排土场',
      geometry: rect(119.904, 31.0),
    })
    expect(res.status).toBe(201)
  })

  it('grows the coarse province outline by 220 m (twice its measured error), measured on the ground', async () => {
    /** A 20 m square `m` metres outside the province, straight out from its boundary point nearest the mine. */
    const outside = async (m: number) => {
      const { rows } = await sql<{ lng: number; lat: number }>`
        with b as (
          select st_closestpoint(st_boundary(geom), st_setsrid(st_makepoint(119.9, 31.0), 4326)) as bp
          from admin_unit where code = '330000')
        select st_x(q) as lng, st_y(q) as lat from (
          select st_project(bp::geography, ${m}::float8,
            st_azimuth(st_setsrid(st_makepoint(119.9, 31.0), 4326)::geography, bp::geography))::geometry as q
          from b) x`.execute(t.db)
      const { lng, lat } = rows[0]
      return c.as('planner').request('POST', `/api/mines/${fx.mineId}/areas`, {
        kind: 'reclamation',
        name: '边界外',
        geometry: rect(lng - 0.0001, lat - 0.0001, 0.0002, 0.0002),
      })
    }
    // 100 m out passes the province check and is refused only for its distance to the footprint.
    const near = (await (await outside(100)).json()) as { error: { code: string } }
    expect(near.error.code).toBe('too_far_from_footprint')
    const far = (await (await outside(1000)).json()) as { error: { code: string } }
    expect(far.error.code).toBe('outside_province')
  })

  it('an update with nothing to change is refused', async () => {
    await expectRefused(
      await c.as('planner').request('PUT', `/api/areas/${areaId}`, { version: 1 }),
      400,
      'nothing_to_change',
      'geometry',
    )
  })

  it('a body over 2 MB → 413 before it is parsed', async () => {
    const before = await countRows(t.db)
    const huge = JSON.stringify({
      kind: 'restoration',
      name: 'x'.repeat(2.2 * 1024 * 1024),
      geometry: INSIDE,
    })
    const res = await c
      .as('planner')
      .request('POST', `/api/mines/${fx.mineId}/areas`, huge, { 'content-type': 'application/json' })
    await expectRefused(res, 413, 'payload_too_large', '2 MB')
    expect(await countRows(t.db)).toEqual(before)
  })

  it('malformed JSON → 400', async () => {
    const res = await c
      .as('planner')
      .request('POST', `/api/mines/${fx.mineId}/areas`, '{"kind": "restoration",', {
        'content-type': 'application/json',
      })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBeTruthy()
  })

  it('a non-numeric id or version → 400 invalid_input', async () => {
    await expectRefused(await c.as('planner').request('GET', `/api/areas/abc`), 400, 'invalid_input', 'id')
    await expectRefused(
      await c.as('planner').request('DELETE', `/api/areas/${areaId}?version=one`),
      400,
      'invalid_input',
      'version',
    )
    await expectRefused(
      await c.as('planner').request('DELETE', `/api/areas/${areaId}`),
      400,
      'invalid_input',
      'version',
    )
  })

  it('the footprint is not editable here', async () => {
    await expectRefused(
      await c.as('planner').request('PUT', `/api/areas/${fx.footprintId}`, { version: 1, name: 'x' }),
      422,
      'footprint_read_only',
      'footprint',
    )
  })

  it('an unknown mine or area → 404', async () => {
    await expectRefused(
      await c
        .as('planner')
        .request('POST', `/api/mines/999999/areas`, { kind: 'restoration', name: 'x', geometry: INSIDE }),
      404,
      'not_found',
      'mine 999999',
    )
    await expectRefused(
      await c.as('planner').request('PUT', `/api/areas/999999`, { version: 1, name: 'x' }),
      404,
      'not_found',
      'area 999999',
    )
  })
})
