import { sql } from 'kysely'
import type { Db } from '../db/database'
import { hashPassword } from './password'
import type { UserRole } from './roles'

export const PASSWORD = 'correct horse 1'

const SQUARE = 'MULTIPOLYGON(((120 30,120.1 30,120.1 30.1,120 30.1,120 30)))'

/** A few admin units (real codes, stand-in geometry) for the foreign keys of region users. */
export async function insertRegions(db: Db): Promise<void> {
  const units: [string, string, string | null][] = [
    ['330000', 'province', null],
    ['330500', 'city', '330000'],
    ['330522', 'county', '330500'],
    ['330100', 'city', '330000'],
    ['330110', 'county', '330100'],
  ]
  for (const [code, level, parent] of units) {
    const g = sql`st_geomfromtext(${SQUARE}, 4326)`
    await sql`insert into admin_unit (code, level, parent_code, name, name_en, valid_from, area_km2, geom, geom_low, geom_mid, label_point)
      values (${code}, ${level}, ${parent}, ${'unit ' + code}, ${'unit ' + code}, '2017-01-01', 1, ${g}, ${g}, ${g}, st_pointonsurface(${g}))`.execute(
      db,
    )
  }
}

export async function insertOrganization(
  db: Db,
  kind: 'enterprise' | 'agency' | 'bureau',
  name = `${kind} co`,
) {
  const row = await db
    .insertInto('organization')
    .values({ kind, name })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export interface TestUser {
  username: string
  role: UserRole
  region?: string | null
  organizationId?: number | null
  isDemo?: boolean
  disabled?: boolean
  password?: string
}

export async function insertUser(db: Db, u: TestUser): Promise<number> {
  const row = await db
    .insertInto('app_user')
    .values({
      username: u.username,
      display_name: `${u.username} (test)`,
      password_hash: await hashPassword(u.password ?? PASSWORD),
      role: u.role,
      region_code: u.region ?? null,
      organization_id: u.organizationId ?? null,
      is_demo: u.isDemo ?? false,
      disabled_at: u.disabled ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
