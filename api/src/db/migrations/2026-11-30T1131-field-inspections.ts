import { sql, type Kysely } from 'kysely'

/**
 * Field inspections (issue 16 §4–5): one row per inspection recorded on site, keyed by the id the
 * phone's outbox gave it (`client_id`), so that a resend can never make a second row. The disturbed
 * area the inspector sketched is kept as drawn, with the part of it outside the licence polygon
 * as PostGIS measured it; above the tolerance that part raises an out-of-boundary alert (越界开采).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table field_inspection (
    id serial primary key,
    client_id uuid not null unique,
    mine_id int not null references mine (id),
    inspector_id int not null references app_user (id),
    region_code text not null,
    on_date date not null,
    recorded_at timestamptz not null,
    received_at timestamptz not null default now(),
    checklist jsonb not null default '[]',
    findings text not null default '',
    sketch geometry(MultiPolygon, 4326),
    sketch_area_m2 numeric(14, 1),
    outside_area_m2 numeric(14, 1),
    base_version int not null,
    body_hash text not null,
    check ((sketch is null) = (outside_area_m2 is null))
  )`.execute(db)
  await sql`create index field_inspection_mine on field_inspection (mine_id, id)`.execute(db)
  await sql`create index field_inspection_sketch on field_inspection using gist (sketch)`.execute(db)
  await sql`create table boundary_alert (
    id serial primary key,
    mine_id int not null references mine (id),
    inspection_id int not null unique references field_inspection (id),
    region_code text not null,
    area_m2 numeric(14, 1) not null check (area_m2 > 0),
    outside geometry(MultiPolygon, 4326) not null,
    raised_at timestamptz not null default now(),
    state text not null default 'open' check (state in ('open', 'acknowledged')),
    acknowledged_by int references app_user (id),
    acknowledged_at timestamptz
  )`.execute(db)
  await sql`create index boundary_alert_region on boundary_alert (region_code, state, id)`.execute(db)
  await sql`create index boundary_alert_outside on boundary_alert using gist (outside)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table boundary_alert`.execute(db)
  await sql`drop table field_inspection`.execute(db)
}
