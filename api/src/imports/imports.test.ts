import { cornerPointsText, gaussKruger } from '@zgm/domain'
import { zipSync } from 'fflate'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { geoPackageBytes, shapefileZipBytes } from '../ogc/download/build-file'
import { OGC_COLLECTIONS } from '../ogc/ogc-collections'
import type { FeatureTable } from '../ogc/formats/feature-table'
import { writeKml } from '../ogc/formats/kml'
import { squareRing } from '../testing/shapes'
import { backends, type TestDb } from '../testing/test-db'
import { openWorld, type Client, type World } from '../testing/world'

type Report = {
  format: string
  sourceCrs: string
  committed: boolean
  areaIds: number[]
  sourceDocumentId: number | null
  records: {
    name: string | null
    areaM2: number | null
    declaredAreaM2: number | null
    problems: { code: string; message: string }[]
  }[]
}

const square = (lng: number, lat: number, d: number) => squareRing([lng, lat], d)
const INSIDE = square(119.899, 30.999, 0.001)
const BOWTIE: [number, number][] = [
  [119.899, 30.999],
  [119.9, 31.0],
  [119.9, 30.999],
  [119.899, 31.0],
  [119.899, 30.999],
]
const IN_SHANGHAI = square(121.47, 31.23, 0.001)

const restorationTable = (rings: [number, number][][]): FeatureTable => ({
  collection: OGC_COLLECTIONS.find((c) => c.id === 'restoration-areas')!,
  features: rings.map((r, i) => ({
    id: i + 1,
    geometry: { type: 'MultiPolygon', coordinates: [[r]] },
    values: [1, '长兴测试建筑石料矿', '330522', `东采场复绿区${i + 1}`, null, null, null, null, null],
  })),
})

describe.each(backends)('imports of GIS files on $name PostGIS', (backend) => {
  let t: TestDb
  let w: World
  let planner: Client
  let county: Client
  const counts = async () => {
    const { rows } = await sql<{ areas: number; documents: number; audits: number }>`
      select (select count(*)::int from mine_area) as areas, (select count(*)::int from document) as documents,
        (select count(*)::int from audit_log) as audits`.execute(t.db)
    return rows[0]
  }
  const form = (name: string, content: Uint8Array | string, fields: Record<string, string>) => {
    const f = new FormData()
    f.set('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], name))
    f.set('kind', 'restoration')
    for (const [k, v] of Object.entries(fields)) f.set(k, v)
    return f
  }
  const upload = async (
    name: string,
    content: Uint8Array | string,
    fields: Record<string, string> = {},
    who: Client = planner,
  ) => who.request('POST', `/api/mines/${w.mineId}/imports`, form(name, content, fields))
  const report = async (
    name: string,
    content: Uint8Array | string,
    fields: Record<string, string> = {},
    who: Client = planner,
  ) => {
    const res = await upload(name, content, fields, who)
    const body = await res.json()
    expect(res.status, JSON.stringify(body)).toBe(200)
    return body as Report
  }

  beforeAll(async () => {
    const opened = await openWorld(backend)
    ;({ t, w } = opened)
    planner = opened.c.as('planner')
    county = opened.c.as('county')
  })
  afterAll(() => t.drop())

  it('dry-runs GeoJSON with a crs member (GK zone 40), writes nothing, then commits it all', async () => {
    const gk = INSIDE.map((p) => gaussKruger(p, 40)).map(({ x, y }) => [y, x])
    const doc = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4528' } },
      features: [
        {
          type: 'Feature',
          properties: { name: '西坡复绿' },
          geometry: { type: 'Polygon', coordinates: [gk] },
        },
      ],
    })
    const before = await counts()
    const dry = await report('areas.geojson', doc)
    expect(dry).toMatchObject({
      format: 'geojson',
      kind: 'restoration',
      sourceCrs: 'EPSG:4528',
      committed: false,
    })
    expect(dry.records).toHaveLength(1)
    expect(dry.records[0].problems).toEqual([])
    expect(dry.records[0].name).toBe('西坡复绿')
    // ~96 m × 111 m at 31°N
    expect(dry.records[0].areaM2).toBeGreaterThan(10_000)
    expect(dry.records[0].areaM2).toBeLessThan(11_500)
    expect(await counts()).toEqual(before)

    const done = await report('areas.geojson', doc, { commit: 'true' })
    expect(done.committed).toBe(true)
    expect(done.areaIds).toHaveLength(1)
    const after = await counts()
    expect(after).toEqual({
      areas: before.areas + 1,
      documents: before.documents + 1,
      audits: before.audits + 2,
    })
    const audit = await sql<{ after: { sourceCrs: string; filename: string } }>`
      select after from audit_log where action = 'import.commit'`.execute(t.db)
    expect(audit.rows[0].after).toMatchObject({ sourceCrs: 'EPSG:4528', filename: 'areas.geojson' })
  })

  it('lists every record with its problems and refuses to commit any of them', async () => {
    const doc = JSON.stringify({
      type: 'FeatureCollection',
      features: [INSIDE, BOWTIE, IN_SHANGHAI].map((r, i) => ({
        type: 'Feature',
        properties: { name: `图斑${i + 1}` },
        geometry: { type: 'Polygon', coordinates: [r] },
      })),
    })
    const dry = await report('mixed.geojson', doc)
    expect(dry.records.map((r) => r.problems.map((p) => p.code))).toEqual([
      [],
      [expect.stringMatching(/self_intersection/)],
      ['outside_province'],
    ])
    expect(dry.records[2].problems[0].message).toContain('浙江')
    const before = await counts()
    const res = await upload('mixed.geojson', doc, { commit: 'true' })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({
      error: { code: 'import_has_problems', params: { records: 3, withProblems: 2 } },
    })
    expect(await counts()).toEqual(before)
  })

  it('reads licence corner-point text in zones 39–41, checks the declared area and names an unknown zone', async () => {
    const text = cornerPointsText(INSIDE, 40)
    const plain = await report('拐点.txt', text)
    expect(plain.sourceCrs).toBe('EPSG:4528')
    const declared = ((plain.records[0].areaM2! * 1.005) / 1e6).toFixed(6)
    const ok = await report('拐点.txt', text, { declaredAreaKm2: declared })
    expect(ok.records[0].problems).toEqual([])
    const off = await report('拐点.txt', text, { declaredAreaKm2: '0.02' })
    expect(off.records[0].problems.map((p) => p.code)).toEqual(['area_mismatch'])
    // The same corners written in zone 41 land in the same place (ST_Transform from EPSG:4529).
    const z41 = await report('拐点41.txt', cornerPointsText(INSIDE, 41))
    expect(z41.sourceCrs).toBe('EPSG:4529')
    expect(Math.abs(z41.records[0].areaM2! - ok.records[0].areaM2!)).toBeLessThan(1)
    const z37 = await report('拐点37.txt', text.replace(/,40(\d{6}\.)/g, ',37$1'))
    expect(z37.records[0].problems.map((p) => p.code)).toEqual(['unknown_gk_zone'])
    expect(z37.records[0].problems[0].message).toContain('37')
  })

  it('reads back what /ogc exports: zipped Shapefile, KML and GeoPackage, Chinese intact', async () => {
    const table = restorationTable([INSIDE, square(119.8985, 30.9985, 0.0005)])
    for (const [name, bytes] of [
      ['areas.zip', await shapefileZipBytes(table, 'areas')],
      ['areas.kml', writeKml(table)],
      ['areas.gpkg', await geoPackageBytes(table)],
    ] as const) {
      const dry = await report(name, bytes)
      expect(
        dry.records.map((r) => r.name),
        name,
      ).toEqual(['东采场复绿区1', '东采场复绿区2'])
      expect(
        dry.records.flatMap((r) => r.problems),
        name,
      ).toEqual([])
      expect(dry.sourceCrs, name).toBe('EPSG:4326')
    }
  })

  const featureCollection = (rings: [number, number][][]) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: rings.map((r, i) => ({
        type: 'Feature',
        properties: { name: `矿区范围${i + 1}` },
        geometry: { type: 'Polygon', coordinates: [r] },
      })),
    })

  it('imports a footprint for a county bureau: the old one is replaced (approved, versioned, audited); a planner may not', async () => {
    const doc = featureCollection([square(119.8985, 30.9985, 0.003)])
    const refused = await upload('范围.geojson', doc, { kind: 'footprint', commit: 'true' })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({
      error: { code: 'forbidden', params: { reason: 'role_required' } },
    })
    const footprints = async () =>
      (
        await sql<{ id: number; approval: string; deleted: boolean }>`
          select id, approval, deleted_at is not null as deleted from mine_area
          where mine_id = ${w.mineId} and kind = 'footprint' order by id`.execute(t.db)
      ).rows
    const before = await footprints()
    expect(before.filter((f) => !f.deleted)).toHaveLength(1)
    const dry = await report('范围.geojson', doc, { kind: 'footprint' }, county)
    expect(dry).toMatchObject({ kind: 'footprint', committed: false })
    expect(dry.records[0].problems).toEqual([])
    expect(await footprints()).toEqual(before)
    const done = await report('范围.geojson', doc, { kind: 'footprint', commit: 'true' }, county)
    const after = await footprints()
    expect(after.filter((f) => !f.deleted)).toEqual([
      { id: done.areaIds[0], approval: 'approved', deleted: false },
    ])
    expect(after.find((f) => f.id === before[0].id)!.deleted).toBe(true)
    const versions = await sql<{ change: string }>`
      select change from mine_area_version where area_id in (${before[0].id}, ${done.areaIds[0]}) order by changed_at, change`.execute(
      t.db,
    )
    // The old footprint was loaded without a version row: its deletion and the new one's creation.
    expect(versions.rows.map((v) => v.change).sort()).toEqual(['create', 'delete'])
  })

  it("imports a licensed area from corner points: checked against the licence's 矿区面积, text and CRS kept", async () => {
    const licenceId = (
      await sql<{ id: number }>`select licence_id as id from mine where id = ${w.mineId}`.execute(t.db)
    ).rows[0].id
    const text = cornerPointsText(square(119.897, 30.997, 0.006), 40)
    // The licence declares 0.25 km²; this square is ≈ 0.38 km².
    const dry = await report('许可证拐点.txt', text, { kind: 'licence' }, county)
    expect(dry.records[0].problems.map((p) => p.code)).toEqual(['area_mismatch'])
    expect(dry.records[0].declaredAreaM2).toBe(250_000)
    const declaredAreaKm2 = (dry.records[0].areaM2! / 1e6).toFixed(6)
    const two = await report('两块.geojson', featureCollection([INSIDE, INSIDE]), { kind: 'licence' }, county)
    expect(two.records.map((r) => r.problems.map((p) => p.code))).toEqual([[], ['licence_one_polygon']])
    const refused = await upload('许可证拐点.txt', text, { kind: 'licence', commit: 'true', declaredAreaKm2 })
    expect(refused.status).toBe(403)
    const done = await report(
      '许可证拐点.txt',
      text,
      { kind: 'licence', commit: 'true', declaredAreaKm2 },
      county,
    )
    expect(done).toMatchObject({ committed: true, sourceCrs: 'EPSG:4528', areaIds: [] })
    const { rows } = await sql<{ source_crs: string; corner_points_text: string; km2: number }>`
      select source_crs, corner_points_text, st_area(geom::geography) / 1e6 as km2 from licence
      where id = ${licenceId}`.execute(t.db)
    expect(rows[0]).toMatchObject({ source_crs: 'EPSG:4528', corner_points_text: text })
    expect(rows[0].km2).toBeCloseTo(Number(declaredAreaKm2), 4)
    const corners = await county.get(`/ogc/collections/licences/items/${licenceId}?f=corners`)
    expect(await corners.text()).toContain(text)
    const audit = await sql<{ after: { cornerPointsText: string } }>`
      select after from audit_log where action = 'licence.import'`.execute(t.db)
    expect(audit.rows[0].after.cornerPointsText).toBe(text)
  })

  it('runs a large import as a job: 202, then phase and records processed, then the report; a refused file at once', async () => {
    // 400 small squares in a 30 × 14 grid inside the footprint's reach.
    const rings = Array.from({ length: 400 }, (_, i) =>
      square(119.897 + (i % 30) * 0.0002, 30.997 + Math.floor(i / 30) * 0.0002, 0.00015),
    )
    const before = await counts()
    const start = await planner.request(
      'POST',
      `/api/mines/${w.mineId}/import-jobs`,
      form('网格.geojson', featureCollection(rings), { commit: 'true' }),
    )
    expect(start.status, await start.clone().text()).toBe(202)
    const job = (await start.json()) as { id: number; status: string; total: number }
    expect(job).toMatchObject({ status: 'running', total: 400 })
    expect(start.headers.get('location')).toBe(`/api/import-jobs/${job.id}`)
    const seen: string[] = []
    type Job = { status: string; phase: string; processed: number; report: Report | null }
    let last: Job
    for (;;) {
      const res = await planner.get(`/api/import-jobs/${job.id}`)
      // The embedded database has one connection: while the import's transaction writes, every
      // request (the session lookup too) may be answered 503 database_unavailable, to be retried.
      if (res.status === 503) {
        seen.push('503')
        await new Promise((r) => setTimeout(r, 200))
        continue
      }
      last = (await res.json()) as Job
      seen.push(`${last.phase}:${last.processed}`)
      if (last.status !== 'running') break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(last).toMatchObject({ status: 'done', phase: 'finished', processed: 400 })
    expect(last.report!.areaIds).toHaveLength(400)
    // Progress was seen part way through (checking between batches, or writing).
    expect(seen.some((s) => /^(checking|writing):([1-9]\d*)$/.test(s) && !s.endsWith(':400'))).toBe(true)
    expect((await counts()).areas).toBe(before.areas + 400)
    // Another user does not see the job; a refused file is answered at once and makes no job.
    expect((await county.get(`/api/import-jobs/${job.id}`)).status).toBe(404)
    const jobs = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from import_job`.execute(t.db)).rows[0].n
    const n = await jobs()
    const refused = await planner.request(
      'POST',
      `/api/mines/${w.mineId}/import-jobs`,
      form('areas.zip', '%PDF-1.4 not a zip', {}),
    )
    expect(refused.status).toBe(422)
    expect(await jobs()).toBe(n)
    const distinct = [...new Set(seen)]
    console.log(
      `import job progress (${t.backend.name}, ${seen.length} polls): ${distinct.slice(0, 8).join(' ')} … ${distinct.at(-1)}`,
    )
  }, 120_000)

  const hostile: [string, string, () => Promise<Uint8Array | string> | Uint8Array | string, string][] = [
    ['wrong magic bytes', 'areas.zip', () => new TextEncoder().encode('%PDF-1.4 not a zip'), 'wrong_magic'],
    [
      'a zip with a traversal name',
      'areas.zip',
      () => zipSync({ '../../etc/evil.shp': new Uint8Array(8) }),
      'unsafe_zip_path',
    ],
    [
      'a zip bomb',
      'areas.zip',
      () => zipSync({ 'a.shp': new Uint8Array(40 * 1024 * 1024) }, { level: 9 }),
      'zip_too_large',
    ],
    [
      'a broken .shp',
      'areas.zip',
      async (): Promise<Uint8Array> => {
        const good = await shapefileZipBytes(restorationTable([INSIDE]), 'a')
        const files = Object.fromEntries(
          Object.entries(unzip(good)).map(([k, v]) => [k, k.endsWith('.shp') ? v.subarray(0, 120) : v]),
        )
        return zipSync(files)
      },
      'broken_file',
    ],
    [
      'a KML with an external entity',
      'areas.kml',
      (): string =>
        '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&xxe;</name></Placemark></kml>',
      'external_entity',
    ],
    ['a GeoPackage that is not SQLite', 'areas.gpkg', () => new Uint8Array(64), 'wrong_magic'],
    ['broken GeoJSON', 'areas.geojson', () => '{"type":"FeatureCollection","features":[', 'broken_file'],
  ]
  it.each(hostile)('refuses %s with the database unchanged', async (_, name, content, reason) => {
    const before = await counts()
    const res = await upload(name, await content(), { commit: 'true' })
    const body = (await res.json()) as { error: { code: string; params: { reason: string } } }
    expect(res.status, JSON.stringify(body)).toBe(422)
    expect(body.error).toMatchObject({ code: 'import_refused', params: { reason } })
    expect(await counts()).toEqual(before)
  })
})

import { unzipSync as unzip } from 'fflate'
