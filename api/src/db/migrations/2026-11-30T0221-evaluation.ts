import { sql, type Kysely } from 'kysely'

/**
 * R3.2–R3.4 (issue 10, items 3 and 8): the agency list kept through the API (application record,
 * expert registration dates), the conflict-of-interest register, commit-reveal evaluator draws and
 * the exceptions the province approves, indicator sets and industry standards as data.
 * Frozen: later changes go in new migrations.
 */
const ddl = /* sql */ `
alter table agency_listing add column application_ref text not null default '';
alter table agency_listing add column recorded_by int references app_user (id);
alter table agency_listing add column recorded_at timestamptz not null default now();

alter table expert add column registered_from date not null default '2018-01-01';
alter table expert add column registered_to date;
alter table expert add constraint expert_registration check (registered_to is null or registered_to >= registered_from);

alter table agency_dealing add column recorded_by int references app_user (id);
alter table agency_dealing add column recorded_at timestamptz not null default now();
alter table agency_dealing add constraint agency_dealing_business_dated check (kind = 'report_help' or on_date is not null);

-- A direct assignment or a second draw: only with a recorded reason and the province's approval.
create table evaluator_exception (
  id serial primary key,
  mine_id int not null references mine (id),
  self_assessment_id int not null references self_assessment (id),
  kind text not null check (kind in ('direct', 'redraw')),
  agency_id int references organization (id) check ((kind = 'direct') = (agency_id is not null)),
  reason text not null check (length(btrim(reason)) > 0),
  requested_by int not null references app_user (id),
  requested_on date not null,
  decision text not null default 'pending' check (decision in ('pending', 'approved', 'refused')),
  decision_note text,
  decided_by int references app_user (id),
  decided_on date
);
create index evaluator_exception_mine on evaluator_exception (mine_id);

-- R3.2 commit-reveal: the seed's SHA-256 and the candidates are published before the draw.
create table evaluator_draw (
  id serial primary key,
  mine_id int not null references mine (id),
  self_assessment_id int not null references self_assessment (id),
  committed_on date not null,
  commitment char(64) not null,
  seed text not null,
  algorithm text not null,
  candidates jsonb not null,
  excluded jsonb not null,
  committed_by int not null references app_user (id),
  drawn_on date,
  drawn_by int references app_user (id),
  agency_id int references organization (id),
  exception_id int unique references evaluator_exception (id),
  check ((drawn_on is null) = (agency_id is null))
);
-- One draw per self-assessment; another only under an approved redraw exception (used once).
create unique index evaluator_draw_first on evaluator_draw (self_assessment_id) where exception_id is null;
create index evaluator_draw_mine on evaluator_draw (mine_id);

alter table evaluator_assignment add column draw_id int unique references evaluator_draw (id);
alter table evaluator_assignment add column exception_id int unique references evaluator_exception (id);

-- §4.1 行业标准: the nine industry norms of 2018, and which norm a mineral falls under.
create table industry_standard (
  code text primary key,
  sector text not null unique,
  title_zh text not null
);
create table mineral_standard (
  mineral text primary key,
  standard_code text not null references industry_standard (code)
);
alter table mine add column industry_standard text references industry_standard (code);

-- §4.2 indicator sets, versioned; a group's points are null until the official table is loaded.
create table indicator_set (
  id text primary key,
  title text not null,
  title_zh text not null,
  source text not null,
  valid_from date not null,
  valid_to date,
  max_total numeric(7, 1) not null,
  pass_total numeric(7, 1),
  group_min_share numeric(4, 3),
  group_count int not null,
  level2_count int not null,
  level3_count int not null,
  prerequisites jsonb not null
);
create table indicator_group (
  set_id text not null references indicator_set (id),
  id text not null,
  position int not null,
  zh text not null,
  en text not null,
  max_points numeric(7, 1) check (max_points is null or max_points > 0),
  item_count int check (item_count is null or item_count > 0),
  source text not null,
  loaded_by int references app_user (id),
  loaded_at timestamptz not null default now(),
  primary key (set_id, id),
  unique (set_id, position)
);

alter table verification add column industry_standard text references industry_standard (code);
alter table verification add column standard_conforms boolean;
alter table verification add column weights_confirmed boolean not null default true;
`

const STANDARDS: [code: string, sector: string, title: string][] = [
  ['DZ/T 0312-2018', '非金属', '非金属矿行业绿色矿山建设规范'],
  ['DZ/T 0313-2018', '化工', '化工行业绿色矿山建设规范'],
  ['DZ/T 0314-2018', '黄金', '黄金行业绿色矿山建设规范'],
  ['DZ/T 0315-2018', '煤炭', '煤炭行业绿色矿山建设规范'],
  ['DZ/T 0316-2018', '砂石', '砂石行业绿色矿山建设规范'],
  ['DZ/T 0317-2018', '陆上石油天然气', '陆上石油天然气开采业绿色矿山建设规范'],
  ['DZ/T 0318-2018', '水泥灰岩', '水泥灰岩绿色矿山建设规范'],
  ['DZ/T 0319-2018', '冶金', '冶金行业绿色矿山建设规范'],
  ['DZ/T 0320-2018', '有色金属', '有色金属行业绿色矿山建设规范'],
]

/** Zhejiang's minerals and their norm (construction stone is 砂石; cement limestone has its own). */
const MINERALS: [mineral: string, code: string][] = [
  ['建筑用凝灰岩', 'DZ/T 0316-2018'],
  ['建筑用花岗岩', 'DZ/T 0316-2018'],
  ['建筑用石灰岩', 'DZ/T 0316-2018'],
  ['建筑用玄武岩', 'DZ/T 0316-2018'],
  ['建筑用砂', 'DZ/T 0316-2018'],
  ['建筑石料用灰岩', 'DZ/T 0316-2018'],
  ['水泥用灰岩', 'DZ/T 0318-2018'],
  ['萤石', 'DZ/T 0312-2018'],
  ['叶蜡石', 'DZ/T 0312-2018'],
  ['高岭土', 'DZ/T 0312-2018'],
  ['沸石', 'DZ/T 0312-2018'],
  ['饰面用花岗岩', 'DZ/T 0312-2018'],
  ['明矾石', 'DZ/T 0313-2018'],
  ['金矿', 'DZ/T 0314-2018'],
  ['铅锌矿', 'DZ/T 0320-2018'],
]

const PREREQUISITES_2020 = [
  { id: 'valid_licences', zh: '证照合法有效', en: 'Valid business, mining and safety licences' },
  {
    id: 'no_major_penalty',
    zh: '近三年无重大行政处罚或安全环保事故',
    en: 'No major penalty or safety/environmental accident in 3 years',
  },
  { id: 'not_abnormal_listed', zh: '未列入矿业权人异常名录', en: 'Not on the abnormal-operation list' },
  {
    id: 'reserves_3_years',
    zh: '正常生产且保有储量服务年限不少于3年',
    en: 'Normal operation with at least 3 years of reserves',
  },
  {
    id: 'no_protected_overlap',
    zh: '矿区范围不涉及各类保护区',
    en: 'Mining area overlaps no protected area',
  },
]

const SOURCE_2020 =
  '自然资源部办公厅关于印发《绿色矿山评价指标》和《绿色矿山遴选第三方评估工作要求》的函（2020年6月）'
const SOURCE_2024 =
  '自然资源部等七部门《关于进一步加强绿色矿山建设的通知》（2024年）附《全国绿色矿山建设评价指标》；一级指标名称据《中国矿业》2024年解读文章（doi:10.12075/j.issn.1004-4051.20240798）'
const PENDING = '待省厅导入官方分值表'

/** [id, zh, en, points or null (not yet loaded), third-level items or null, source]. */
type Group = [string, string, string, number | null, number | null, string]

const GROUPS_2020: Group[] = [
  ['mine_environment', '矿区环境', 'Mine-site environment', 220, 17, SOURCE_2020],
  ['development_method', '资源开发方式', 'Resource development method', 220, 15, SOURCE_2020],
  ['comprehensive_use', '资源综合利用', 'Comprehensive resource use', null, null, PENDING],
  ['energy_emissions', '节能减排', 'Energy saving and emission reduction', null, null, PENDING],
  ['innovation_smart_mine', '科技创新与智能矿山', 'Innovation and smart mining', null, null, PENDING],
  ['management_image', '企业管理与企业形象', 'Management and corporate image', null, null, PENDING],
]

const GROUPS_2024: Group[] = [
  ['mine_environment', '矿区环境', 'Mine-site environment', null, null, PENDING],
  ['development_method', '资源开发方式', 'Resource development method', null, null, PENDING],
  ['comprehensive_use', '资源综合利用', 'Comprehensive resource use', null, null, PENDING],
  ['green_low_carbon', '绿色低碳', 'Green and low-carbon', null, null, PENDING],
  [
    'restoration_governance',
    '生态修复与环境治理',
    'Ecological restoration and environmental governance',
    null,
    null,
    PENDING,
  ],
  [
    'innovation_management',
    '科技创新与规范管理',
    'Innovation and standardised management',
    null,
    null,
    PENDING,
  ],
]

async function insertSet(
  db: Kysely<any>,
  set: Record<string, unknown> & { id: string },
  groups: Group[],
): Promise<void> {
  await db.insertInto('indicator_set').values(set).execute()
  await db
    .insertInto('indicator_group')
    .values(
      groups.map(([id, zh, en, points, items, source], position) => ({
        set_id: set.id,
        id,
        position,
        zh,
        en,
        max_points: points,
        item_count: items,
        source,
      })),
    )
    .execute()
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(ddl).execute(db)
  await db
    .insertInto('industry_standard')
    .values(STANDARDS.map(([code, sector, title_zh]) => ({ code, sector, title_zh })))
    .execute()
  await db
    .insertInto('mineral_standard')
    .values(MINERALS.map(([mineral, standard_code]) => ({ mineral, standard_code })))
    .execute()
  // Existing mines: the norm of their mineral, else of their sector.
  await sql`update mine m set industry_standard = coalesce(
      (select standard_code from mineral_standard where mineral = m.mineral),
      (select code from industry_standard where sector = m.sector))`.execute(db)
  await insertSet(
    db,
    {
      id: 'CN-2020',
      title: 'National green-mine evaluation indicators, 2020',
      title_zh: '绿色矿山评价指标（2020年版）',
      source: SOURCE_2020,
      valid_from: '2020-06-01',
      valid_to: '2024-03-31',
      max_total: 1000,
      pass_total: 800,
      group_min_share: 0.75,
      group_count: 6,
      level2_count: 24,
      level3_count: 100,
      prerequisites: JSON.stringify(PREREQUISITES_2020),
    },
    GROUPS_2020,
  )
  await insertSet(
    db,
    {
      id: 'CN-2024',
      title: 'National green-mine construction evaluation indicators, 2024',
      title_zh: '全国绿色矿山建设评价指标（2024年版）',
      source: SOURCE_2024,
      valid_from: '2024-04-01',
      valid_to: null,
      max_total: 100,
      pass_total: null,
      group_min_share: null,
      group_count: 6,
      level2_count: 23,
      level3_count: 49,
      prerequisites: JSON.stringify([]),
    },
    GROUPS_2024,
  )
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `alter table verification drop column industry_standard, drop column standard_conforms, drop column weights_confirmed;
       drop table indicator_group; drop table indicator_set;
       alter table mine drop column industry_standard;
       drop table mineral_standard; drop table industry_standard;
       alter table evaluator_assignment drop column draw_id, drop column exception_id;
       drop table evaluator_draw; drop table evaluator_exception;
       alter table agency_dealing drop constraint agency_dealing_business_dated, drop column recorded_by, drop column recorded_at;
       alter table expert drop constraint expert_registration, drop column registered_from, drop column registered_to;
       alter table agency_listing drop column application_ref, drop column recorded_by, drop column recorded_at;`,
    )
    .execute(db)
}
