import { sql, type Kysely } from 'kysely'

/**
 * Site photos of an on-site verification (R3.3): the photo is a stored document; its position,
 * where the position came from (the file's EXIF read on the server, the device's word, or none)
 * and where it lies against the mine's footprint as PostGIS found it when it was filed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table site_photo (
    id serial primary key,
    mine_id int not null references mine (id),
    document_id int not null unique references document (id),
    uploaded_by int not null references app_user (id),
    agency_id int references organization (id),
    position geometry(Point, 4326),
    position_source text not null check (position_source in ('exif', 'device', 'none')),
    taken_at timestamptz,
    placement text not null check (placement in ('inside', 'outside', 'missing', 'no_footprint')),
    distance_m numeric(12, 1),
    recorded_at timestamptz not null default now(),
    check ((position is null) = (position_source = 'none')),
    check ((placement = 'outside') = (distance_m is not null))
  )`.execute(db)
  await sql`create index site_photo_mine on site_photo (mine_id, id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table site_photo`.execute(db)
}
