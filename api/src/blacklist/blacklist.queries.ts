import { sql } from 'kysely'
import type { Conn } from '../db/database'

export function blacklistRows(db: Conn, status: 'current' | 'all') {
  return db
    .selectFrom('blacklist_entry as b')
    .innerJoin('organization as o', 'o.id', 'b.organization_id')
    .leftJoin('mine as m', 'm.id', 'b.mine_id')
    .select([
      'b.id',
      'b.subject',
      'o.name as enterprise_name',
      'b.person_name',
      'b.person_role',
      'm.name as mine_name',
      'b.reason',
      sql<string>`cast(b.listed_on as text)`.as('listed_on'),
      sql<string | null>`cast(b.delisted_on as text)`.as('delisted_on'),
      'b.delisting_reason',
    ])
    .$if(status === 'current', (qb) => qb.where('b.delisted_on', 'is', null))
    .orderBy('b.listed_on', 'desc')
    .orderBy('b.id')
    .execute()
}

export type BlacklistRow = Awaited<ReturnType<typeof blacklistRows>>[number]

export function exposureRows(db: Conn) {
  return db
    .selectFrom('directory_entry as d')
    .innerJoin('mine as m', 'm.id', 'd.mine_id')
    .innerJoin('organization as o', 'o.id', 'm.enterprise_id')
    .innerJoin('admin_unit as c', 'c.code', 'm.county_code')
    .leftJoin('publicity as p', 'p.id', 'd.exposure_publicity_id')
    .select([
      'm.name as mine_name',
      'o.name as enterprise_name',
      'c.name as county_name',
      sql<string>`cast(d.entered_on as text)`.as('entered_on'),
      sql<string>`cast(d.removed_on as text)`.as('removed_on'),
      'd.removal_reason',
      'p.id as notice_id',
      'p.title as notice_title',
    ])
    .where('d.removed_on', 'is not', null)
    .orderBy('d.removed_on', 'desc')
    .execute()
}

export type ExposureRow = Awaited<ReturnType<typeof exposureRows>>[number]

export function findBlacklistEntry(db: Conn, id: number) {
  return db
    .selectFrom('blacklist_entry')
    .select([
      'id',
      sql<string | null>`cast(delisted_on as text)`.as('delisted_on'),
      sql<string>`cast(listed_on as text)`.as('listed_on'),
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function delist(db: Conn, id: number, d: { on: string; reason: string; userId: number }) {
  await db
    .updateTable('blacklist_entry')
    .set({ delisted_on: d.on, delisting_reason: d.reason, delisted_by: d.userId })
    .where('id', '=', id)
    .execute()
}
