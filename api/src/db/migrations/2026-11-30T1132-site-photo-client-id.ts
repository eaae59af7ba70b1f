import { sql, type Kysely } from 'kysely'

/**
 * Photos sent from a phone's outbox carry the outbox item's id (`client_id`): a resend finds the
 * photo already stored instead of storing it twice. `inspection_client_id` ties a photo to the
 * field inspection it was taken for (the inspection may reach the server before or after it).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table site_photo add column client_id uuid unique`.execute(db)
  await sql`alter table site_photo add column inspection_client_id uuid`.execute(db)
  await sql`create index site_photo_inspection on site_photo (inspection_client_id) where inspection_client_id is not null`.execute(
    db,
  )
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index site_photo_inspection`.execute(db)
  await sql`alter table site_photo drop column inspection_client_id`.execute(db)
  await sql`alter table site_photo drop column client_id`.execute(db)
}
