import { sql, type Kysely } from 'kysely'

/**
 * The registry's dated facts (issue 10): a licence's terms as a history (a renewal adds a term,
 * nothing is overwritten), its holder changes, suspensions and cancellation as events, the
 * machine-made sand equipment as installed/removed facts, and the green-mine duties of each
 * transfer contract (R5). Today's single licence term becomes the first term of each history, and
 * today's equipment flag an installation dated at the licence's start. A stop-production order
 * (R4) carries its rectification deadline.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table licence_term (
      id serial primary key,
      licence_id int not null references licence (id),
      seq int not null check (seq >= 1),
      valid_from date not null,
      valid_to date not null check (valid_to > valid_from),
      registered_on date not null,
      kind text not null check (kind in ('granted', 'renewed')),
      recorded_by int references app_user (id),
      recorded_at timestamptz not null default now(),
      unique (licence_id, seq)
    )`.execute(db)
  await sql`
    insert into licence_term (licence_id, seq, valid_from, valid_to, registered_on, kind)
    select id, 1, valid_from, valid_to, least(valid_from, status_on), 'granted' from licence`.execute(db)

  await sql`
    create table licence_event (
      id serial primary key,
      licence_id int not null references licence (id),
      kind text not null check (kind in ('registered', 'renewed', 'transferred', 'suspended', 'reinstated', 'cancelled')),
      occurred_on date not null,
      from_holder_id int references organization (id),
      to_holder_id int references organization (id),
      reason text not null default '',
      actor_user_id int references app_user (id),
      recorded_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index licence_event_licence on licence_event (licence_id, occurred_on)`.execute(db)
  await sql`alter table licence drop constraint licence_status_check`.execute(db)
  await sql`alter table licence add constraint licence_status_check
    check (status in ('registered', 'transferred', 'suspended', 'cancelled'))`.execute(db)

  await sql`
    create table mine_equipment_event (
      id serial primary key,
      mine_id int not null references mine (id),
      change text not null check (change in ('installed', 'removed')),
      occurred_on date not null,
      note text not null default '',
      actor_user_id int references app_user (id),
      recorded_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index mine_equipment_event_mine on mine_equipment_event (mine_id, occurred_on)`.execute(db)
  await sql`
    insert into mine_equipment_event (mine_id, change, occurred_on, note)
    select m.id, 'installed', l.valid_from, 'migrated from has_sand_equipment'
    from mine m join licence l on l.id = m.licence_id where m.has_sand_equipment`.execute(db)

  await sql`
    create table licence_contract (
      id serial primary key,
      licence_id int not null references licence (id),
      contract_no text not null,
      signed_on date not null,
      announcement_ref text not null,
      duties text[] not null,
      document_id int references document (id),
      recorded_by int references app_user (id),
      recorded_at timestamptz not null default now(),
      unique (licence_id, contract_no)
    )`.execute(db)

  await sql`alter table suspension add column deadline date check (deadline is null or deadline > ordered_on)`.execute(
    db,
  )
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table suspension drop column deadline`.execute(db)
  await sql`drop table licence_contract`.execute(db)
  await sql`drop table mine_equipment_event`.execute(db)
  await sql`update licence set status = 'registered' where status = 'suspended'`.execute(db)
  await sql`alter table licence drop constraint licence_status_check`.execute(db)
  await sql`alter table licence add constraint licence_status_check
    check (status in ('registered', 'transferred', 'cancelled'))`.execute(db)
  await sql`drop table licence_event`.execute(db)
  await sql`drop table licence_term`.execute(db)
}
