import type { ColumnType, Generated } from 'kysely'

/** Kysely row types (snake_case, as stored). API shapes live with their features. */
type Geometry = ColumnType<string, string, string>
type Json = ColumnType<unknown, string, string>
type JsonWithDefault = ColumnType<unknown, string | undefined, string>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type IsoDate = string

export interface AdminUnitTable {
  code: string
  level: 'province' | 'city' | 'county'
  parent_code: string | null
  name: string
  name_en: string
  valid_from: IsoDate
  valid_to: IsoDate | null
  area_km2: number
  geom: Geometry
  geom_low: Geometry
  geom_mid: Geometry
  label_point: Geometry
}

export interface OrganizationTable {
  id: Generated<number>
  kind: 'enterprise' | 'agency' | 'bureau'
  name: string
  credit_code: string | null
  region_code: string | null
  is_demo: Generated<boolean>
  created_at: Timestamp
}

export interface AgencyListingTable {
  agency_id: number
  list_name: string
  valid_from: IsoDate
  valid_to: IsoDate
  staff_count: number
  senior_count: number
  /** The public application record (a document reference or the list's notice). */
  application_ref: Generated<string>
  recorded_by: number | null
  recorded_at: Timestamp
}

export interface AppUserTable {
  id: Generated<number>
  username: string
  display_name: string
  password_hash: string
  role: string
  region_code: string | null
  organization_id: number | null
  is_demo: Generated<boolean>
  disabled_at: Timestamp | null
  created_at: Timestamp
}

export interface ExpertTable {
  id: Generated<number>
  agency_id: number
  name: string
  senior: boolean
  specialty: string
  user_id: number | null
  is_demo: Generated<boolean>
  registered_from: ColumnType<IsoDate, IsoDate | undefined, IsoDate>
  /** Null while still registered. */
  registered_to: IsoDate | null
}

export interface SessionTable {
  token_hash: string
  user_id: number
  csrf_token: string
  created_at: Timestamp
  expires_at: Timestamp
}

export interface LoginAttemptTable {
  id: Generated<number>
  key: string
  at: Timestamp
  ok: boolean
}

export interface LicenceTable {
  id: Generated<number>
  licence_no: string
  holder_id: number | null
  holder_name: string
  mine_name: string
  minerals: string[]
  mining_method: 'open_pit' | 'underground'
  scale_10kt_per_year: number
  declared_area_km2: number
  elevation_top_m: number
  elevation_bottom_m: number
  valid_from: IsoDate
  valid_to: IsoDate
  issuer: string
  status: 'registered' | 'transferred' | 'suspended' | 'cancelled'
  status_on: IsoDate
  source_crs: string
  corner_points_text: string | null
  geom: Geometry | null
  is_demo: Generated<boolean>
  created_at: Timestamp
}

export interface MineTable {
  id: Generated<number>
  licence_id: number
  enterprise_id: number
  name: string
  county_code: string
  mineral: string
  sector: string
  mining_method: 'open_pit' | 'underground'
  ops_status: 'construction' | 'producing' | 'suspended' | 'closed'
  green_state: Generated<string>
  production_start: IsoDate | null
  has_sand_equipment: Generated<boolean>
  location: Geometry
  is_demo: Generated<boolean>
  version: Generated<number>
  updated_at: Timestamp
  /** The 2018 industry norm the mine is judged against (industry_standard.code). */
  industry_standard: string | null
}

export interface AppUserMineTable {
  user_id: number
  mine_id: number
}

export interface DocumentTable {
  id: Generated<number>
  sha256: string
  size_bytes: number
  media_type: string
  filename: string
  kind: string
  mine_id: number | null
  storage: Generated<'db'>
  content: Buffer | null
  uploaded_by: number | null
  uploaded_at: Timestamp
  is_demo: Generated<boolean>
  area_id: Generated<number | null>
}

export interface MineAreaTable {
  id: Generated<number>
  mine_id: number
  kind: 'footprint' | 'restoration' | 'reclamation'
  name: string
  geom: Geometry
  area_m2: number
  damage_type: 'excavated' | 'occupied' | null
  target_land_class: string | null
  progress: Generated<'planned' | 'in_progress' | 'completed'>
  approval: Generated<'draft' | 'submitted' | 'approved' | 'rejected'>
  version: Generated<number>
  created_by: number | null
  created_at: Timestamp
  updated_by: number | null
  updated_at: Timestamp
  deleted_at: Timestamp | null
  is_demo: Generated<boolean>
  planned_start: IsoDate | null
  planned_end: IsoDate | null
  responsible_party: string | null
  notes: string | null
}

export interface MineAreaVersionTable {
  area_id: number
  version: number
  change: string
  geom: Geometry
  attrs: Json
  changed_by: number | null
  changed_at: Timestamp
}

export interface MineEventTable {
  id: Generated<number>
  mine_id: number
  type: string
  occurred_on: IsoDate
  green_from: string | null
  green_to: string | null
  ops_from: string | null
  ops_to: string | null
  actor_user_id: number | null
  actor_role: string
  payload: JsonWithDefault
  recorded_at: Timestamp
  is_demo: Generated<boolean>
}

export interface AgencyDealingTable {
  id: Generated<number>
  party_id: number
  mine_id: number
  kind: 'business' | 'report_help'
  on_date: IsoDate | null
  note: Generated<string>
  recorded_by: number | null
  recorded_at: Timestamp
}

export interface SelfAssessmentTable {
  id: Generated<number>
  mine_id: number
  event_id: number | null
  submitted_on: IsoDate
  received_on: IsoDate
  to_land_bureau: boolean
  to_env_bureau: boolean
  standard: string
  document_id: number | null
}

export interface EvaluatorAssignmentTable {
  id: Generated<number>
  mine_id: number
  self_assessment_id: number
  agency_id: number
  event_id: number | null
  assigned_on: IsoDate
  method: string
  seed: string | null
  candidates: JsonWithDefault
  draw_id: number | null
  exception_id: number | null
  purpose: Generated<'verification' | 'recheck'>
}

export interface VerificationTable {
  id: Generated<number>
  mine_id: number
  assignment_id: number
  event_id: number | null
  verified_on: IsoDate
  passed: boolean
  late: Generated<boolean>
  indicator_version: string
  prerequisites: Json
  scores: Json
  total: number
  team: Json
  report_document_id: number | null
  industry_standard: string | null
  standard_conforms: boolean | null
  weights_confirmed: Generated<boolean>
}

export interface EvaluatorExceptionTable {
  id: Generated<number>
  mine_id: number
  self_assessment_id: number
  kind: 'direct' | 'redraw'
  agency_id: number | null
  reason: string
  requested_by: number
  requested_on: IsoDate
  decision: Generated<'pending' | 'approved' | 'refused'>
  decision_note: string | null
  decided_by: number | null
  decided_on: IsoDate | null
}

export interface EvaluatorDrawTable {
  id: Generated<number>
  mine_id: number
  self_assessment_id: number
  committed_on: IsoDate
  /** SHA-256 (hex) of the seed, published at commit. */
  commitment: string
  /** Kept secret until the draw (drawn_on set). */
  seed: string
  algorithm: string
  candidates: Json
  excluded: Json
  committed_by: number
  drawn_on: IsoDate | null
  drawn_by: number | null
  agency_id: number | null
  exception_id: number | null
}

export interface IndustryStandardTable {
  code: string
  sector: string
  title_zh: string
}

export interface MineralStandardTable {
  mineral: string
  standard_code: string
}

export interface IndicatorSetTable {
  id: string
  title: string
  title_zh: string
  source: string
  valid_from: IsoDate
  valid_to: IsoDate | null
  max_total: number
  pass_total: number | null
  group_min_share: number | null
  group_count: number
  level2_count: number
  level3_count: number
  prerequisites: Json
}

export interface IndicatorGroupTable {
  set_id: string
  id: string
  position: number
  zh: string
  en: string
  /** Null until the official table is loaded (unconfirmed). */
  max_points: number | null
  item_count: number | null
  source: string
  loaded_by: number | null
  loaded_at: Timestamp
}

export interface PublicityTable {
  id: Generated<number>
  level: 'county' | 'province' | 'removal' | 'spot_check'
  region_code: string
  title: string
  body: Generated<string>
  start_on: IsoDate
  end_on: IsoDate
  objection_channel: string
  issuer: string
  published_on: IsoDate
  closed_on: IsoDate | null
  /** Working days the period spans on the official calendar, counted when published. */
  working_days: number | null
  is_demo: Generated<boolean>
}

export interface PublicityItemTable {
  publicity_id: number
  mine_id: number
  verification_id: number | null
  remarks: Generated<string>
}

export interface ObjectionTable {
  id: Generated<number>
  publicity_id: number
  mine_id: number
  received_on: IsoDate
  submitter_name: Generated<string>
  submitter_contact: Generated<string>
  content: string
  upheld: boolean | null
  decided_on: IsoDate | null
  decision_reason: string | null
  decided_by: number | null
  attachment_document_id: number | null
  /** A keyed hash of the client address, for throttling; never the address itself. */
  client_key: string | null
  received_at: Timestamp
}

export interface ArchivedOriginalTable {
  id: Generated<number>
  mine_id: number
  publicity_id: number | null
  event_id: number | null
  self_assessment_document_id: number
  verification_report_document_id: number
  archived_on: IsoDate
}

export interface HolidayCalendarTable {
  day: IsoDate
  kind: 'holiday' | 'workday'
  name: string
  year: number
  notice: string
}

export interface CityReportTable {
  id: Generated<number>
  city_code: string
  window_end: IsoDate
  submitted_on: IsoDate
  submitted_by: number | null
}

export interface CityReportItemTable {
  report_id: number
  mine_id: number
}

export interface DirectoryEntryTable {
  id: Generated<number>
  mine_id: number
  list_publicity_id: number | null
  entered_on: IsoDate
  removed_on: IsoDate | null
  removal_reason: string | null
  exposure_publicity_id: number | null
}

export interface SpotCheckDrawTable {
  id: Generated<number>
  drawn_on: IsoDate
  /** Null until revealed. */
  seed: string | null
  region_code: string
  ratio: number
  population: Json
  /** Null until revealed. */
  result: Json | null
  published_on: IsoDate | null
  drawn_by: number | null
  level: 'county' | 'city' | 'province' | null
  /** e.g. 2026 or 2026-H2; one draw per region and period. Null for draws made before commitments. */
  period: string | null
  seed_hash: string | null
  commit_entropy: string | null
  committed_on: IsoDate | null
  revealed_on: IsoDate | null
  inspectors: Json | null
  size: Json | null
  inspectors_per_mine: number | null
}

export interface SpotCheckTable {
  id: Generated<number>
  draw_id: number
  mine_id: number
  checked_on: IsoDate
  inspectors: Json
  result: 'pass' | 'declined'
  findings: Generated<string>
}

export interface RectificationOrderTable {
  id: Generated<number>
  mine_id: number
  cause: 'spot_check' | 'new_mine_overdue'
  spot_check_id: number | null
  issued_on: IsoDate
  deadline: IsoDate
  recheck_on: IsoDate | null
  recheck_passed: boolean | null
  closed_on: IsoDate | null
  recheck_assignment_id: number | null
  removal_confirmed_by: number | null
}

export interface SuspensionTable {
  id: Generated<number>
  mine_id: number
  rule: string
  reason: string
  ordered_on: IsoDate
  accepted_on: IsoDate | null
  resumed_on: IsoDate | null
  acceptance_document_id: number | null
  /** R4: the rectification deadline of a stop-production order. */
  deadline: IsoDate | null
}

/** One term of a licence's history; a renewal adds the next `seq`, nothing is overwritten. */
export interface LicenceTermTable {
  id: Generated<number>
  licence_id: number
  seq: number
  valid_from: IsoDate
  valid_to: IsoDate
  /** The business date the term was granted or the renewal registered. */
  registered_on: IsoDate
  kind: 'granted' | 'renewed'
  recorded_by: number | null
  recorded_at: Timestamp
}

export type LicenceEventKind =
  'registered' | 'renewed' | 'transferred' | 'suspended' | 'reinstated' | 'cancelled'

export interface LicenceEventTable {
  id: Generated<number>
  licence_id: number
  kind: LicenceEventKind
  occurred_on: IsoDate
  from_holder_id: number | null
  to_holder_id: number | null
  reason: Generated<string>
  actor_user_id: number | null
  recorded_at: Timestamp
}

/** Machine-made sand equipment (机制砂石加工设备) installed or removed on a date (R1). */
export interface MineEquipmentEventTable {
  id: Generated<number>
  mine_id: number
  change: 'installed' | 'removed'
  occurred_on: IsoDate
  note: Generated<string>
  actor_user_id: number | null
  recorded_at: Timestamp
}

/** R5: a transfer contract and the green duties written into it. */
export interface LicenceContractTable {
  id: Generated<number>
  licence_id: number
  contract_no: string
  signed_on: IsoDate
  announcement_ref: string
  duties: string[]
  document_id: number | null
  recorded_by: number | null
  recorded_at: Timestamp
}

export interface BlacklistEntryTable {
  id: Generated<number>
  subject: 'enterprise' | 'person'
  organization_id: number
  person_name: string | null
  person_role: string | null
  mine_id: number | null
  reason: string
  listed_on: IsoDate
  delisted_on: IsoDate | null
  delisting_reason: string | null
  delisted_by: number | null
}

export interface TargetTable {
  year: number
  region_code: string
  kind: 'count' | 'rate'
  value: number
  source: 'annex' | 'city'
  set_by: number | null
  set_on: IsoDate
}

/** An event dated too far back, held until the province approves or rejects it (two clocks). */
export interface BackdatedEntryTable {
  id: Generated<number>
  mine_id: number
  machine: 'green' | 'ops'
  event_type: string
  occurred_on: IsoDate
  /** The request as sent (event fields, extras, expected version), replayed on approval. */
  request: Json
  reason: string
  requested_by: number
  requested_at: Timestamp
  status: Generated<'pending' | 'approved' | 'rejected'>
  decided_by: number | null
  decided_at: Timestamp | null
  decision_reason: string | null
  event_id: number | null
}

/** R7: a closed year's assessment figures, frozen (the database refuses UPDATE and DELETE). */
export interface YearCloseTable {
  year: number
  as_of: IsoDate
  policy_id: string
  closed_at: Timestamp
  closed_by: number
  figures: Json
}

export interface AppSettingTable {
  key: string
  value: Json
}

export interface TileCacheTable {
  layer: string
  /** The access scope the tile was drawn for (tiles/tile-scope.ts); '' for everyone. */
  scope: Generated<string>
  z: number
  x: number
  y: number
  etag: string
  body: Buffer
  created_at: Timestamp
}

export interface ImportJobTable {
  id: Generated<number>
  mine_id: number
  user_id: number
  kind: string
  filename: string
  commit: boolean
  status: Generated<'running' | 'done' | 'failed'>
  phase: Generated<'checking' | 'writing' | 'finished'>
  processed: Generated<number>
  total: number
  report: Json | null
  error: Json | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface NotificationTable {
  id: Generated<number>
  recipient_user_id: number | null
  recipient_role: string | null
  recipient_region: string | null
  recipient_org: number | null
  kind: string
  mine_id: number | null
  params: JsonWithDefault
  created_at: Timestamp
}

export interface NotificationReadTable {
  notification_id: number
  user_id: number
  read_at: Timestamp
}

export interface AuditLogTable {
  id: Generated<number>
  at: Timestamp
  actor_user_id: number | null
  actor_role: string
  action: string
  object_type: string
  object_id: string
  before: Json | null
  after: Json | null
  prev_hash: string
  hash: string
}

export interface DB {
  admin_unit: AdminUnitTable
  organization: OrganizationTable
  agency_listing: AgencyListingTable
  app_user: AppUserTable
  app_user_mine: AppUserMineTable
  expert: ExpertTable
  user_session: SessionTable
  login_attempt: LoginAttemptTable
  licence: LicenceTable
  licence_term: LicenceTermTable
  licence_event: LicenceEventTable
  licence_contract: LicenceContractTable
  mine_equipment_event: MineEquipmentEventTable
  mine: MineTable
  document: DocumentTable
  mine_area: MineAreaTable
  mine_area_version: MineAreaVersionTable
  mine_event: MineEventTable
  agency_dealing: AgencyDealingTable
  evaluator_exception: EvaluatorExceptionTable
  evaluator_draw: EvaluatorDrawTable
  industry_standard: IndustryStandardTable
  mineral_standard: MineralStandardTable
  indicator_set: IndicatorSetTable
  indicator_group: IndicatorGroupTable
  self_assessment: SelfAssessmentTable
  evaluator_assignment: EvaluatorAssignmentTable
  verification: VerificationTable
  publicity: PublicityTable
  publicity_item: PublicityItemTable
  objection: ObjectionTable
  archived_original: ArchivedOriginalTable
  holiday_calendar: HolidayCalendarTable
  city_report: CityReportTable
  city_report_item: CityReportItemTable
  directory_entry: DirectoryEntryTable
  spot_check_draw: SpotCheckDrawTable
  spot_check: SpotCheckTable
  rectification_order: RectificationOrderTable
  suspension: SuspensionTable
  blacklist_entry: BlacklistEntryTable
  target: TargetTable
  backdated_entry: BackdatedEntryTable
  year_close: YearCloseTable
  app_setting: AppSettingTable
  tile_cache: TileCacheTable
  audit_log: AuditLogTable
  import_job: ImportJobTable
  notification: NotificationTable
  notification_read: NotificationReadTable
}
