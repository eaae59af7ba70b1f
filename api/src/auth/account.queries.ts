import type { Insertable, Transaction } from 'kysely'
import type { Db } from '../db/database'
import type { AppUserTable, DB } from '../db/schema'

export function findAdminUnit(db: Db, code: string) {
  return db
    .selectFrom('admin_unit')
    .select(['code', 'level', 'name'])
    .where('code', '=', code)
    .executeTakeFirst()
}

export function findOrganization(db: Db, id: number) {
  return db.selectFrom('organization').select(['id', 'kind', 'name']).where('id', '=', id).executeTakeFirst()
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst()
  return row !== undefined
}

export function insertUser(db: Db | Transaction<DB>, user: Insertable<AppUserTable>) {
  return db
    .insertInto('app_user')
    .values(user)
    .returning(['id', 'username', 'display_name', 'role', 'region_code', 'organization_id'])
    .executeTakeFirstOrThrow()
}
