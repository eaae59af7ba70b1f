import { describe, expect, it } from 'vitest'
import { RuleError } from '../errors'
import { REFUSAL_MESSAGES, refusalMessage } from './messages'
import {
  REFUSAL_CODES,
  RULE_ERROR_CODES,
  isRefusalCode,
  type Refusal,
  type RefusalCode,
  type RefusalParams,
} from './refusal'

const CJK = /[\u3400-\u9fff]/

/** At least one sample per code and per variant; the type makes a missing code a compile error. */
const SAMPLES: { [C in RefusalCode]: RefusalParams<C>[] } = {
  invalid_input: [
    { field: 'pageSize', issue: 'too_big', maximum: 200 },
    { field: 'password', issue: 'required' },
    { field: 'name', issue: 'too_small', minimum: 1, unit: 'characters' },
    { field: 'ids', issue: 'too_big', maximum: 50, unit: 'items' },
    { field: 'kind', issue: 'invalid_value', values: ['restoration', 'reclamation'] },
    { field: 'body', issue: 'unrecognized_keys', keys: ['approval'] },
    { field: 'targetLandClass', issue: 'land_class' },
    { field: 'agencyId', issue: 'one_required', fields: ['agencyId', 'selectionSeed'] },
    { field: 'ratio', issue: 'exactly_one', fields: ['ratio', 'count'] },
    { field: 'asOf', issue: 'invalid_format', format: 'date' },
    { field: 'asOf', issue: 'date_range' },
    { field: 'q', issue: 'nul_character' },
    { field: 'geometry', issue: 'too_deep', maximum: 32 },
  ],
  'field.client_id_reused': [
    { clientId: '6f1c0a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f', kind: 'inspection', id: 3 },
    { clientId: '6f1c0a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f', kind: 'photo', id: 4 },
  ],
  'field.too_old': [{ on: '2020-01-01', today: '2020-03-01', daysBack: 60, maxDays: 30 }],
  malformed_json: [{}],
  bad_request: [{}],
  payload_too_large: [
    { maxBytes: 2 * 1024 * 1024 },
    { maxBytes: 20 * 1024 * 1024, sizeBytes: 21 * 1024 * 1024 },
  ],
  unsupported_media_type: [{ expected: 'application/json' }],
  unknown_region: [{ region: '339999' }],
  not_found: [
    { resource: 'mine', id: 7 },
    { resource: 'route', path: 'GET /api/nothing' },
    { resource: 'collection', collection: 'rivers' },
    { resource: 'feature', collection: 'counties', id: 330599 },
    { resource: 'draw', id: 3 },
    { resource: 'spot_check_draw', id: 3 },
    { resource: 'publicity', id: 3 },
    { resource: 'objection', id: 3 },
    { resource: 'blacklist_entry', id: 3 },
  ],
  internal: [{}],
  database_unavailable: [{ retryAfterSeconds: 5 }],
  request_timeout: [{}],
  headers_too_large: [{}],
  unauthenticated: [{}],
  invalid_credentials: [{}],
  account_disabled: [{}],
  demo_disabled: [{}],
  too_many_attempts: [{ retryAfterSeconds: 900 }, { action: 'objection', retryAfterSeconds: 1800 }],
  csrf: [{ header: 'X-CSRF-Token' }],
  forbidden: [
    { reason: 'role_required', roles: ['county', 'city'], role: 'enterprise' },
    { reason: 'area_editor', mineId: 3, regionCode: '330522', role: 'leader' },
    { reason: 'area_approver', mineId: 3, regionCode: '330522', role: 'planner' },
    { reason: 'outside_region', regionCode: '330100', userRegionCode: '330522' },
    { reason: 'document_mine', mineId: 3, role: 'enterprise' },
    { reason: 'document_kind', role: 'enterprise', kind: 'acceptance', allowedKinds: ['photo', 'other'] },
    { reason: 'document_kind', role: 'leader', kind: 'photo', allowedKinds: [] },
    { reason: 'objection_decider', publicityId: 4, regionCode: '330522', role: 'city' },
  ],
  invalid_account: [
    { reason: 'username_format', username: 'A B' },
    { reason: 'password_too_short', minLength: 10 },
    { reason: 'password_weak', problem: 'common' },
    { reason: 'password_weak', problem: 'contains_username' },
    { reason: 'password_weak', problem: 'one_character' },
    { reason: 'unknown_role', role: 'king', roles: ['county', 'city'] },
    { reason: 'region_required', role: 'county' },
    { reason: 'region_not_allowed', role: 'enterprise' },
    { reason: 'unknown_region', regionCode: '110000' },
    {
      reason: 'wrong_region_level',
      role: 'county',
      regionCode: '330500',
      regionName: '湖州市',
      level: 'city',
      needed: 'county',
    },
    { reason: 'organization_required', role: 'evaluator', kind: 'agency' },
    { reason: 'unknown_organization', organizationId: 99 },
    {
      reason: 'wrong_organization_kind',
      role: 'evaluator',
      kind: 'agency',
      organizationId: 4,
      organizationName: '长兴矿业',
      organizationKind: 'enterprise',
    },
    { reason: 'username_taken', username: 'county.a' },
  ],
  version_conflict: [
    { resource: 'area', id: 5, sent: 1, currentVersion: 2, current: { type: 'Feature' } },
    { resource: 'mine', id: 5, sent: 1, currentVersion: 2, greenState: 'verified', opsStatus: 'producing' },
  ],
  future_date: [{ on: '2030-01-01' }],
  backdated: [{ on: '2019-01-01', lastOn: '2019-02-01' }],
  backdate_reason_required: [{ on: '2020-12-01', today: '2026-11-30', daysBack: 2190, maxDays: 30 }],
  backdate_not_pending: [
    { id: 3, status: 'approved' },
    { id: 4, status: 'rejected' },
  ],
  nothing_to_change: [{}],
  footprint_read_only: [{ id: 4 }],
  planned_end_before_start: [{ plannedStart: '2021-03-01', plannedEnd: '2020-12-31' }],
  area_out_of_range: [{ areaM2: 3.2, minM2: 10, maxM2: 50_000_000 }],
  outside_province: [{}],
  import_refused: [{ reason: 'unsafe_zip_path', detail: '../etc/passwd' }, { reason: 'wrong_magic' }],
  import_has_problems: [{ records: 3, withProblems: 1 }],
  unknown_gk_zone: [{ zone: 38 }],
  too_few_corner_points: [{ count: 2 }],
  area_mismatch: [{ areaM2: 1210.5, declaredAreaM2: 1000, tolerancePct: 1 }],
  licence_one_polygon: [{ records: 2 }],
  unreadable_geometry: [{ detail: 'Invalid GeoJSON' }],
  too_far_from_footprint: [{ distanceM: 3120, maxDistanceM: 500, reference: 'footprint' }],
  geometry_type: [{ got: 'Point' }, {}],
  unsupported_crs: [{ crs: '"EPSG:4549"' }],
  invalid_coordinates: [
    { path: 'coordinates[0][0][0]', expected: 'position', got: '["119.9","31.0"]' },
    { path: 'coordinates', expected: 'polygons' },
  ],
  coordinate_out_of_range: [{ path: 'coordinates[0][0][0]', at: [200, 31] }],
  swapped_coordinates: [{ path: 'coordinates[0][0][0]', at: [31, 119.9] }],
  ring_not_closed: [
    {
      path: 'coordinates[1][1]',
      polygon: 1,
      ring: 1,
      multi: true,
      first: [119.9, 31],
      last: [119.91, 31],
      at: [119.9, 31],
    },
  ],
  ring_too_short: [{ path: 'coordinates[0][0]', polygon: 0, ring: 0, multi: false, positions: 3 }],
  too_many_vertices: [{ vertices: 5001, maxVertices: 5000 }],
  geometry_self_intersection: [{ at: [120.041, 30.949] }],
  geometry_ring_self_intersection: [{ at: [120.041, 30.949] }],
  geometry_hole_outside_shell: [{ at: [120.041, 30.949] }],
  geometry_nested_holes: [{ at: [120.041, 30.949] }],
  geometry_nested_shells: [{ at: [120.041, 30.949] }],
  geometry_interior_disconnected: [{ at: [120.041, 30.949] }],
  geometry_too_few_points: [{ at: [120.041, 30.949] }],
  geometry_invalid: [{ at: [120.041, 30.949] }, {}],
  draw_required: [{}],
  not_drawn: [{ mineId: 12, drawId: 3 }],
  duplicate_spot_check: [{ mineId: 12, drawId: 3, checkedOn: '2019-09-10' }],
  licence_state: [{ licenceId: 3, status: 'cancelled', action: 'renew' }],
  licence_no_taken: [{ licenceNo: 'C3300002018011110000001' }],
  enterprise_invalid: [
    { reason: 'unknown', enterpriseId: 99 },
    { reason: 'same_holder', enterpriseId: 1 },
  ],
  location_outside_county: [{ countyCode: '330522', at: [120.1, 30.2] }],
  publicity_mismatch: [
    { reason: 'not_open', publicityId: 2, level: 'county', regionCode: '330522' },
    {
      reason: 'period',
      publicityId: 2,
      noticeStart: '2019-03-01',
      noticeEnd: '2019-03-10',
      start: '2019-03-02',
      end: '2019-03-10',
    },
  ],
  objection_closed: [{ publicityId: 4, start: '2026-11-20', end: '2026-11-30', on: '2026-12-01' }],
  objection_rejected: [
    { reason: 'too_short', minLength: 10 },
    { reason: 'too_long', maxLength: 5000 },
    { reason: 'links', maxLinks: 3 },
    { reason: 'control_characters' },
    { reason: 'not_listed', mineId: 7, publicityId: 4 },
    { reason: 'notice_kind', level: 'removal' },
  ],
  objection_decided: [{ objectionId: 3, decidedOn: '2026-11-29', upheld: false }],
  empty_file: [{}],
  type_mismatch: [
    { extension: 'pdf', claimedType: 'application/pdf', claimed: 'pdf', content: 'text' },
    { extension: 'pdf', claimedType: null, content: 'png', renameTo: 'png' },
    { extension: 'bin', claimedType: null, claimed: 'zip', content: 'binary', head: '00 01 02 03' },
  ],
  unsupported_type: [
    { extension: null, claimedType: null, content: 'binary', head: '00 01 02 03' },
    { extension: null, claimedType: null, content: 'pdf', renameTo: 'pdf' },
  ],
  type_not_allowed_for_kind: [{ kind: 'photo', allowedTypes: ['image/jpeg', 'image/png'], content: 'pdf' }],
  invalid_tile: [
    { axis: 'z', value: '1.5' },
    { axis: 'z', value: '23', max: 22 },
    { axis: 'x', value: '32', max: 31 },
  ],
  unknown_layer: [{ layer: 'rivers', available: ['counties', 'mines'] }],
  zoom_out_of_range: [{ layer: 'restoration', z: 5, minzoom: 10, maxzoom: 16 }],

  'input.invalid_date': [{ value: '2019-13-01' }],
  'input.invalid_argument': [{ name: 'months', value: 'x' }],
  'R1.unknown_policy': [{ policyId: 'ZJ-1999', known: ['ZJ-2018', 'ALT-3Y'] }],
  'R1.term_invalid': [
    { reason: 'ends_before_start', validFrom: '2020-01-01', validTo: '2019-12-31' },
    { reason: 'overlap', validFrom: '2019-06-30', previousValidTo: '2019-06-30', expectedFrom: '2019-07-01' },
    { reason: 'gap', validFrom: '2019-08-01', previousValidTo: '2019-06-30', expectedFrom: '2019-07-01' },
  ],
  'R1.equipment_state': [
    { change: 'installed', installed: true },
    { change: 'removed', installed: false },
  ],
  'R2.invalid_target': [
    { reason: 'not_whole', total: -1 },
    { reason: 'county', countyCode: '330522', year: 2019, kind: 'rate', value: 1.5 },
    { reason: 'annex', field: 'city_code', value: '330000' },
  ],
  'R2.cannot_split': [{ reason: 'weights' }, { reason: 'nothing_in_scope', total: 3 }],
  'R2.split_mismatch': [
    { reason: 'no_city_target', cityCode: '330500', year: 2023 },
    { reason: 'counties', cityCode: '330500', missing: ['330523'], unknown: ['330102'] },
    { reason: 'not_whole', countyCode: '330522', value: 2.5 },
    { reason: 'rate_range', countyCode: '330522', value: 1.2 },
    { reason: 'count_below', year: 2018, cityTarget: 12, sum: 11 },
    { reason: 'rate_below', year: 2019, cityRate: 0.85, countyCode: '330522', value: 0.8 },
  ],
  'R3.unknown_event': [{ event: 'fly' }],
  'R3.wrong_role': [
    {
      role: 'enterprise',
      event: 'enter_directory',
      eventLabel: { zh: '纳入全国绿色矿山名录库', en: 'Enter the national directory' },
      allowedRoles: ['province'],
    },
  ],
  'R3.illegal_transition': [
    {
      state: 'not_started',
      stateLabel: { zh: '未开展', en: 'Not started' },
      event: 'assign_evaluator',
      eventLabel: { zh: '选定评估机构', en: 'Assign an evaluator' },
      allowedFrom: ['self_assessed'],
    },
    {
      state: 'odd',
      event: 'close',
      eventLabel: { zh: '闭坑', en: 'Close' },
      allowedFrom: ['producing'],
    },
  ],
  'R3.1.missing_recipient': [{ missing: ['county_environment'] }],
  'R3.2.evaluator_not_listed': [
    { reason: 'agency', agencyId: 'A-1', on: '2019-02-01' },
    { reason: 'none_free', on: '2019-02-01' },
  ],
  'R3.2.conflicted_evaluator': [
    { agencyId: 'A-1', conflicts: [{ partyId: 'A-1', mineId: '7', kind: 'business', on: '2018-10-01' }] },
  ],
  'R3.4.not_assigned_evaluator': [{ assigned: 'A-1', actor: 'A-2' }],
  'R3.4.score_not_passing': [
    {
      step: 'verification',
      reasons: [
        { code: 'total_below_pass', message: 'Total 50 is below 60', messageZh: '总分 50 低于 60 分' },
      ],
    },
    {
      step: 'recheck',
      reasons: [
        { code: 'total_below_pass', message: 'Total 50 is below 60', messageZh: '总分 50 低于 60 分' },
      ],
    },
  ],
  'R3.4.reason_required': [{}],
  'R3.2.agency_understaffed': [{ agencyId: '3', staff: 12, seniors: 3, minStaff: 15, minSeniorShare: 0.3 }],
  'R3.2.assignment_unjustified': [{ agencyId: '3' }],
  'R3.2.draw_exists': [{ drawId: 4, selfAssessmentId: 9 }],
  'R3.2.draw_unusable': [
    { drawId: 4, reason: 'not_drawn' },
    { drawId: 4, reason: 'other_agency' },
  ],
  'R3.2.exception_unusable': [
    { exceptionId: 2, reason: 'not_approved' },
    { exceptionId: 2, reason: 'used' },
  ],
  'R3.4.unregistered_team_member': [{ memberIds: ['x1', 'x2'], agencyId: '3', on: '2024-05-01' }],
  'R3.4.wrong_standard': [
    { expected: 'DZ/T 0316-2018', got: 'DZ/T 0312-2018' },
    { expected: null, got: null },
  ],
  'R3.4.standard_not_met': [{ standard: 'DZ/T 0316-2018' }],
  'R3.4.indicator_table_invalid': [
    { line: 3, problem: 'unknown_group', value: 'foo' },
    { line: 0, problem: 'total', expected: 1000, got: 990 },
  ],
  'R3.4.team_invalid': [{ size: 3, seniors: 1, minSize: 5, minSeniors: 2 }],
  'R3.4.unknown_indicator_set': [{ id: 'CN-2024', known: ['ZJ-2018'] }],
  'R3.4.invalid_score': [
    {
      group: 'management_image',
      groupLabel: { zh: '企业管理与企业形象', en: 'Management' },
      max: 140,
      score: '141',
    },
  ],
  'R3.5.invalid_period': [
    { reason: 'ends_before_start', start: '2019-03-10', end: '2019-03-01' },
    { reason: 'before_decision', start: '2019-02-27', end: '2019-03-10', notBefore: '2019-02-28' },
  ],
  'R3.5.missing_objection_channel': [{}],
  'R3.5.publicity_not_ended': [{ end: '2019-03-20', on: '2019-03-15', closableFrom: '2019-03-21' }],
  'R3.5.originals_not_archived': [{ archived: { selfAssessment: true, verificationReport: false } }],
  'R3.5.original_invalid': [
    { original: 'selfAssessment', documentId: 9, reason: 'not_found' },
    { original: 'verificationReport', documentId: 9, reason: 'other_mine' },
    {
      original: 'verificationReport',
      documentId: 9,
      reason: 'wrong_kind',
      kind: 'photo',
      expectedKind: 'verification_report',
    },
  ],
  'R3.5.period_too_short': [
    { start: '2026-11-20', end: '2026-11-24', workingDays: 3, minimum: 7, earliestEnd: '2026-11-30' },
  ],
  'R3.5.calendar_missing': [{ year: 2027 }],
  'R3.5.objection_open': [{ open: 2 }],
  'R3.6.outside_window': [{ on: '2019-05-01', nextWindow: { start: '2019-10-01', end: '2019-10-31' } }],
  'R3.7.invalid_period': [{ reason: 'ends_before_start', start: '2019-03-10', end: '2019-03-01' }],
  'R3.7.missing_objection_channel': [{}],
  'R3.7.publicity_not_ended': [{ end: '2019-03-20', on: '2019-03-15', closableFrom: '2019-03-21' }],
  'R3.7.objection_upheld': [{}],
  'R3.7.period_too_short': [
    { start: '2026-11-20', end: '2026-11-24', workingDays: 3, minimum: 7, earliestEnd: '2026-11-30' },
  ],
  'R3.7.calendar_missing': [{ year: 2027 }],
  'R3.7.objection_open': [{ open: 1 }],
  'R4.no_acceptance': [{ acceptance: null, suspendedOn: '2019-07-01' }],
  'R4.invalid_date': [{ started: '2019-08-01', on: '2019-07-01' }],
  'R4.order_not_due': [
    { productionStartedOn: '2019-08-01', dueOn: '2020-08-01', on: '2019-09-01', enteredDirectoryOn: null },
    { productionStartedOn: null, dueOn: null, on: '2019-09-01', enteredDirectoryOn: null },
    {
      productionStartedOn: '2018-03-01',
      dueOn: '2019-03-01',
      on: '2019-09-01',
      enteredDirectoryOn: '2019-06-01',
    },
  ],
  'R4.deadline_required': [
    { on: '2020-03-01', deadline: null },
    { on: '2020-03-01', deadline: '2020-02-01' },
  ],
  'R6.invalid_deadline': [{ orderedOn: '2019-09-10', deadline: '2019-09-10' }],
  'R6.invalid_draw': [
    { reason: 'count', count: 41, population: 40 },
    { reason: 'ratio', ratio: 0 },
    { reason: 'seed' },
    { reason: 'inspectors_per_mine', perMine: 1, minimum: 2 },
  ],
  'R6.not_enough_inspectors': [{ mineId: '7', eligible: 1, needed: 2 }],
  'R6.recheck_scores_required': [{ result: 'pass' }],
  'R7.year_not_over': [{ year: 2026, closableFrom: '2027-01-01' }],
  'R7.year_closed': [{ year: 2020, closedAt: '2021-01-05T02:00:00.000Z' }],
  'R6.invalid_period': [{ period: '2026-Q1' }],
  'R6.draw_backdated': [{ on: '2026-01-05', today: '2026-11-30', daysBack: 329, maxDays: 30 }],
  'R6.draw_exists': [{ regionCode: '330522', period: '2026', drawId: 3, committedOn: '2026-01-05' }],
  'R6.seed_mismatch': [{ drawId: 3, seedHash: 'ab', revealedHash: 'cd' }],
  'R6.draw_not_published': [
    { drawId: 3, reason: 'not_revealed' },
    { drawId: 3, reason: 'not_committed' },
    { drawId: 3, reason: 'other_region' },
    { drawId: 3, reason: 'other_period' },
  ],
  'R6.recheck_agency_required': [{}],
  'R6.recheck_agency_conflicted': [
    { agencyId: '5', reason: 'original_evaluator' },
    { agencyId: '5', reason: 'not_listed' },
    { agencyId: '5', reason: 'conflict' },
  ],
  'R6.removal_pending': [{ recheckFailedOn: '2026-10-01' }],
  'R6.removal_not_due': [{}],
  'R6.blacklisted': [{ enterpriseId: '12', listedOn: '2020-09-15', reason: 'R6 整改后第三方评估不合格' }],
  'R6.not_blacklisted': [{ entryId: 4, delistedOn: '2026-01-01' }],
}

const samples = REFUSAL_CODES.flatMap((code) =>
  (SAMPLES[code] as object[]).map((params) => ({ code, ...params }) as Refusal),
)

describe('refusals: one closed list of codes, each with Chinese and English words', () => {
  it('lists every code once, the rule codes among them', () => {
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length)
    for (const code of RULE_ERROR_CODES) expect(REFUSAL_CODES).toContain(code)
    expect(isRefusalCode('geometry_self_intersection')).toBe(true)
    expect(isRefusalCode('invalid_geometry')).toBe(false)
  })

  it('has a zh and an en text for every code, and samples for every code', () => {
    expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual([...REFUSAL_CODES].sort())
    for (const code of REFUSAL_CODES) expect(SAMPLES[code].length, code).toBeGreaterThan(0)
  })

  it.each(samples.map((r) => [r.code, r] as const))(
    '%s reads in Chinese and in English',
    (_code, refusal) => {
      const zh = refusalMessage(refusal, 'zh')
      const en = refusalMessage(refusal, 'en')
      expect(zh.trim().length).toBeGreaterThan(2)
      expect(en.trim().length).toBeGreaterThan(2)
      expect(zh).toMatch(CJK)
      // English may quote a Chinese name it was given (a place, an event label), never its own words.
      const given = JSON.stringify(refusal).match(new RegExp(CJK.source, 'g')) ?? []
      for (const ch of en.match(new RegExp(CJK.source, 'g')) ?? []) {
        expect(given, `${refusal.code}: ${en}`).toContain(ch)
      }
      for (const text of [zh, en]) {
        expect(text).not.toMatch(/undefined|\[object Object\]|NaN|null/)
      }
    },
  )

  it('interpolates the params', () => {
    const at: Refusal = { code: 'geometry_self_intersection', at: [120.041, 30.949] }
    expect(refusalMessage(at, 'zh')).toBe('图形无效：边界自相交，位置 [120.041, 30.949]')
    expect(refusalMessage(at, 'en')).toBe('invalid geometry: self-intersection at [120.041, 30.949]')
    const ended: Refusal = {
      code: 'R3.5.publicity_not_ended',
      end: '2019-03-20',
      on: '2019-03-15',
      closableFrom: '2019-03-21',
    }
    expect(refusalMessage(ended, 'zh')).toBe('公示期至 2019-03-20 止，2019-03-21 起方可办理')
    expect(refusalMessage({ code: 'too_many_attempts', retryAfterSeconds: 60 }, 'en')).toContain('60 s')
  })

  it('gives a RuleError both texts from the same dictionary', () => {
    const err = new RuleError({
      code: 'R6.invalid_deadline',
      orderedOn: '2019-09-10',
      deadline: '2019-09-01',
    })
    expect(err).toMatchObject({ code: 'R6.invalid_deadline', rule: 'R6', status: 422 })
    expect(err.message).toContain('must fall after the day it is ordered (2019-09-10)')
    expect(err.messageZh).toBe('整改期限（2019-09-01）须晚于下达日期（2019-09-10）')
  })
})
