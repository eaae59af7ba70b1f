import { sql, type Kysely } from 'kysely'

/**
 * Two clocks (business date `occurred_on`, knowledge time `recorded_at`): events held for the
 * province's approval when dated too far back, and the closed years (R7) whose figures are
 * frozen. A closed year is never updated or deleted (trigger), like the audit log.
 */
const ddl = `
create index mine_event_recorded on mine_event (recorded_at);

create table backdated_entry (
  id serial primary key,
  mine_id int not null references mine (id),
  machine text not null check (machine in ('green', 'ops')),
  event_type text not null,
  occurred_on date not null,
  request jsonb not null,
  reason text not null check (length(reason) > 0),
  requested_by int not null references app_user (id),
  requested_at timestamptz not null default now(),
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  decided_by int references app_user (id),
  decided_at timestamptz,
  decision_reason text,
  event_id bigint references mine_event (id),
  check ((status = 'pending') = (decided_at is null)),
  check ((status = 'approved') = (event_id is not null))
);
create index backdated_entry_status on backdated_entry (status, requested_at);

create table year_close (
  year int primary key check (year between 2018 and 2100),
  as_of date not null,
  policy_id text not null,
  closed_at timestamptz not null default now(),
  closed_by int not null references app_user (id),
  figures jsonb not null
);

create function year_close_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'a closed year is frozen: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger year_close_frozen before update or delete on year_close
  for each row execute function year_close_refuse_change();
`

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(ddl).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table year_close`.execute(db)
  await sql`drop function year_close_refuse_change()`.execute(db)
  await sql`drop table backdated_entry`.execute(db)
  await sql`drop index mine_event_recorded`.execute(db)
}
