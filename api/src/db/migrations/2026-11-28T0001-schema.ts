import { sql, type Kysely } from 'kysely'

/** The whole domain (PRODUCT.md §2–§4). Frozen: later changes go in new migrations. */
const ddl = /* sql */ `
create extension if not exists postgis;

create table admin_unit (
  code char(6) primary key check (code ~ '^33[0-9]{4}$'),
  level text not null check (level in ('province', 'city', 'county')),
  parent_code char(6) references admin_unit (code),
  name text not null,
  name_en text not null,
  valid_from date not null,
  valid_to date,
  area_km2 numeric(10, 2) not null,
  geom geometry(MultiPolygon, 4326) not null check (st_isvalid(geom)),
  geom_low geometry(MultiPolygon, 4326) not null,
  geom_mid geometry(MultiPolygon, 4326) not null,
  label_point geometry(Point, 4326) not null
);
create index admin_unit_geom on admin_unit using gist (geom);
create index admin_unit_geom_low on admin_unit using gist (geom_low);
create index admin_unit_geom_mid on admin_unit using gist (geom_mid);
create index admin_unit_label_point on admin_unit using gist (label_point);
create index admin_unit_parent on admin_unit (parent_code);

create table organization (
  id serial primary key,
  kind text not null check (kind in ('enterprise', 'agency', 'bureau')),
  name text not null,
  credit_code text unique,
  region_code char(6) references admin_unit (code),
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);

create table agency_listing (
  agency_id int not null references organization (id),
  list_name text not null,
  valid_from date not null,
  valid_to date not null check (valid_to > valid_from),
  staff_count int not null check (staff_count >= 0),
  senior_count int not null check (senior_count >= 0 and senior_count <= staff_count),
  primary key (agency_id, list_name)
);

create table app_user (
  id serial primary key,
  username text not null unique check (username ~ '^[a-z0-9_.-]{3,40}$'),
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('enterprise', 'evaluator', 'county', 'city', 'province', 'leader', 'planner')),
  region_code char(6) references admin_unit (code),
  organization_id int references organization (id),
  is_demo boolean not null default false,
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);

create table expert (
  id serial primary key,
  agency_id int not null references organization (id),
  name text not null,
  senior boolean not null,
  specialty text not null,
  user_id int references app_user (id),
  is_demo boolean not null default false
);

create table user_session (
  token_hash char(64) primary key,
  user_id int not null references app_user (id),
  csrf_token char(43) not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index user_session_user_id on user_session (user_id);

create table login_attempt (
  id bigserial primary key,
  key text not null,
  at timestamptz not null default now(),
  ok boolean not null
);
create index login_attempt_key_at on login_attempt (key, at);

create table licence (
  id serial primary key,
  licence_no text not null unique,
  holder_id int references organization (id),
  holder_name text not null,
  mine_name text not null,
  minerals text[] not null check (cardinality(minerals) > 0),
  mining_method text not null check (mining_method in ('open_pit', 'underground')),
  scale_10kt_per_year numeric(10, 2) not null check (scale_10kt_per_year > 0),
  declared_area_km2 numeric(12, 4) not null check (declared_area_km2 > 0),
  elevation_top_m numeric(8, 1) not null,
  elevation_bottom_m numeric(8, 1) not null check (elevation_bottom_m < elevation_top_m),
  valid_from date not null,
  valid_to date not null check (valid_to > valid_from),
  issuer text not null,
  status text not null check (status in ('registered', 'transferred', 'cancelled')),
  status_on date not null,
  source_crs text not null,
  corner_points_text text,
  geom geometry(MultiPolygon, 4326) check (geom is null or st_isvalid(geom)),
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index licence_geom on licence using gist (geom);

create table mine (
  id serial primary key,
  licence_id int not null unique references licence (id),
  enterprise_id int not null references organization (id),
  name text not null,
  county_code char(6) not null references admin_unit (code),
  mineral text not null,
  sector text not null,
  mining_method text not null check (mining_method in ('open_pit', 'underground')),
  ops_status text not null check (ops_status in ('construction', 'producing', 'suspended', 'closed')),
  green_state text not null default 'building',
  production_start date,
  has_sand_equipment boolean not null default false,
  location geometry(Point, 4326) not null,
  is_demo boolean not null default false,
  version int not null default 1,
  updated_at timestamptz not null default now()
);
create index mine_location on mine using gist (location);
create index mine_county on mine (county_code);
create index mine_green_state on mine (green_state);

create table app_user_mine (
  user_id int not null references app_user (id),
  mine_id int not null references mine (id),
  primary key (user_id, mine_id)
);

create table document (
  id serial primary key,
  sha256 char(64) not null,
  size_bytes int not null check (size_bytes >= 0),
  media_type text not null,
  filename text not null,
  kind text not null,
  mine_id int references mine (id),
  storage text not null default 'db' check (storage in ('db')),
  content bytea,
  uploaded_by int references app_user (id),
  uploaded_at timestamptz not null default now(),
  is_demo boolean not null default false
);
create index document_mine on document (mine_id);

create table mine_area (
  id serial primary key,
  mine_id int not null references mine (id),
  kind text not null check (kind in ('footprint', 'restoration', 'reclamation')),
  name text not null,
  geom geometry(MultiPolygon, 4326) not null check (st_isvalid(geom)),
  area_m2 numeric(14, 1) not null check (area_m2 > 0),
  damage_type text check (damage_type in ('excavated', 'occupied')),
  target_land_class text check (target_land_class ~ '^[0-9]{4}$'),
  progress text not null default 'planned' check (progress in ('planned', 'in_progress', 'completed')),
  approval text not null default 'draft' check (approval in ('draft', 'submitted', 'approved', 'rejected')),
  version int not null default 1,
  created_by int references app_user (id),
  created_at timestamptz not null default now(),
  updated_by int references app_user (id),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  is_demo boolean not null default false
);
create index mine_area_geom on mine_area using gist (geom);
create index mine_area_mine on mine_area (mine_id, kind);

create table mine_area_version (
  area_id int not null references mine_area (id),
  version int not null,
  change text not null,
  geom geometry(MultiPolygon, 4326) not null,
  attrs jsonb not null,
  changed_by int references app_user (id),
  changed_at timestamptz not null default now(),
  primary key (area_id, version)
);
create index mine_area_version_geom on mine_area_version using gist (geom);

-- The event history: every workflow and operational change of a mine, with business date.
create table mine_event (
  id bigserial primary key,
  mine_id int not null references mine (id),
  type text not null,
  occurred_on date not null,
  green_from text,
  green_to text,
  ops_from text,
  ops_to text,
  actor_user_id int references app_user (id),
  actor_role text not null,
  payload jsonb not null default '{}',
  recorded_at timestamptz not null default now(),
  is_demo boolean not null default false
);
create index mine_event_mine_date on mine_event (mine_id, occurred_on, id);
create index mine_event_date on mine_event (occurred_on);

-- §4.2 independence: business an agency or expert did with a mine (conflict of interest).
create table agency_dealing (
  id serial primary key,
  party_id int not null references organization (id),
  mine_id int not null references mine (id),
  kind text not null check (kind in ('business', 'report_help')),
  on_date date,
  note text not null default ''
);
create index agency_dealing_mine on agency_dealing (mine_id);

create table self_assessment (
  id serial primary key,
  mine_id int not null references mine (id),
  event_id bigint references mine_event (id),
  submitted_on date not null,
  received_on date not null,
  to_land_bureau boolean not null,
  to_env_bureau boolean not null,
  standard text not null,
  document_id int references document (id)
);

create table evaluator_assignment (
  id serial primary key,
  mine_id int not null references mine (id),
  self_assessment_id int not null references self_assessment (id),
  agency_id int not null references organization (id),
  event_id bigint references mine_event (id),
  assigned_on date not null,
  method text not null,
  seed text,
  candidates jsonb not null default '[]'
);

create table verification (
  id serial primary key,
  mine_id int not null references mine (id),
  assignment_id int not null references evaluator_assignment (id),
  event_id bigint references mine_event (id),
  verified_on date not null,
  passed boolean not null,
  late boolean not null default false,
  indicator_version text not null,
  prerequisites jsonb not null,
  scores jsonb not null,
  total numeric(6, 1) not null,
  team jsonb not null,
  report_document_id int references document (id)
);

create table publicity (
  id serial primary key,
  level text not null check (level in ('county', 'province', 'removal', 'spot_check')),
  region_code char(6) not null references admin_unit (code),
  title text not null,
  body text not null default '',
  start_on date not null,
  end_on date not null check (end_on >= start_on),
  objection_channel text not null,
  issuer text not null,
  published_on date not null,
  closed_on date,
  is_demo boolean not null default false
);

create table publicity_item (
  publicity_id int not null references publicity (id),
  mine_id int not null references mine (id),
  verification_id int references verification (id),
  remarks text not null default '',
  primary key (publicity_id, mine_id)
);

create table objection (
  id serial primary key,
  publicity_id int not null references publicity (id),
  mine_id int not null references mine (id),
  received_on date not null,
  submitter_name text not null,
  submitter_contact text not null,
  content text not null,
  upheld boolean,
  decided_on date
);

create table city_report (
  id serial primary key,
  city_code char(6) not null references admin_unit (code),
  window_end date not null,
  submitted_on date not null,
  submitted_by int references app_user (id)
);

create table city_report_item (
  report_id int not null references city_report (id),
  mine_id int not null references mine (id),
  primary key (report_id, mine_id)
);

create table directory_entry (
  id serial primary key,
  mine_id int not null references mine (id),
  list_publicity_id int references publicity (id),
  entered_on date not null,
  removed_on date check (removed_on is null or removed_on >= entered_on),
  removal_reason text,
  exposure_publicity_id int references publicity (id)
);
create unique index directory_entry_active on directory_entry (mine_id) where removed_on is null;

create table spot_check_draw (
  id serial primary key,
  drawn_on date not null,
  seed text not null,
  region_code char(6) not null references admin_unit (code),
  ratio numeric(4, 3) not null,
  population jsonb not null,
  result jsonb not null,
  published_on date,
  drawn_by int references app_user (id)
);

create table spot_check (
  id serial primary key,
  draw_id int not null references spot_check_draw (id),
  mine_id int not null references mine (id),
  checked_on date not null,
  inspectors jsonb not null,
  result text not null check (result in ('pass', 'declined')),
  findings text not null default ''
);

create table rectification_order (
  id serial primary key,
  mine_id int not null references mine (id),
  cause text not null check (cause in ('spot_check', 'new_mine_overdue')),
  spot_check_id int references spot_check (id),
  issued_on date not null,
  deadline date not null check (deadline > issued_on),
  recheck_on date,
  recheck_passed boolean,
  closed_on date
);

create table suspension (
  id serial primary key,
  mine_id int not null references mine (id),
  rule text not null,
  reason text not null,
  ordered_on date not null,
  accepted_on date,
  resumed_on date check (resumed_on is null or accepted_on is not null),
  acceptance_document_id int references document (id)
);

create table blacklist_entry (
  id serial primary key,
  subject text not null check (subject in ('enterprise', 'person')),
  organization_id int not null references organization (id),
  person_name text,
  person_role text,
  mine_id int references mine (id),
  reason text not null,
  listed_on date not null,
  delisted_on date,
  check ((subject = 'person') = (person_name is not null))
);

create table target (
  year int not null check (year between 2018 and 2030),
  region_code char(6) not null references admin_unit (code),
  kind text not null check (kind in ('count', 'rate')),
  value numeric(8, 3) not null check (value >= 0),
  source text not null check (source in ('annex', 'city')),
  set_by int references app_user (id),
  set_on date not null,
  primary key (year, region_code)
);

create table app_setting (
  key text primary key,
  value jsonb not null
);

create table tile_cache (
  layer text not null,
  z int not null,
  x int not null,
  y int not null,
  etag text not null,
  body bytea not null,
  created_at timestamptz not null default now(),
  primary key (layer, z, x, y)
);

-- R8: append-only, hash-chained audit trail. The database itself refuses changes.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_user_id int references app_user (id),
  actor_role text not null,
  action text not null,
  object_type text not null,
  object_id text not null,
  before jsonb,
  after jsonb,
  prev_hash char(64) not null,
  hash char(64) not null unique
);
create index audit_log_object on audit_log (object_type, object_id);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
`

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(ddl).execute(db)
}

export async function down(): Promise<void> {
  throw new Error('the initial schema is not reversible; drop the database instead')
}
