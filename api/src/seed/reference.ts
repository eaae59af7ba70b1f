import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { Db } from '../db/database'

/** Where the committed real data lives (see data/SOURCES.md). */
export const DATA_DIR = join(import.meta.dirname, '../../../data')

interface UnitFeature {
  properties: { code: string; name: string; nameEn: string; cityCode?: string; areaKm2: number }
  geometry: unknown
}

export interface AnnexRow {
  cityCode: string
  cityName: string
  producing2017: number
  underConstruction2017: number
  targetCount2018: number
  targetRate2019: number
  targetRate2020: number
}

function readFeatures(file: string): UnitFeature[] {
  return JSON.parse(readFileSync(join(DATA_DIR, 'boundaries', file), 'utf8')).features
}

export function readAnnex(): AnnexRow[] {
  const [header, ...lines] = readFileSync(join(DATA_DIR, 'targets/annex-2018.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
  const cols = header.split(',')
  return lines.map((line) => {
    const v = Object.fromEntries(line.split(',').map((cell, i) => [cols[i], cell]))
    return {
      cityCode: v.city_code,
      cityName: v.city_name,
      producing2017: Number(v.producing_2017),
      underConstruction2017: Number(v.under_construction_2017),
      targetCount2018: Number(v.target_count_2018),
      targetRate2019: Number(v.target_rate_2019),
      targetRate2020: Number(v.target_rate_2020),
    }
  })
}

// Per-zoom pre-simplified copies so that low-zoom tiles stay small (PRODUCT §6).
const LOW_TOLERANCE = 0.01
const MID_TOLERANCE = 0.002

/** Loads the real boundaries and the annex targets; idempotent (skips when present). */
export async function loadReferenceData(db: Db): Promise<void> {
  const present = await db
    .selectFrom('admin_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  if (Number(present.n) > 0) return
  await db.transaction().execute(async (tx) => {
    const levels: [string, UnitFeature[], (f: UnitFeature) => string | null][] = [
      ['province', readFeatures('province.geojson'), () => null],
      ['city', readFeatures('cities.geojson'), () => '330000'],
      ['county', readFeatures('counties.geojson'), (f) => f.properties.cityCode ?? null],
    ]
    for (const [level, features, parent] of levels) {
      for (const f of features) {
        const p = f.properties
        const geom = sql`st_multi(st_setsrid(st_geomfromgeojson(${JSON.stringify(f.geometry)}), 4326))`
        await sql`
          insert into admin_unit (code, level, parent_code, name, name_en, valid_from, area_km2, geom, geom_low, geom_mid, label_point)
          select ${p.code}, ${level}, ${parent(f)}, ${p.name}, ${p.nameEn}, '2017-01-01', ${p.areaKm2}, g,
            st_multi(st_collectionextract(st_makevalid(st_simplifypreservetopology(g, ${LOW_TOLERANCE})), 3)),
            st_multi(st_collectionextract(st_makevalid(st_simplifypreservetopology(g, ${MID_TOLERANCE})), 3)),
            st_pointonsurface(g)
          from (select ${geom} as g) s`.execute(tx)
      }
    }
    for (const row of readAnnex()) {
      const base = { region_code: row.cityCode, source: 'annex' as const, set_on: '2018-02-01' }
      await tx
        .insertInto('target')
        .values([
          { ...base, year: 2018, kind: 'count', value: row.targetCount2018 },
          { ...base, year: 2019, kind: 'rate', value: row.targetRate2019 },
          { ...base, year: 2020, kind: 'rate', value: row.targetRate2020 },
        ])
        .execute()
    }
    await tx
      .insertInto('target')
      .values([
        {
          year: 2018,
          region_code: '330000',
          kind: 'count',
          value: 180,
          source: 'annex',
          set_on: '2018-02-01',
        },
        {
          year: 2019,
          region_code: '330000',
          kind: 'rate',
          value: 0.85,
          source: 'annex',
          set_on: '2018-02-01',
        },
        { year: 2020, region_code: '330000', kind: 'rate', value: 1, source: 'annex', set_on: '2018-02-01' },
      ])
      .execute()
  })
}
