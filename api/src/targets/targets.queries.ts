import type { Conn } from '../db/database'

/** The counties of a city, by code. */
export function countiesOf(db: Conn, cityCode: string) {
  return db
    .selectFrom('admin_unit')
    .select(['code', 'name'])
    .where('parent_code', '=', cityCode)
    .where('level', '=', 'county')
    .orderBy('code')
    .execute()
}

export function adminUnit(db: Conn, code: string) {
  return db
    .selectFrom('admin_unit')
    .select(['code', 'name', 'level'])
    .where('code', '=', code)
    .executeTakeFirst()
}

/** The county targets a city has set for a year. */
export function countyTargetsOf(db: Conn, cityCode: string, year: number) {
  return db
    .selectFrom('target as t')
    .innerJoin('admin_unit as a', 'a.code', 't.region_code')
    .leftJoin('app_user as u', 'u.id', 't.set_by')
    .select(['t.region_code', 't.kind', 't.value', 't.set_on', 'u.username as set_by'])
    .where('a.parent_code', '=', cityCode)
    .where('t.year', '=', year)
    .where('t.source', '=', 'city')
    .orderBy('t.region_code')
    .execute()
}

/** Sets one county's target for a year (the city's split), replacing the one it had. */
export async function upsertCountyTarget(
  db: Conn,
  t: {
    year: number
    countyCode: string
    kind: 'count' | 'rate'
    value: number
    setBy: number
    setOn: string
  },
) {
  await db
    .insertInto('target')
    .values({
      year: t.year,
      region_code: t.countyCode,
      kind: t.kind,
      value: t.value,
      source: 'city',
      set_by: t.setBy,
      set_on: t.setOn,
    })
    .onConflict((oc) =>
      oc.columns(['year', 'region_code']).doUpdateSet({
        kind: t.kind,
        value: t.value,
        source: 'city',
        set_by: t.setBy,
        set_on: t.setOn,
      }),
    )
    .execute()
}

/** Whether a year is closed (its targets can no longer change), and when. */
export async function yearClosedAt(db: Conn, year: number): Promise<string | null> {
  const row = await db
    .selectFrom('year_close')
    .select('closed_at')
    .where('year', '=', year)
    .executeTakeFirst()
  return row ? new Date(row.closed_at).toISOString() : null
}
