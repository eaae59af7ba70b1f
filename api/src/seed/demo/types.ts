// The generator's output: one plain row per database row (snake_case columns, explicit ids),
// geometry as GeoJSON. No database access; `../demo.ts` inserts it.
import type { LngLat } from '@zgm/domain'

export type IsoDate = string

export interface PointGeom {
  type: 'Point'
  coordinates: LngLat
}

export interface MultiPolygonGeom {
  type: 'MultiPolygon'
  coordinates: LngLat[][][]
}

export interface OrganizationRow {
  id: number
  kind: 'enterprise' | 'agency' | 'bureau'
  name: string
  credit_code: string | null
  region_code: string | null
  is_demo: true
}

export interface AgencyListingRow {
  agency_id: number
  list_name: string
  valid_from: IsoDate
  valid_to: IsoDate
  staff_count: number
  senior_count: number
  /** The public application record of this round. */
  application_ref: string
}

/** A demo account; `../demo.ts` adds the password hash. */
export interface UserRow {
  id: number
  username: string
  display_name: string
  role: string
  region_code: string | null
  organization_id: number | null
  is_demo: true
}

export interface ExpertRow {
  id: number
  agency_id: number
  name: string
  senior: boolean
  specialty: string
  user_id: number | null
  is_demo: true
  registered_from: IsoDate
}

/** A recorded agency–mine tie (the conflict-of-interest register, R3.2). */
export interface AgencyDealingRow {
  id: number
  party_id: number
  mine_id: number
  kind: 'business' | 'report_help'
  on_date: IsoDate | null
  note: string
}

export interface LicenceRow {
  id: number
  licence_no: string
  holder_id: number
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
  status: 'registered' | 'transferred' | 'cancelled'
  status_on: IsoDate
  source_crs: string
  corner_points_text: string | null
  geom: MultiPolygonGeom
  is_demo: true
  created_at: string
}

/** One term of a licence's history (registry). */
export interface LicenceTermRow {
  id: number
  licence_id: number
  seq: number
  valid_from: IsoDate
  valid_to: IsoDate
  registered_on: IsoDate
  kind: 'granted' | 'renewed'
  recorded_at: string
}

export interface LicenceEventRow {
  id: number
  licence_id: number
  kind: 'renewed' | 'cancelled'
  occurred_on: IsoDate
  reason: string
  recorded_at: string
}

export interface MineEquipmentEventRow {
  id: number
  mine_id: number
  change: 'installed' | 'removed'
  occurred_on: IsoDate
  recorded_at: string
}

export interface MineRow {
  id: number
  licence_id: number
  enterprise_id: number
  name: string
  county_code: string
  mineral: string
  sector: string
  mining_method: 'open_pit' | 'underground'
  ops_status: 'construction' | 'producing' | 'suspended' | 'closed'
  green_state: string
  production_start: IsoDate | null
  has_sand_equipment: boolean
  location: PointGeom
  is_demo: true
  updated_at: string
}

export interface AppUserMineRow {
  user_id: number
  mine_id: number
}

export interface MineAreaRow {
  id: number
  mine_id: number
  kind: 'footprint' | 'restoration' | 'reclamation'
  name: string
  geom: MultiPolygonGeom
  area_m2: number
  damage_type: 'excavated' | 'occupied' | null
  target_land_class: string | null
  progress: 'planned' | 'in_progress' | 'completed'
  approval: 'draft' | 'submitted' | 'approved' | 'rejected'
  version: number
  created_by: number | null
  created_at: string
  updated_by: number | null
  updated_at: string
  is_demo: true
}

export interface MineAreaVersionRow {
  area_id: number
  version: number
  change: string
  geom: MultiPolygonGeom
  attrs: Record<string, unknown>
  changed_by: number | null
  changed_at: string
}

export interface MineEventRow {
  id: number
  mine_id: number
  type: string
  occurred_on: IsoDate
  green_from: string | null
  green_to: string | null
  ops_from: string | null
  ops_to: string | null
  actor_user_id: number | null
  actor_role: string
  payload: Record<string, unknown>
  recorded_at: string
  is_demo: true
}

export interface SelfAssessmentRow {
  id: number
  mine_id: number
  event_id: number | null
  submitted_on: IsoDate
  received_on: IsoDate
  to_land_bureau: boolean
  to_env_bureau: boolean
  standard: string
}

export interface EvaluatorAssignmentRow {
  id: number
  mine_id: number
  self_assessment_id: number
  agency_id: number
  event_id: number | null
  assigned_on: IsoDate
  method: string
  seed: string
  candidates: number[]
  purpose: 'verification' | 'recheck'
}

export interface VerificationRow {
  id: number
  mine_id: number
  assignment_id: number
  event_id: number | null
  verified_on: IsoDate
  passed: boolean
  late: boolean
  indicator_version: string
  prerequisites: Record<string, boolean>
  scores: Record<string, number>
  total: number
  team: { expertId: number; name: string; senior: boolean; leader: boolean }[]
  /** False: the demo was scored with stand-ins for CN-2020's unconfirmed group weights. */
  weights_confirmed: boolean
  industry_standard: string
  standard_conforms: boolean
}

export interface PublicityRow {
  id: number
  level: 'county' | 'province' | 'removal' | 'spot_check'
  region_code: string
  title: string
  body: string
  start_on: IsoDate
  end_on: IsoDate
  objection_channel: string
  issuer: string
  published_on: IsoDate
  closed_on: IsoDate | null
  is_demo: true
}

export interface PublicityItemRow {
  publicity_id: number
  mine_id: number
  verification_id: number | null
  remarks: string
}

export interface ObjectionRow {
  id: number
  publicity_id: number
  mine_id: number
  received_on: IsoDate
  submitter_name: string
  submitter_contact: string
  content: string
  upheld: boolean | null
  decided_on: IsoDate | null
}

export interface CityReportRow {
  id: number
  city_code: string
  window_end: IsoDate
  submitted_on: IsoDate
  submitted_by: number | null
}

export interface CityReportItemRow {
  report_id: number
  mine_id: number
}

export interface DirectoryEntryRow {
  id: number
  mine_id: number
  list_publicity_id: number | null
  entered_on: IsoDate
  removed_on: IsoDate | null
  removal_reason: string | null
  exposure_publicity_id: number | null
}

export interface SpotCheckDrawRow {
  id: number
  drawn_on: IsoDate
  seed: string
  region_code: string
  ratio: number
  population: number[]
  result: Record<string, unknown>
  published_on: IsoDate | null
  drawn_by: number | null
}

export interface SpotCheckRow {
  id: number
  draw_id: number
  mine_id: number
  checked_on: IsoDate
  inspectors: { expertId: number; name: string }[]
  result: 'pass' | 'declined'
  findings: string
}

export interface RectificationOrderRow {
  id: number
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

export interface SuspensionRow {
  id: number
  mine_id: number
  rule: string
  reason: string
  ordered_on: IsoDate
  deadline: IsoDate | null
  accepted_on: IsoDate | null
  resumed_on: IsoDate | null
  acceptance_document_id: number | null
}

/** A stored document (a demo acceptance record: a small PDF, content as `\\x…` hex). */
export interface DocumentRow {
  id: number
  sha256: string
  size_bytes: number
  media_type: string
  filename: string
  kind: string
  mine_id: number
  content: string
  uploaded_by: number | null
  uploaded_at: string
  is_demo: true
}

export interface BlacklistEntryRow {
  id: number
  subject: 'enterprise' | 'person'
  organization_id: number
  person_name: string | null
  person_role: string | null
  mine_id: number
  reason: string
  listed_on: IsoDate
  delisted_on: IsoDate | null
}

export interface TargetRow {
  year: number
  region_code: string
  kind: 'count' | 'rate'
  value: number
  source: 'city'
  set_by: number | null
  set_on: IsoDate
}

export interface ArchivedOriginalRow {
  id: number
  mine_id: number
  publicity_id: number
  event_id: number | null
  self_assessment_document_id: number
  verification_report_document_id: number
  archived_on: IsoDate
}

export interface DemoTables {
  organization: OrganizationRow[]
  agency_listing: AgencyListingRow[]
  app_user: UserRow[]
  expert: ExpertRow[]
  licence: LicenceRow[]
  licence_term: LicenceTermRow[]
  licence_event: LicenceEventRow[]
  mine: MineRow[]
  mine_equipment_event: MineEquipmentEventRow[]
  document: DocumentRow[]
  agency_dealing: AgencyDealingRow[]
  app_user_mine: AppUserMineRow[]
  mine_area: MineAreaRow[]
  mine_area_version: MineAreaVersionRow[]
  mine_event: MineEventRow[]
  self_assessment: SelfAssessmentRow[]
  evaluator_assignment: EvaluatorAssignmentRow[]
  verification: VerificationRow[]
  publicity: PublicityRow[]
  publicity_item: PublicityItemRow[]
  objection: ObjectionRow[]
  city_report: CityReportRow[]
  city_report_item: CityReportItemRow[]
  directory_entry: DirectoryEntryRow[]
  spot_check_draw: SpotCheckDrawRow[]
  spot_check: SpotCheckRow[]
  rectification_order: RectificationOrderRow[]
  suspension: SuspensionRow[]
  blacklist_entry: BlacklistEntryRow[]
  archived_original: ArchivedOriginalRow[]
  target: TargetRow[]
}

export const TABLE_ORDER: readonly (keyof DemoTables)[] = [
  'organization',
  'agency_listing',
  'app_user',
  'expert',
  'licence',
  'licence_term',
  'licence_event',
  'mine',
  'mine_equipment_event',
  'document',
  'agency_dealing',
  'app_user_mine',
  'mine_area',
  'mine_area_version',
  'mine_event',
  'self_assessment',
  'evaluator_assignment',
  'verification',
  'publicity',
  'publicity_item',
  'objection',
  'city_report',
  'city_report_item',
  'directory_entry',
  'spot_check_draw',
  'spot_check',
  'rectification_order',
  'suspension',
  'blacklist_entry',
  'archived_original',
  'target',
]

/** Columns holding geometry, with the SQL shape they need. */
export const GEOMETRY_COLUMNS: Partial<Record<keyof DemoTables, Record<string, 'point' | 'multipolygon'>>> = {
  licence: { geom: 'multipolygon' },
  mine: { location: 'point' },
  mine_area: { geom: 'multipolygon' },
  mine_area_version: { geom: 'multipolygon' },
}

export interface DemoData {
  seed: string
  /** Fixed, so that the same seed gives byte-identical data. */
  generatedAt: string
  tables: DemoTables
}
