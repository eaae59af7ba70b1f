import { sql, type Kysely } from 'kysely'

/** Every geometry column has a GiST index (migrate.test): the site photos' positions too. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index if not exists site_photo_position on site_photo using gist (position)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists site_photo_position`.execute(db)
}
