import { sql, type Kysely } from 'kysely'

/**
 * The inbox: a notification of new work, written in the transaction of the step that creates the
 * work. It is addressed to one user, or to a role in a region (county/city/province bureaus) or of
 * an organisation (an agency's evaluators, an enterprise's users); each reader marks it read for
 * themselves (notification_read), so one bureau user reading it does not hide it from another.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table notification (
    id serial primary key,
    recipient_user_id int references app_user (id),
    recipient_role text,
    recipient_region text,
    recipient_org int references organization (id),
    kind text not null,
    mine_id int references mine (id),
    params jsonb not null default '{}',
    created_at timestamptz not null default now(),
    check (recipient_user_id is not null or recipient_role is not null)
  )`.execute(db)
  await sql`create index notification_role on notification (recipient_role, recipient_region, recipient_org, id)`.execute(
    db,
  )
  await sql`create index notification_user on notification (recipient_user_id, id)`.execute(db)
  await sql`create table notification_read (
    notification_id int not null references notification (id),
    user_id int not null references app_user (id),
    read_at timestamptz not null default now(),
    primary key (notification_id, user_id)
  )`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table notification_read`.execute(db)
  await sql`drop table notification`.execute(db)
}
