/**
 * Checks the committed boundary layers and the annex targets (data/boundaries, data/targets).
 * The first block reads the files only; the second loads them into PostGIS (the embedded
 * one provided by the project's Vitest globalSetup, plus the server one when
 * TEST_DATABASE_URL is set; without a globalSetup it starts its own PGlite) and checks
 * validity and that the cities and the province are the dissolve of the counties.
 * Rebuild the files with `npx tsx scripts/build-boundaries.ts`.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomBytes } from 'node:crypto'
import { cityCodeOf, isCityCode, type LngLat } from '@zgm/domain'
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import pg from 'pg'
import type { Backend } from '../api/src/testing/global-setup'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

type Feature<P> = {
  type: 'Feature'
  properties: P
  geometry: { type: string; coordinates: LngLat[][][] }
}
type FC<P> = { type: 'FeatureCollection'; features: Feature<P>[]; crs?: unknown }
type CountyProps = { code: string; name: string; nameEn: string; cityCode: string; areaKm2: number }
type CityProps = { code: string; name: string; nameEn: string; areaKm2: number }

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T
const counties = readJson<FC<CountyProps>>('data/boundaries/counties.geojson')
const cities = readJson<FC<CityProps>>('data/boundaries/cities.geojson')
const province = readJson<FC<CityProps>>('data/boundaries/province.geojson')

function readAnnex() {
  const [header, ...lines] = readFileSync(join(ROOT, 'data/targets/annex-2018.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
  const cols = header!.split(',')
  return {
    cols,
    rows: lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v]))),
  }
}

/** Shoelace sum; > 0 means counter-clockwise in lon/lat. */
const signedArea = (ring: LngLat[]) =>
  ring.reduce((s, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!
    return s + (x1 * y2 - x2 * y1)
  }, 0) / 2

describe('boundary files', () => {
  const countyCodes = counties.features.map((f) => f.properties.code)
  const cityCodes = cities.features.map((f) => f.properties.code)

  it('has 89 counties with unique Zhejiang codes', () => {
    expect(counties.features).toHaveLength(89)
    expect(new Set(countyCodes).size).toBe(89)
    for (const code of countyCodes) expect(code).toMatch(/^33\d{4}$/)
  })

  it('has 11 cities, each county in one of them and every city used', () => {
    expect(cities.features).toHaveLength(11)
    expect(new Set(cityCodes).size).toBe(11)
    for (const code of cityCodes) expect(isCityCode(code)).toBe(true)
    for (const f of counties.features) {
      expect(cityCodes).toContain(f.properties.cityCode)
      expect(f.properties.cityCode).toBe(cityCodeOf(f.properties.code))
    }
    for (const c of cityCodes) expect(counties.features.some((f) => f.properties.cityCode === c)).toBe(true)
  })

  it('uses the 2017-era codes (before the 2019 Longgang and 2021 Hangzhou changes)', () => {
    for (const code of ['330103', '330104', '330112', '330213', '331083', '330327'])
      expect(countyCodes).toContain(code)
    for (const code of ['330113', '330114', '330383', '330185', '331021', '330283', '330204'])
      expect(countyCodes).not.toContain(code)
  })

  it('has the 1 province feature and complete properties', () => {
    expect(province.features).toHaveLength(1)
    expect(province.features[0]!.properties).toMatchObject({
      code: '330000',
      name: '浙江省',
      nameEn: 'Zhejiang',
    })
    for (const f of [...counties.features, ...cities.features]) {
      expect(f.properties.name).toMatch(/^\p{Script=Han}+$/u)
      expect(f.properties.nameEn).toMatch(/^[A-Z][a-z']+$/)
      expect(f.properties.areaKm2).toBeGreaterThan(0)
    }
  })

  it('is RFC 7946: MultiPolygons, no crs, 6 decimals, CCW shells and CW holes', () => {
    const bad: string[] = []
    for (const fc of [counties, cities, province]) {
      expect(fc.type).toBe('FeatureCollection')
      expect(fc.crs).toBeUndefined()
      for (const f of fc.features) {
        const id = f.properties.code
        if (f.geometry.type !== 'MultiPolygon') bad.push(`${id}: ${f.geometry.type}`)
        for (const polygon of f.geometry.coordinates)
          polygon.forEach((ring, i) => {
            const [x0, y0] = ring[0]!
            const [xn, yn] = ring[ring.length - 1]!
            if (ring.length < 4 || x0 !== xn || y0 !== yn) bad.push(`${id}: ring not closed`)
            if ((i === 0) !== signedArea(ring) > 0)
              bad.push(`${id}: ${i ? 'hole' : 'shell'} wrongly oriented`)
            for (const [x, y] of ring) {
              if (!(x > 118 && x < 123.5 && y > 27 && y < 31.5)) bad.push(`${id}: ${x},${y} outside Zhejiang`)
              if (
                Math.abs(x * 1e6 - Math.round(x * 1e6)) > 1e-3 ||
                Math.abs(y * 1e6 - Math.round(y * 1e6)) > 1e-3
              )
                bad.push(`${id}: ${x},${y} not on 6 decimals`)
            }
          })
      }
    }
    expect(bad.slice(0, 10)).toEqual([])
  })

  it('has consistent areas (≈107,170 km², +1.6% on the official 105,500 km² land area)', () => {
    const total = province.features[0]!.properties.areaKm2
    expect(total).toBeGreaterThan(106_000)
    expect(total).toBeLessThan(108_500)
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    expect(Math.abs(sum(cities.features.map((f) => f.properties.areaKm2)) - total)).toBeLessThan(1)
    expect(Math.abs(sum(counties.features.map((f) => f.properties.areaKm2)) - total)).toBeLessThan(1)
    for (const c of cities.features) {
      const parts = counties.features.filter((f) => f.properties.cityCode === c.properties.code)
      expect(Math.abs(sum(parts.map((f) => f.properties.areaKm2)) - c.properties.areaKm2)).toBeLessThan(0.5)
    }
  })
})

describe('annex-2018.csv', () => {
  const { cols, rows } = readAnnex()
  const sum = (k: string) => rows.reduce((s, r) => s + Number(r[k]), 0)

  it('has the agreed columns and one row per city, no total row', () => {
    expect(cols).toEqual([
      'city_code',
      'city_name',
      'producing_2017',
      'under_construction_2017',
      'target_count_2018',
      'target_rate_2019',
      'target_rate_2020',
    ])
    expect(rows).toHaveLength(11)
    expect(rows.map((r) => r.city_code).sort()).toEqual(cities.features.map((f) => f.properties.code).sort())
    const names = new Map(cities.features.map((f) => [f.properties.code, f.properties.name]))
    for (const r of rows) expect(r.city_name).toBe(names.get(r.city_code!))
  })

  it('sums to the annex totals 526 / 92 / 180 with decimal rates', () => {
    expect(sum('producing_2017')).toBe(526)
    expect(sum('under_construction_2017')).toBe(92)
    expect(sum('target_count_2018')).toBe(180)
    for (const r of rows) {
      for (const k of ['producing_2017', 'under_construction_2017', 'target_count_2018'])
        expect(r[k]).toMatch(/^\d+$/)
      expect(Number(r.target_rate_2019)).toBe(0.85)
      expect(Number(r.target_rate_2020)).toBe(1)
      expect(r.target_rate_2020).toBe('1.00')
    }
  })
})

// ---------------------------------------------------------------------------
// PostGIS checks
// ---------------------------------------------------------------------------
type Query = <R>(text: string, params?: unknown[]) => Promise<R[]>
interface Conn {
  name: string
  query: Query
  close(): Promise<void>
}

function provided(): Backend[] {
  try {
    return inject('backends') ?? []
  } catch {
    return []
  }
}

async function connectPg(b: Backend): Promise<Conn> {
  const client = new pg.Client({ connectionString: b.url })
  await client.connect()
  const schema = `bnd_${randomBytes(5).toString('hex')}`
  await client.query(`create schema ${schema}`)
  await client.query(`set search_path = ${schema}, public`)
  return {
    name: b.name,
    query: async (text, params) => (await client.query(text, params as unknown[])).rows,
    async close() {
      await client.query(`drop schema ${schema} cascade`)
      await client.end()
    },
  }
}

async function startPglite(): Promise<Conn> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { postgis } = await import('@electric-sql/pglite-postgis')
  const db = await PGlite.create({ extensions: { postgis } })
  await db.exec('create extension if not exists postgis')
  return {
    name: 'pglite (own)',
    query: async <R>(text: string, params?: unknown[]) => (await db.query<R>(text, params)).rows,
    close: () => db.close(),
  }
}

const backendList = provided()
const targets: (Backend | null)[] = backendList.length ? backendList : [null]

describe.each(targets.map((b) => ({ b, name: b ? b.name : 'pglite (own)' })))(
  'in PostGIS ($name)',
  ({ b }) => {
    let conn: Conn

    beforeAll(async () => {
      conn = b ? await connectPg(b) : await startPglite()
      await conn.query(
        `create table bnd (layer text, code text, parent text, geom geometry(MultiPolygon, 4326))`,
      )
      const load = async (layer: string, fc: FC<CityProps & { cityCode?: string }>) => {
        for (const f of fc.features)
          await conn.query(`insert into bnd values ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326))`, [
            layer,
            f.properties.code,
            f.properties.cityCode ?? null,
            JSON.stringify(f.geometry),
          ])
      }
      await load('county', counties)
      await load('city', cities)
      await load('province', province)
    }, 300_000)

    afterAll(async () => {
      await conn?.close()
    })

    it('all 101 geometries are valid, non-empty and of SRID 4326', async () => {
      const rows = await conn.query<{ layer: string; n: number; invalid: number; empty: number }>(
        `select layer, count(*)::int n,
              count(*) filter (where not ST_IsValid(geom))::int invalid,
              count(*) filter (where ST_IsEmpty(geom))::int empty
       from bnd group by layer order by layer`,
      )
      expect(rows).toEqual([
        { layer: 'city', n: 11, invalid: 0, empty: 0 },
        { layer: 'county', n: 89, invalid: 0, empty: 0 },
        { layer: 'province', n: 1, invalid: 0, empty: 0 },
      ])
    })

    it('each city is the union of its counties (symmetric difference < 1e-6 of the area)', async () => {
      const rows = await conn.query<{ code: string; rel: number }>(
        `with u as (select parent, ST_Union(geom) g from bnd where layer = 'county' group by parent)
       select c.code, ST_Area(ST_SymDifference(u.g, c.geom)) / ST_Area(c.geom) rel
       from bnd c join u on u.parent = c.code where c.layer = 'city' order by c.code`,
      )
      expect(rows).toHaveLength(11)
      for (const r of rows) expect(r.rel, r.code).toBeLessThan(1e-6)
    })

    it('the province is the union of the cities and of the counties', async () => {
      const rows = await conn.query<{ layer: string; rel: number }>(
        `with p as (select geom from bnd where layer = 'province')
       select l.layer, ST_Area(ST_SymDifference(ST_Union(l.geom), (select geom from p))) / (select ST_Area(geom) from p) rel
       from bnd l where l.layer in ('city', 'county') group by l.layer`,
      )
      expect(rows).toHaveLength(2)
      for (const r of rows) expect(r.rel, r.layer).toBeLessThan(1e-6)
    })

    it('counties barely overlap each other (< 1 km² in total)', async () => {
      const [row] = await conn.query<{ km2: number }>(
        `select coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom)::geography)), 0) / 1e6 km2
       from bnd a join bnd b on a.layer = 'county' and b.layer = 'county' and a.code < b.code
        and ST_Intersects(a.geom, b.geom)`,
      )
      expect(Number(row!.km2)).toBeLessThan(1)
    })
  },
)
