import type { z } from '@hono/zod-openapi'
import { epsgOfZone, gaussKruger } from '@zgm/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app'
import { DEMO_PASSWORD } from '../seed/demo-accounts'
import { expectConforms } from '../testing/conforms'
import { backends, type TestDb } from '../testing/test-db'
import { openDemoWorld, signIn, type Client } from '../testing/world'
import { OgcCollections, OgcFeature, OgcFeatureCollection, OgcLandingPage } from './ogc.schemas'

type Items = z.infer<typeof OgcFeatureCollection>

describe.each(backends)('OGC API – Features at /ogc on $name PostGIS', (backend) => {
  let t: TestDb
  let app: App
  let county: Client
  let leader: Client
  const get = async (path: string, status = 200) => {
    const res = await app.request(path)
    expect(res.status, path).toBe(status)
    return res
  }
  beforeAll(async () => {
    ;({ t, app } = await openDemoWorld(backend))
    county = await signIn(app, 'county.changxing', DEMO_PASSWORD)
    leader = await signIn(app, 'leader', DEMO_PASSWORD)
  })
  afterAll(() => t.drop())

  it('answers the landing page as JSON with self, service-desc, conformance and data', async () => {
    const res = await get('/ogc')
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = expectConforms(OgcLandingPage, await res.json())
    expect(body.links.map((l) => l.rel).sort()).toEqual(['conformance', 'data', 'self', 'service-desc'])
    expect((await get('/ogc/', 301)).headers.get('location')).toBe('/ogc')
    const conf = (await (await get('/ogc/conformance')).json()) as { conformsTo: string[] }
    expect(conf.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson')
  })

  it('lists the public collections to everyone and the signed-in ones to signed-in users only', async () => {
    const anon = expectConforms(OgcCollections, await (await get('/ogc/collections')).json())
    expect(anon.collections.map((c) => c.id)).toEqual([
      'counties',
      'cities',
      'directory-mines',
      'publicity-notices',
    ])
    const signed = expectConforms(OgcCollections, await (await county.get('/ogc/collections')).json())
    expect(signed.collections.map((c) => c.id)).toContain('restoration-areas')
    await get('/ogc/collections/mines/items', 401)
    const unknown = await (await get('/ogc/collections/rivers', 404)).json()
    expect(unknown).toMatchObject({ error: { code: 'not_found', params: { resource: 'collection' } } })
  })

  it('pages items with numberMatched, numberReturned and a next link until the end', async () => {
    const first = (await (await get('/ogc/collections/counties/items?limit=50')).json()) as Items
    expectConforms(OgcFeatureCollection, first)
    expect(first).toMatchObject({ numberMatched: 89, numberReturned: 50 })
    const next = first.links.find((l) => l.rel === 'next')!
    const second = (await (
      await get(new URL(next.href).pathname + new URL(next.href).search)
    ).json()) as Items
    expect(second).toMatchObject({ numberMatched: 89, numberReturned: 39 })
    expect(second.links.find((l) => l.rel === 'next')).toBeUndefined()
    const ids = [...first.features, ...second.features].map((f) => f.id)
    expect(new Set(ids).size).toBe(89)
    const changxing = first.features.find((f) => f.id === 330522)!
    expect(changxing.properties.name).toBe('长兴县')
    expect(changxing.geometry.type).toBe('MultiPolygon')
  })

  it('filters by bbox and by datetime (the as-of date of the directory)', async () => {
    const inHuzhou = (await (
      await get('/ogc/collections/counties/items?bbox=119.8,30.9,120.0,31.1')
    ).json()) as Items
    expect(inHuzhou.features.map((f) => f.properties.name)).toContain('长兴县')
    expect(inHuzhou.numberMatched).toBeLessThan(10)
    const count = async (datetime: string) =>
      (
        (await (
          await get(`/ogc/collections/directory-mines/items?limit=1&datetime=${datetime}`)
        ).json()) as Items
      ).numberMatched
    const [end2018, end2020] = [await count('2018-12-31'), await count('../2020-12-31T00:00:00Z')]
    const directory = (await (await get('/api/public/directory?asOf=2018-12-31&pageSize=1')).json()) as {
      total: number
    }
    expect(end2018).toBe(directory.total)
    expect(end2020).toBeGreaterThan(end2018)
    await get('/ogc/collections/counties/items?bbox=1,2,3', 400)
    await get('/ogc/collections/counties/items?datetime=yesterday', 400)
  })

  it('answers single items and 404 for a feature that is not there', async () => {
    const res = await get('/ogc/collections/counties/items/330522')
    expect(res.headers.get('content-type')).toBe('application/geo+json')
    const f = expectConforms(OgcFeature, await res.json())
    expect(f.properties).toMatchObject({ name: '长兴县', parent: '330500' })
    await get('/ogc/collections/counties/items/330599', 404)
  })

  it('serves signed-in collections under the API’s own rules: the county sees its county only', async () => {
    const all = (await (await leader.get('/ogc/collections/mines/items?limit=1')).json()) as Items
    const own = (await (await county.get('/ogc/collections/mines/items?limit=10000')).json()) as Items
    expect(own.numberMatched).toBeGreaterThan(0)
    expect(own.numberMatched).toBeLessThan(all.numberMatched)
    expect(new Set(own.features.map((f) => f.properties.county))).toEqual(new Set(['330522']))
    const other = all.numberMatched && (await leader.get('/ogc/collections/mines/items?limit=10000'))
    const foreign = ((await (other as Response).json()) as Items).features.find(
      (f) => f.properties.county !== '330522',
    )!
    expect((await county.get(`/ogc/collections/mines/items/${foreign.id}`)).status).toBe(404)
    for (const id of ['footprints', 'restoration-areas', 'reclamation-areas', 'licences']) {
      const res = await county.get(`/ogc/collections/${id}/items?limit=5`)
      expect(res.status, id).toBe(200)
      expect(((await res.json()) as Items).numberReturned, id).toBeGreaterThan(0)
    }
  })

  it('downloads a licence’s corner points in its own form (X northing, Y easting with the zone prefix)', async () => {
    const page = (await (await county.get('/ogc/collections/licences/items?limit=1')).json()) as Items
    const licence = page.features[0]
    const res = await county.get(`/ogc/collections/licences/items/${licence.id}?f=corners`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('拐点坐标'))
    const text = await res.text()
    const { rows } = await sql<{ corner_points_text: string; source_crs: string }>`
      select corner_points_text, source_crs from licence where id = ${licence.id}`.execute(t.db)
    expect(text).toContain(`# 采矿许可证号 ${licence.properties.licence_no}`)
    expect(text).toContain(rows[0].source_crs)
    expect(text).toContain(rows[0].corner_points_text)
    const first = text.split('\n').find((l) => /^1,/.test(l))!
    expect(first).toMatch(/^1,3\d{6}\.\d{2},4[01]\d{6}\.\d{2}$/)
    expect((await app.request(`/ogc/collections/licences/items/${licence.id}?f=corners`)).status).toBe(401)
    expect((await county.get('/ogc/collections/counties/items/330522?f=corners')).status).toBe(400)
  })

  it.each([
    [39, [118.52, 29.61]],
    [40, [119.9, 31.0]],
    [41, [122.2, 30.0]],
  ] as const)(
    'projects corner points in zone %i as PostGIS does (ST_Transform to EPSG:4488+zone)',
    async (zone, p) => {
      const { rows } = await sql<{ x: number; y: number }>`
      select st_y(g) as x, st_x(g) as y from (select st_transform(st_setsrid(st_makepoint(${p[0]}::float8,
        ${p[1]}::float8), 4490), ${4488 + zone}::int) as g) s`.execute(t.db)
      const ours = gaussKruger([p[0], p[1]], zone)
      expect(epsgOfZone(zone)).toBe(`EPSG:${4488 + zone}`)
      expect(Math.abs(ours.x - rows[0].x)).toBeLessThan(0.01)
      expect(Math.abs(ours.y - rows[0].y)).toBeLessThan(0.01)
      expect(Math.floor(rows[0].y / 1e6)).toBe(zone)
    },
  )

  it('writes every download format on this backend (FlatGeobuf by ST_AsFlatGeobuf)', async () => {
    const magic = {
      fgb: [0x66, 0x67, 0x62],
      gpkg: [0x53, 0x51, 0x4c],
      shp: [0x50, 0x4b],
      kml: [0x3c],
      csv: [0xef],
      geojson: [0x7b],
    }
    for (const [f, bytes] of Object.entries(magic)) {
      const res = await get(`/ogc/collections/counties/items?f=${f}&bbox=119.8,30.9,120.0,31.1`)
      expect(res.headers.get('content-disposition'), f).toMatch(
        /^attachment; filename="counties-\d{4}-\d{2}-\d{2}\./,
      )
      const body = new Uint8Array(await res.arrayBuffer())
      expect([...body.subarray(0, bytes.length)], f).toEqual(bytes)
    }
  })

  it('answers in another CRS on request (Part 2), in its axis order, with Content-Crs', async () => {
    const crs84 = (await (await get('/ogc/collections/directory-mines/items?limit=1')).json()) as Items
    const { id, geometry } = crs84.features[0]
    const [lng, lat] = geometry.coordinates as [number, number]
    const gk = await get(
      `/ogc/collections/directory-mines/items/${id}?crs=http://www.opengis.net/def/crs/EPSG/0/4528`,
    )
    expect(gk.headers.get('content-crs')).toBe('<http://www.opengis.net/def/crs/EPSG/0/4528>')
    const [x, y] = ((await gk.json()) as z.infer<typeof OgcFeature>).geometry.coordinates as [number, number]
    const ours = gaussKruger([lng, lat], 40)
    expect(Math.abs(x - ours.x)).toBeLessThan(0.01)
    expect(Math.abs(y - ours.y)).toBeLessThan(0.01)
    const latLon = (await (
      await get(`/ogc/collections/directory-mines/items?limit=1&crs=EPSG:4490`)
    ).json()) as Items
    expect(latLon.features[0].geometry.coordinates).toEqual([lat, lng])
    // bbox in GK zone 40 (northing, easting) around the mine finds it.
    const box = [ours.x - 50, ours.y - 50, ours.x + 50, ours.y + 50].join(',')
    const found = (await (
      await get(`/ogc/collections/directory-mines/items?bbox=${box}&bbox-crs=EPSG:4528`)
    ).json()) as Items
    expect(found.features.map((f) => f.id)).toContain(id)
    const collection = (await (await get('/ogc/collections/counties')).json()) as { crs: string[] }
    expect(collection.crs).toContain('http://www.opengis.net/def/crs/EPSG/0/4529')
    await get('/ogc/collections/counties/items?crs=EPSG:3857', 400)
  })

  it('answers unknown /ogc paths with the JSON 404', async () => {
    const res = await get('/ogc/nothing/here', 404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })
})
