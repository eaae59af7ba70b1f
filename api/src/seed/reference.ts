import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  parseAnnexCsv,
  parseHolidayCsv,
  PROVINCE_CODE,
  PROVINCE_TARGET_COUNT_2018,
  PROVINCE_TARGET_RATE_2019,
  PROVINCE_TARGET_RATE_2020,
  type AnnexRow,
} from '@zgm/domain'
import { sql } from 'kysely'
import type { Db } from '../db/database'
import { storeHolidayCalendar } from '../calendar/calendar.queries'

/** Where the committed real data lives (see data/SOURCES.md). */
export const DATA_DIR = join(import.meta.dirname, '../../../data')

interface UnitFeature {
  properties: { code: string; name: string; nameEn: string; cityCode?: string; areaKm2: number }
  geometry: unknown
}

function readFeatures(file: string): UnitFeature[] {
  return JSON.parse(readFileSync(join(DATA_DIR, 'boundaries', file), 'utf8')).features
}

/** The annex targets (data/targets/annex-2018.csv), validated by the domain's parser. */
export function readAnnex(): AnnexRow[] {
  return parseAnnexCsv(readFileSync(join(DATA_DIR, 'targets/annex-2018.csv'), 'utf8'))
}

// Per-zoom pre-simplified copies so that low-zoom tiles stay small (PRODUCT §6).
const LOW_TOLERANCE = 0.01
const MID_TOLERANCE = 0.002

/** The State Council's holiday notices, 2018 on (data/calendar/cn-public-holidays.csv). */
export function readHolidayCalendar() {
  return parseHolidayCsv(readFileSync(join(DATA_DIR, 'calendar/cn-public-holidays.csv'), 'utf8'))
}

/** Loads the real boundaries, the annex targets and the holiday calendar; idempotent (skips what is present). */
export async function loadReferenceData(db: Db): Promise<void> {
  await storeHolidayCalendar(db, readHolidayCalendar())
  const present = await db
    .selectFrom('admin_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  if (Number(present.n) > 0) return
  await db.transaction().execute(async (tx) => {
    const levels: [string, UnitFeature[], (f: UnitFeature) => string | null][] = [
      ['province', readFeatures('province.geojson'), () => null],
      ['city', readFeatures('cities.geojson'), () => PROVINCE_CODE],
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
    // The annex's city rows and the seed's province-wide goals (§3(二)1), all set on 2018-02-01.
    const goals: (readonly [code: string, count2018: number, rate2019: number, rate2020: number])[] = [
      ...readAnnex().map((r) => [r.cityCode, r.targetCount2018, r.targetRate2019, r.targetRate2020] as const),
      [PROVINCE_CODE, PROVINCE_TARGET_COUNT_2018, PROVINCE_TARGET_RATE_2019, PROVINCE_TARGET_RATE_2020],
    ]
    for (const [code, count2018, rate2019, rate2020] of goals) {
      const base = { region_code: code, source: 'annex' as const, set_on: '2018-02-01' }
      await tx
        .insertInto('target')
        .values([
          { ...base, year: 2018, kind: 'count', value: count2018 },
          { ...base, year: 2019, kind: 'rate', value: rate2019 },
          { ...base, year: 2020, kind: 'rate', value: rate2020 },
        ])
        .execute()
    }
  })
}
