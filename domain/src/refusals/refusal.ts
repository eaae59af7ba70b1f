// Every refusal the platform can answer with, as one closed union of literal codes with typed
// parameters. The API sends `{code, params}`; people read it through messages.ts, in 中文 or English.
import type { Dealing } from '../evaluation/conflicts'
import type { LngLat } from '../geo/coords'

/** A position a refusal points at (the web marks it on the map). */
export type RefusalPosition = LngLat

/** A name for people, in both languages (an event, a state, an indicator group). */
export interface RefusalLabel {
  zh: string
  en: string
}

/** Refusals of the programme's rules (`<rule>.<reason>`), thrown by the domain as RuleError. */
export const RULE_ERROR_CODES = [
  'input.invalid_date',
  'input.invalid_argument',
  'R1.unknown_policy',
  'R1.term_invalid',
  'R1.equipment_state',
  'R2.invalid_target',
  'R2.cannot_split',
  'R2.split_mismatch',
  'R3.unknown_event',
  'R3.wrong_role',
  'R3.illegal_transition',
  'R3.1.missing_recipient',
  'R3.2.evaluator_not_listed',
  'R3.2.conflicted_evaluator',
  'R3.2.agency_understaffed',
  'R3.2.assignment_unjustified',
  'R3.2.draw_exists',
  'R3.2.draw_unusable',
  'R3.2.exception_unusable',
  'R3.4.not_assigned_evaluator',
  'R3.4.score_not_passing',
  'R3.4.reason_required',
  'R3.4.team_invalid',
  'R3.4.unknown_indicator_set',
  'R3.4.invalid_score',
  'R3.4.unregistered_team_member',
  'R3.4.wrong_standard',
  'R3.4.standard_not_met',
  'R3.4.indicator_table_invalid',
  'R3.5.invalid_period',
  'R3.5.missing_objection_channel',
  'R3.5.publicity_not_ended',
  'R3.5.originals_not_archived',
  'R3.5.original_invalid',
  'R3.5.period_too_short',
  'R3.5.calendar_missing',
  'R3.5.objection_open',
  'R3.6.outside_window',
  'R3.7.invalid_period',
  'R3.7.missing_objection_channel',
  'R3.7.publicity_not_ended',
  'R3.7.objection_upheld',
  'R3.7.period_too_short',
  'R3.7.calendar_missing',
  'R3.7.objection_open',
  'R4.no_acceptance',
  'R4.invalid_date',
  'R4.order_not_due',
  'R4.deadline_required',
  'R6.invalid_deadline',
  'R6.invalid_draw',
  'R6.not_enough_inspectors',
  'R6.recheck_scores_required',
  'R7.year_not_over',
  'R7.year_closed',
  'R6.invalid_period',
  'R6.draw_exists',
  'R6.draw_backdated',
  'R6.seed_mismatch',
  'R6.draw_not_published',
  'R6.recheck_agency_required',
  'R6.recheck_agency_conflicted',
  'R6.removal_pending',
  'R6.removal_not_due',
  'R6.blacklisted',
  'R6.not_blacklisted',
] as const

/** Problems found in a drawn polygon without a database; each names where (`path`). */
export const GEOMETRY_PROBLEM_CODES = [
  'geometry_type',
  'unsupported_crs',
  'invalid_coordinates',
  'coordinate_out_of_range',
  'swapped_coordinates',
  'ring_not_closed',
  'ring_too_short',
  'too_many_vertices',
] as const

/** PostGIS validity (ST_IsValidReason), with the position it names. */
export const GEOMETRY_VALIDITY_CODES = [
  'geometry_self_intersection',
  'geometry_ring_self_intersection',
  'geometry_hole_outside_shell',
  'geometry_nested_holes',
  'geometry_nested_shells',
  'geometry_interior_disconnected',
  'geometry_too_few_points',
  'geometry_invalid',
] as const

/** Every refusal code; `RefusalCode` is derived from this list, so the two cannot diverge. */
export const REFUSAL_CODES = [
  // the request itself
  'invalid_input',
  'malformed_json',
  'bad_request',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'unknown_region',
  'internal',
  'database_unavailable',
  'request_timeout',
  'headers_too_large',
  // who is asking
  'unauthenticated',
  'invalid_credentials',
  'account_disabled',
  'demo_disabled',
  'too_many_attempts',
  'csrf',
  'forbidden',
  'invalid_account',
  // versions and business dates
  'version_conflict',
  'future_date',
  'backdated',
  // the two clocks: events dated far back wait for the province
  'backdate_reason_required',
  'backdate_not_pending',
  // restoration and reclamation areas
  'nothing_to_change',
  'footprint_read_only',
  'area_out_of_range',
  'outside_province',
  'too_far_from_footprint',
  'planned_end_before_start',
  // imports of GIS files
  'import_refused',
  'import_has_problems',
  'unknown_gk_zone',
  'too_few_corner_points',
  'area_mismatch',
  'licence_one_polygon',
  'unreadable_geometry',
  ...GEOMETRY_PROBLEM_CODES,
  ...GEOMETRY_VALIDITY_CODES,
  // workflow records
  'draw_required',
  'not_drawn',
  'duplicate_spot_check',
  'publicity_mismatch',
  // the registry
  'licence_state',
  'licence_no_taken',
  'enterprise_invalid',
  'location_outside_county',
  // public objections
  'objection_closed',
  'objection_rejected',
  'objection_decided',
  // documents
  'empty_file',
  'type_mismatch',
  'unsupported_type',
  'type_not_allowed_for_kind',
  // field inspections sent from a phone's outbox
  'field.client_id_reused',
  'field.too_old',
  // vector tiles
  'invalid_tile',
  'unknown_layer',
  'zoom_out_of_range',
  ...RULE_ERROR_CODES,
] as const

export type RefusalCode = (typeof REFUSAL_CODES)[number]
export type RuleErrorCode = (typeof RULE_ERROR_CODES)[number]
export type GeometryProblemCode = (typeof GEOMETRY_PROBLEM_CODES)[number]
export type GeometryValidityCode = (typeof GEOMETRY_VALIDITY_CODES)[number]

/** What went wrong with an input field: zod's issue kinds, plus the API's own cross-field checks. */
export type InputIssue =
  | 'required'
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'invalid_value'
  | 'custom'
  | 'land_class'
  | 'date_range'
  | 'nul_character'
  | 'too_deep'
  | 'one_required'
  | 'exactly_one'

/** What a file's content turned out to be (documents). */
export type FileContent = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'zip' | 'text' | 'binary'

type NoParams = object

/** Where a ring sits: `polygon` (0-based) of a MultiPolygon, ring 0 the outer ring, 1… the holes. */
interface RingPlace {
  path: string
  polygon: number
  ring: number
  /** More than one polygon, so the polygon is named too. */
  multi: boolean
}

interface PublicityPeriodProblem {
  reason: 'ends_before_start' | 'before_decision'
  start: string
  end: string
  /** The decision the notice publishes; for `before_decision`. */
  notBefore?: string
}

interface PublicityTooShort {
  start: string
  end: string
  workingDays: number
  minimum: number
  /** The earliest end date that gives the minimum. */
  earliestEnd: string
}

interface ObjectionsOpen {
  /** Objections received and not yet decided. */
  open: number
}

interface PublicityNotEnded {
  end: string
  on: string
  /** The first day on which the step can be taken. */
  closableFrom: string
}

interface ValidityProblem {
  /** The position PostGIS names, when it names one. */
  at?: LngLat
}

/** The parameters of each code (keys of `params` in an API error). */
export interface RefusalParamsByCode {
  invalid_input: {
    /** Dotted path of the field, `(body)` for the whole body. */
    field: string
    issue: InputIssue
    expected?: string
    values?: string[]
    minimum?: number
    maximum?: number
    keys?: string[]
    /** What `minimum`/`maximum` count for strings and arrays. */
    unit?: 'characters' | 'items'
    /** The fields of a cross-field check (`one_required`, `exactly_one`). */
    fields?: string[]
    format?: string
  }
  malformed_json: NoParams
  bad_request: NoParams
  payload_too_large: { maxBytes?: number; sizeBytes?: number }
  unsupported_media_type: { expected: string }
  unknown_region: { region: string }
  not_found: {
    resource:
      | 'mine'
      | 'area'
      | 'document'
      | 'document_content'
      | 'route'
      | 'licence'
      | 'collection'
      | 'feature'
      | 'backdated_entry'
      | 'agency'
      | 'expert'
      | 'draw'
      | 'exception'
      | 'spot_check_draw'
      | 'publicity'
      | 'objection'
      | 'blacklist_entry'
      | 'import_job'
      | 'notification'
      | 'field_inspection'
    id?: number
    /** For `collection` and `feature`: the OGC collection id. */
    collection?: string
    /** For `route`: method and path that matched nothing. */
    path?: string
  }
  internal: NoParams
  /** The database cannot be reached (restart, failover, network cut); try again after this many seconds. */
  database_unavailable: { retryAfterSeconds: number }
  request_timeout: NoParams
  headers_too_large: NoParams
  unauthenticated: NoParams
  invalid_credentials: NoParams
  account_disabled: NoParams
  demo_disabled: NoParams
  /** `action`: 'objection' when objections from one address are throttled (sign-ins otherwise). */
  too_many_attempts: { retryAfterSeconds: number; action?: 'objection' }
  csrf: { header: string }
  forbidden:
    | { reason: 'role_required'; roles: string[]; role: string }
    | { reason: 'area_editor' | 'area_approver'; mineId: number; regionCode: string; role: string }
    | { reason: 'outside_region'; regionCode: string; userRegionCode: string | null }
    | { reason: 'document_mine'; mineId: number; role: string }
    | { reason: 'document_kind'; role: string; kind: string; allowedKinds: string[] }
    | { reason: 'objection_decider'; publicityId: number; regionCode: string; role: string }
  invalid_account:
    | { reason: 'username_format'; username: string }
    | { reason: 'password_too_short'; minLength: number }
    | { reason: 'password_weak'; problem: 'common' | 'contains_username' | 'one_character' }
    | { reason: 'unknown_role'; role: string; roles: string[] }
    | { reason: 'region_required' | 'region_not_allowed'; role: string }
    | { reason: 'unknown_region'; regionCode: string }
    | {
        reason: 'wrong_region_level'
        role: string
        regionCode: string
        regionName: string
        level: string
        needed: string
      }
    | { reason: 'organization_required'; role: string; kind: string }
    | { reason: 'unknown_organization'; organizationId: number }
    | {
        reason: 'wrong_organization_kind'
        role: string
        kind: string
        organizationId: number
        organizationName: string
        organizationKind: string
      }
    | { reason: 'username_taken'; username: string }
  version_conflict:
    | {
        resource: 'area'
        id: number
        sent: number
        currentVersion: number
        /** The area as it is now (a GeoJSON Feature), so the editor can merge and retry. */
        current: unknown
      }
    | {
        resource: 'mine'
        id: number
        sent: number
        currentVersion: number
        greenState: string
        opsStatus: string
        /** What changed on the mine since `sent` (field inspections): who, when, what. */
        changes?: MineChange[]
      }
  future_date: { on: string }
  backdated: { on: string; lastOn: string }
  backdate_reason_required: { on: string; today: string; daysBack: number; maxDays: number }
  backdate_not_pending: { id: number; status: 'approved' | 'rejected' }
  nothing_to_change: NoParams
  footprint_read_only: { id: number }
  area_out_of_range: { areaM2: number; minM2: number; maxM2: number }
  outside_province: NoParams
  too_far_from_footprint: {
    distanceM: number
    maxDistanceM: number
    reference: 'footprint' | 'licence' | 'location'
  }
  planned_end_before_start: { plannedStart: string; plannedEnd: string }
  import_refused: {
    /** Why the file was not read at all (nothing was written). */
    reason:
      | 'unknown_format'
      | 'wrong_magic'
      | 'unsafe_zip_path'
      | 'zip_too_large'
      | 'broken_file'
      | 'external_entity'
      | 'no_records'
      | 'too_many_records'
    /** The offending entry, extension or detail. */
    detail?: string
  }
  import_has_problems: { records: number; withProblems: number }
  /** Corner points whose Y prefix names no CGCS2000 3° zone of Zhejiang (39–41). */
  unknown_gk_zone: { zone: number }
  too_few_corner_points: { count: number }
  /** Computed (geodesic) area against the area the source declares, beyond the tolerance. */
  area_mismatch: { areaM2: number; declaredAreaM2: number; tolerancePct: number }
  /** A licence import takes one record (the licensed area); the file has `records`. */
  licence_one_polygon: { records: number }
  unreadable_geometry: { detail: string }
  geometry_type: { got?: string }
  unsupported_crs: { crs: string }
  invalid_coordinates: {
    path: string
    /** What should be there: a non-empty array of polygons or rings, an array of positions, or a position. */
    expected: 'polygons' | 'rings' | 'positions' | 'position'
    got?: string
  }
  coordinate_out_of_range: { path: string; at: LngLat }
  swapped_coordinates: { path: string; at: LngLat }
  ring_not_closed: RingPlace & { first: LngLat; last: LngLat; at: LngLat }
  ring_too_short: RingPlace & { positions: number }
  too_many_vertices: { vertices: number; maxVertices: number }
  geometry_self_intersection: ValidityProblem
  geometry_ring_self_intersection: ValidityProblem
  geometry_hole_outside_shell: ValidityProblem
  geometry_nested_holes: ValidityProblem
  geometry_nested_shells: ValidityProblem
  geometry_interior_disconnected: ValidityProblem
  geometry_too_few_points: ValidityProblem
  geometry_invalid: ValidityProblem
  draw_required: NoParams
  not_drawn: { mineId: number; drawId: number }
  duplicate_spot_check: { mineId: number; drawId: number; checkedOn: string }
  publicity_mismatch:
    | { reason: 'not_open'; publicityId: number; level: string; regionCode: string }
    | {
        reason: 'period'
        publicityId: number
        noticeStart: string
        noticeEnd: string
        start: string
        end: string
      }
  /** A registry step the licence's status does not allow (e.g. renewing a cancelled licence). */
  licence_state: { licenceId: number; status: string; action: string }
  licence_no_taken: { licenceNo: string }
  enterprise_invalid: { reason: 'unknown' | 'same_holder'; enterpriseId: number }
  location_outside_county: { countyCode: string; at: LngLat }
  empty_file: NoParams
  type_mismatch: {
    extension: string | null
    claimedType: string | null
    /** What the name or the claimed type stands for, when the content is unrecognised. */
    claimed?: FileContent
    content: FileContent
    /** First bytes in hex, for unrecognised binary content. */
    head?: string
    /** The extension that would fit the content. */
    renameTo?: string
  }
  unsupported_type: {
    extension: string | null
    claimedType: string | null
    content: FileContent
    head?: string
    renameTo?: string
  }
  type_not_allowed_for_kind: { kind: string; allowedTypes: string[]; content: FileContent }
  invalid_tile: { axis: 'z' | 'x' | 'y'; value: string; max?: number }
  unknown_layer: { layer: string; available: string[] }
  zoom_out_of_range: { layer: string; z: number; minzoom: number; maxzoom: number }

  'input.invalid_date': { value: string }
  'input.invalid_argument': { name: string; value: string }
  'R1.unknown_policy': { policyId: string; known: string[] }
  'R1.term_invalid':
    | { reason: 'ends_before_start'; validFrom: string; validTo: string }
    | { reason: 'overlap' | 'gap'; validFrom: string; previousValidTo: string; expectedFrom: string }
  'R1.equipment_state': { change: 'installed' | 'removed'; installed: boolean }
  'R2.invalid_target':
    | { reason: 'not_whole'; total: number }
    | { reason: 'county'; countyCode: string; year: number; kind: 'count' | 'rate'; value: number }
    | { reason: 'annex'; field: string; value: string }
  'R2.cannot_split': { reason: 'weights' } | { reason: 'nothing_in_scope'; total: number }
  'R2.split_mismatch':
    | { reason: 'no_city_target'; cityCode: string; year: number }
    | { reason: 'counties'; cityCode: string; missing: string[]; unknown: string[] }
    | { reason: 'not_whole' | 'rate_range'; countyCode: string; value: number }
    | { reason: 'count_below'; year: number; cityTarget: number; sum: number }
    | { reason: 'rate_below'; year: number; cityRate: number; countyCode: string; value: number }
  'R3.unknown_event': { event: string }
  'R3.wrong_role': { role: string; event: string; eventLabel: RefusalLabel; allowedRoles: string[] }
  'R3.illegal_transition': {
    state: string
    /** What is in that state: the mine (default) or an area. */
    subject?: RefusalLabel
    stateLabel?: RefusalLabel
    event: string
    eventLabel: RefusalLabel
    allowedFrom: string[]
  }
  'R3.1.missing_recipient': { missing: string[] }
  'R3.2.evaluator_not_listed':
    { reason: 'agency'; agencyId: string; on: string } | { reason: 'none_free'; on: string }
  'R3.2.conflicted_evaluator': { agencyId: string; conflicts: Dealing[] }
  'R3.4.not_assigned_evaluator': { assigned: string; actor: string }
  'R3.4.score_not_passing': {
    step: 'verification' | 'recheck'
    /** Why the score fails, each in both languages (EvaluationReason). */
    reasons: { code: string; subject?: string; message: string; messageZh: string }[]
  }
  'R3.4.reason_required': NoParams
  'R3.4.team_invalid': { size: number; seniors: number; minSize: number; minSeniors: number }
  'R3.4.unknown_indicator_set': { id: string; known: string[] }
  'R3.4.invalid_score': { group: string; groupLabel: RefusalLabel; max: number; score: string }
  'R3.2.agency_understaffed': {
    agencyId: string
    staff: number
    seniors: number
    minStaff: number
    minSeniorShare: number
  }
  'R3.2.assignment_unjustified': { agencyId: string }
  'R3.2.draw_exists': { drawId: number; selfAssessmentId: number }
  'R3.2.draw_unusable': {
    drawId: number
    reason: 'not_drawn' | 'already_drawn' | 'used' | 'other_attempt' | 'other_agency'
  }
  'R3.2.exception_unusable': {
    exceptionId: number
    reason: 'wrong_kind' | 'other_attempt' | 'not_approved' | 'used' | 'other_agency' | 'decided'
  }
  'R3.4.unregistered_team_member': { memberIds: string[]; agencyId: string; on: string }
  'R3.4.wrong_standard': { expected: string | null; got: string | null }
  'R3.4.standard_not_met': { standard: string }
  'R3.4.indicator_table_invalid': {
    /** 1-based line of the CSV (0: the table as a whole). */
    line: number
    problem: 'header' | 'unknown_group' | 'points' | 'items' | 'duplicate' | 'total' | 'contradicts_confirmed'
    value?: string
    expected?: number
    got?: number
  }
  'R3.5.invalid_period': PublicityPeriodProblem
  'R3.5.missing_objection_channel': NoParams
  'R3.5.publicity_not_ended': PublicityNotEnded
  'R3.5.originals_not_archived': { archived: { selfAssessment: boolean; verificationReport: boolean } }
  'R3.5.original_invalid': {
    original: 'selfAssessment' | 'verificationReport'
    documentId: number
    reason: 'not_found' | 'other_mine' | 'wrong_kind'
    kind?: string
    expectedKind?: string
  }
  'R3.5.period_too_short': PublicityTooShort
  'R3.5.calendar_missing': { year: number }
  'R3.5.objection_open': ObjectionsOpen
  'R3.6.outside_window': { on: string; nextWindow: { start: string; end: string } }
  'R3.7.invalid_period': PublicityPeriodProblem
  'R3.7.missing_objection_channel': NoParams
  'R3.7.publicity_not_ended': PublicityNotEnded
  'R3.7.objection_upheld': NoParams
  'R3.7.period_too_short': PublicityTooShort
  'R3.7.calendar_missing': { year: number }
  'R3.7.objection_open': ObjectionsOpen
  'R4.no_acceptance': {
    acceptance: { documentId: string; acceptedOn: string } | null
    suspendedOn: string | null
  }
  'R4.invalid_date': { started: string; on: string }
  'R4.order_not_due': {
    productionStartedOn: string | null
    /** First day an order may be given (a full year after formal production); null without production. */
    dueOn: string | null
    on: string
    enteredDirectoryOn: string | null
  }
  'R4.deadline_required': { on: string; deadline: string | null }
  'R6.invalid_deadline': { orderedOn: string; deadline: string }
  'R6.invalid_draw':
    | { reason: 'count'; count: number; population: number }
    | { reason: 'ratio'; ratio: number }
    | { reason: 'seed' }
    | { reason: 'inspectors_per_mine'; perMine: number; minimum: number }
  'R6.not_enough_inspectors': { mineId: string; eligible: number; needed: number }
  'R6.recheck_scores_required': { result: 'pass' | 'fail' }
  'R7.year_not_over': { year: number; closableFrom: string }
  'R7.year_closed': { year: number; closedAt: string }
  'R6.invalid_period': { period: string }
  'R6.draw_backdated': { on: string; today: string; daysBack: number; maxDays: number }
  'R6.draw_exists': { regionCode: string; period: string; drawId: number; committedOn: string }
  'R6.seed_mismatch': { drawId: number; seedHash: string; revealedHash: string }
  'R6.draw_not_published': {
    drawId: number
    reason: 'not_revealed' | 'not_committed' | 'other_region' | 'other_period'
  }
  'R6.recheck_agency_required': NoParams
  'R6.recheck_agency_conflicted': {
    agencyId: string
    reason: 'original_evaluator' | 'not_listed' | 'conflict'
  }
  'R6.removal_pending': { recheckFailedOn: string }
  'R6.removal_not_due': NoParams
  'R6.blacklisted': { enterpriseId: string; listedOn: string; reason: string }
  'R6.not_blacklisted': { entryId: number; delistedOn: string }
  objection_closed: { publicityId: number; start: string; end: string; on: string }
  objection_rejected:
    | { reason: 'too_short'; minLength: number }
    | { reason: 'too_long'; maxLength: number }
    | { reason: 'links'; maxLinks: number }
    | { reason: 'control_characters' }
    | { reason: 'not_listed'; mineId: number; publicityId: number }
    | { reason: 'notice_kind'; level: string }
  objection_decided: { objectionId: number; decidedOn: string; upheld: boolean }
  /** The outbox id names an inspection (or photo) already recorded with other content or by someone else. */
  'field.client_id_reused': { clientId: string; kind: 'inspection' | 'photo'; id: number }
  /** An inspection dated further back than BACKDATE_DAYS (it is recorded on site, on the day). */
  'field.too_old': { on: string; today: string; daysBack: number; maxDays: number }
}

/** One change of a mine since a version the client saw (a version conflict shows them). */
export interface MineChange {
  /** The mine's version after the change. */
  version: number
  /** The audit action, e.g. `event.spot_check`. */
  action: string
  at: string
  by: string | null
  role: string
}

// The params map must have exactly the codes of the list (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const codesMatchParams: Same<keyof RefusalParamsByCode, RefusalCode> = true
void codesMatchParams

export type RefusalParams<C extends RefusalCode> = RefusalParamsByCode[C]

/** One refusal: a literal code and its parameters, e.g. `{code:'geometry_self_intersection', at:[120.04, 30.95]}`. */
export type Refusal = { [C in RefusalCode]: { code: C } & RefusalParamsByCode[C] }[RefusalCode]
export type RefusalOf<C extends RefusalCode> = Extract<Refusal, { code: C }>
export type RuleRefusal = RefusalOf<RuleErrorCode>
export type GeometryProblem = RefusalOf<GeometryProblemCode>

const CODES: ReadonlySet<string> = new Set(REFUSAL_CODES)

export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === 'string' && CODES.has(value)
}

/** The parameters of a refusal, i.e. everything but its code (what the API sends as `params`). */
export function refusalParams(refusal: Refusal): Record<string, unknown> {
  const { code: _code, ...params } = refusal
  return params
}
