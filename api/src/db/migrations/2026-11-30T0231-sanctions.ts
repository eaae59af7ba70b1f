import { sql, type Kysely } from 'kysely'

/**
 * Issue 10, items 4 and 5: the official holiday calendar, public objections and their decisions,
 * archived originals as stored documents, committed spot-check draws (one per region and period),
 * re-checks by a newly drawn agency, removal confirmed by the province, and delisting decisions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table holiday_calendar (
  day date primary key,
  kind text not null check (kind in ('holiday', 'workday')),
  name text not null,
  year int not null,
  notice text not null
);

alter table publicity add column working_days int;

alter table objection
  alter column submitter_name set default '',
  alter column submitter_contact set default '',
  add column decision_reason text,
  add column decided_by int references app_user (id),
  add column attachment_document_id int references document (id),
  add column client_key text,
  add column received_at timestamptz not null default now();
create index objection_publicity on objection (publicity_id);
create index objection_client on objection (client_key, received_at);

create table archived_original (
  id serial primary key,
  mine_id int not null references mine (id),
  publicity_id int references publicity (id),
  event_id int references mine_event (id),
  self_assessment_document_id int not null references document (id),
  verification_report_document_id int not null references document (id),
  archived_on date not null
);
create index archived_original_mine on archived_original (mine_id);

alter table spot_check_draw
  alter column seed drop not null,
  alter column result drop not null,
  add column level text check (level in ('county', 'city', 'province')),
  add column period text,
  add column seed_hash text,
  add column commit_entropy text,
  add column committed_on date,
  add column revealed_on date,
  add column inspectors jsonb,
  add column size jsonb,
  add column inspectors_per_mine int;
create unique index spot_check_draw_one_per_period on spot_check_draw (region_code, period)
  where period is not null;

alter table evaluator_assignment
  add column purpose text not null default 'verification' check (purpose in ('verification', 'recheck'));

alter table rectification_order
  add column recheck_assignment_id int references evaluator_assignment (id),
  add column removal_confirmed_by int references app_user (id);

alter table blacklist_entry
  add column delisting_reason text,
  add column delisted_by int references app_user (id);
`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
alter table blacklist_entry drop column delisting_reason, drop column delisted_by;
alter table rectification_order drop column recheck_assignment_id, drop column removal_confirmed_by;
alter table evaluator_assignment drop column purpose;
drop index spot_check_draw_one_per_period;
alter table spot_check_draw
  drop column level, drop column period, drop column seed_hash, drop column commit_entropy,
  drop column committed_on, drop column revealed_on, drop column inspectors, drop column size,
  drop column inspectors_per_mine;
drop table archived_original;
alter table objection
  drop column decision_reason, drop column decided_by, drop column attachment_document_id,
  drop column client_key, drop column received_at;
alter table publicity drop column working_days;
drop table holiday_calendar;
`.execute(db)
}
