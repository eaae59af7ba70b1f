// The access-control matrix: role × endpoint × own/other object → what the caller gets. ONE table,
// from which security/access-matrix.test.ts is generated; that test walks /api/openapi.json and
// fails for an operation (or a tile set) without a row here, and for a row naming none.
//
// Columns, in this order (people of testing/world.ts):
//   public (no session) · enterprise · evaluator · county (长兴 330522) · city (湖州 330500) ·
//   province · leader · planner (长兴)
// "own" is the 长兴 mine (the enterprise's, assigned to the evaluator's agency, in the county's and
// planner's region) and its areas and documents, or the 长兴 county as a region; "other" is the
// 德清 mine (330521) of another enterprise, or the 德清 county.
//
// Cells:  Y  allowed (2xx; or 409/422/400 from a rule or a stale version, after access was granted)
//         .  denied (401 anonymous, 403 role or region, 404 not visible)
//         0  answered, but the object is not in the answer (a list or tile without that mine)
//
// OGC API: the rows try the signed-in `mines` collection (listed only with a session; its items
// follow the mine list) — `sees` in the test finds a mine among its features.

export const MATRIX_ROLES = [
  'public',
  'enterprise',
  'evaluator',
  'county',
  'city',
  'province',
  'leader',
  'planner',
] as const
export type MatrixRole = (typeof MATRIX_ROLES)[number]

export type Cells = string

export interface MatrixRow {
  own: Cells
  other: Cells
}

const same = (cells: Cells): MatrixRow => ({ own: cells, other: cells })
const READ_MINE: MatrixRow = { own: '.YYYYYYY', other: '....YYY.' }
const MINE_LIST: MatrixRow = { own: '.YYYYYYY', other: '.000YYY0' }

/** Keyed `METHOD /path` as in the OpenAPI document; tile sets as `GET /tiles/<set>/...`. */
export const ACCESS_MATRIX: Record<string, MatrixRow> = {
  //                                                     pub ent eva cty cit prv ldr pln
  'GET /api/health': same('YYYYYYYY'),
  'POST /api/auth/login': same('YYYYYYYY'),
  'POST /api/auth/logout': same('YYYYYYYY'),
  'GET /api/auth/me': same('.YYYYYYY'),
  'GET /api/public/regions': same('YYYYYYYY'),
  'GET /api/public/outlines': same('YYYYYYYY'),
  'GET /api/public/stats': same('YYYYYYYY'),
  'GET /api/public/directory': same('YYYYYYYY'),
  'GET /api/public/publicity': same('YYYYYYYY'),
  'GET /api/public/map/mines': same('YYYYYYYY'),
  'GET /api/public/spot-checks': same('YYYYYYYY'),
  'GET /api/public/audit-head': same('YYYYYYYY'),
  'GET /api/public/agencies': same('YYYYYYYY'),
  'GET /api/public/evaluator-draws': same('YYYYYYYY'),
  'GET /api/public/evaluator-draws/{id}': same('YYYYYYYY'),
  'GET /api/public/indicator-sets': same('YYYYYYYY'),
  'GET /api/public/industry-standards': same('YYYYYYYY'),
  'GET /api/public/blacklist': same('YYYYYYYY'),
  'GET /api/public/objections': same('YYYYYYYY'),
  // Anyone may object, signed in or not (the notice, the window, the text and the throttle decide).
  'POST /api/public/objections': same('YYYYYYYY'),

  'GET /api/stats': same('.YYYYYYY'),
  'GET /api/alerts': same('.YYYYYYY'),
  'GET /api/map/mines': MINE_LIST,
  'GET /api/mines': MINE_LIST,
  'GET /api/mines/{id}': READ_MINE,
  'GET /api/mines/{id}/licence': READ_MINE,
  'GET /api/mines/{id}/audit': READ_MINE,

  // Workflow: the event's roles (domain/src/workflow/events.ts) on a mine the caller can see.
  'POST /api/mines/{id}/events/submit_self_assessment': { own: '.Y......', other: '........' },
  'POST /api/mines/{id}/events/assign_evaluator': { own: '...Y....', other: '........' },
  'POST /api/mines/{id}/events/file_verification': { own: '..Y.....', other: '........' },
  'POST /api/mines/{id}/events/publish_county_publicity': { own: '...Y....', other: '........' },
  'POST /api/mines/{id}/events/close_county_publicity': { own: '...Y....', other: '........' },
  'POST /api/mines/{id}/events/city_report': same('....Y...'),
  'POST /api/mines/{id}/events/publish_province_list': same('.....Y..'),
  'POST /api/mines/{id}/events/uphold_province_objection': same('.....Y..'),
  'POST /api/mines/{id}/events/enter_directory': same('.....Y..'),
  'POST /api/mines/{id}/events/spot_check': { own: '...YYY..', other: '....YY..' },
  'POST /api/mines/{id}/events/assign_recheck_agency': { own: '...YYY..', other: '....YY..' },
  // The re-check is third-party: only an evaluator (of the newly drawn agency, which the rules check).
  'POST /api/mines/{id}/events/recheck': { own: '..Y.....', other: '........' },
  'POST /api/mines/{id}/events/confirm_removal': same('.....Y..'),
  'POST /api/mines/{id}/events/start_production': { own: '.Y.Y....', other: '........' },
  'POST /api/mines/{id}/events/suspend': { own: '.Y.YYY..', other: '....YY..' },
  'POST /api/mines/{id}/events/resume': { own: '...YYY..', other: '....YY..' },
  'POST /api/mines/{id}/events/close': { own: '...Y.Y..', other: '.....Y..' },
  // The registry: the land bureaus of the mine's region write (a county its own county only).
  'POST /api/mines': { own: '...YYY..', other: '....YY..' },
  'GET /api/licences/{id}': READ_MINE,
  'POST /api/licences/{id}/renewals': { own: '...YYY..', other: '....YY..' },
  'POST /api/licences/{id}/transfers': { own: '...YYY..', other: '....YY..' },
  'POST /api/licences/{id}/suspensions': { own: '...YYY..', other: '....YY..' },
  'POST /api/licences/{id}/reinstatements': { own: '...YYY..', other: '....YY..' },
  'POST /api/licences/{id}/cancellation': { own: '...YYY..', other: '....YY..' },
  'POST /api/licences/{id}/contracts': { own: '...YYY..', other: '....YY..' },
  'POST /api/mines/{id}/equipment': { own: '...YYY..', other: '....YY..' },
  'GET /api/mines/{id}/green-duties': READ_MINE,
  'GET /api/green-duties/breaches': same('...YYYY.'),
  // A draw in the county ("own" 长兴, "other" 德清).
  'POST /api/spot-checks/draws': { own: '...YYY..', other: '....YY..' },
  'POST /api/spot-checks/draws/{id}/reveal': { own: '...YYY..', other: '....YY..' },
  // Objections to the county notice of each mine: bureaus list them; only the publisher decides.
  'GET /api/objections': same('...YYYY.'),
  'POST /api/objections/{id}/decision': { own: '...Y....', other: '........' },
  // Blacklist entries of each mine's enterprise: the province alone records a delisting.
  'POST /api/blacklist/{id}/delisting': same('.....Y..'),

  // Two clocks: events held for the province (each sees its own requests; the province decides).
  'GET /api/backdated-entries': same('.YYYYYYY'),
  'POST /api/backdated-entries/{id}/approve': same('.....Y..'),
  'POST /api/backdated-entries/{id}/reject': same('.....Y..'),

  // Work queue and inbox: every signed-in role has its own; a notification to the 长兴 bureau is the
  // county's alone (anyone else, 德清's included, gets 404).
  'GET /api/work': same('.YYYYYYY'),
  'GET /api/inbox': same('.YYYYYYY'),
  // Field app (offline areas, near me): any signed-in user, answering only the mines it may see.
  'GET /api/field/areas/pack': MINE_LIST,
  'GET /api/field/near': MINE_LIST,
  'POST /api/inbox/{id}/read': { own: '...Y....', other: '........' },
  'POST /api/inbox/read-all': same('.YYYYYYY'),
  // R7: the annual assessment (rows filtered by region) and the year close; R2: the city's split.
  'GET /api/assessments/{year}': same('...YYYY.'),
  'POST /api/assessments/{year}/close': same('.....Y..'),
  'GET /api/targets/{year}/cities/{cityCode}': same('...YYYY.'),
  'PUT /api/targets/{year}/cities/{cityCode}': same('....Y...'),
  // R3.2–R3.4: the province keeps the agency list and the indicator sets; the county commits and
  // reveals evaluator draws and asks for exceptions, the province decides them; county and
  // province keep the conflict register of the mines they act on.
  'POST /api/agencies': same('.....Y..'),
  'POST /api/agencies/{id}/listings': same('.....Y..'),
  'POST /api/agencies/{id}/experts': same('.....Y..'),
  'POST /api/experts/{id}/deregister': same('.....Y..'),
  'GET /api/mines/{id}/conflicts': READ_MINE,
  'POST /api/mines/{id}/conflicts': { own: '...Y.Y..', other: '.....Y..' },
  'POST /api/mines/{id}/evaluator-draws': { own: '...Y....', other: '........' },
  'POST /api/evaluator-draws/{id}/reveal': { own: '...Y....', other: '........' },
  'GET /api/mines/{id}/evaluator-exceptions': READ_MINE,
  'POST /api/mines/{id}/evaluator-exceptions': { own: '...Y....', other: '........' },
  'GET /api/evaluator-exceptions': same('.....YY.'),
  'POST /api/evaluator-exceptions/{id}/decision': same('.....Y..'),
  'POST /api/indicator-sets/{setId}/table': same('.....Y..'),

  // Restoration and reclamation areas: drawn by the enterprise and planners, decided by bureaus.
  'GET /api/areas/progress': { own: '.YYYYYYY', other: '.YYYYYYY' },
  'GET /api/mines/{id}/areas': READ_MINE,
  'POST /api/mines/{id}/areas': { own: '.Y.....Y', other: '........' },
  'POST /api/mines/{id}/imports': { own: '.Y.....Y', other: '........' },
  'POST /api/mines/{id}/import-jobs': { own: '.Y.....Y', other: '........' },
  // A job answers its owner only (the targets' jobs were started by the mines' enterprises).
  'GET /api/import-jobs/{id}': { own: '.Y......', other: '........' },
  'GET /api/areas/{id}': READ_MINE,
  'PUT /api/areas/{id}': { own: '.Y.....Y', other: '........' },
  'DELETE /api/areas/{id}': { own: '.Y.....Y', other: '........' },
  'GET /api/areas/{id}/versions': READ_MINE,
  // The bureaus' queue; each world mine has one submitted area (the 德清 one is outside 长兴).
  'GET /api/areas/queue': { own: '...YYY..', other: '...0YY..' },
  'POST /api/areas/{id}/submit': { own: '.Y.....Y', other: '........' },
  'POST /api/areas/{id}/approve': { own: '...YYY..', other: '....YY..' },
  'POST /api/areas/{id}/reject': { own: '...YYY..', other: '....YY..' },

  'GET /api/mines/{id}/documents': READ_MINE,
  'POST /api/mines/{id}/documents': { own: '.YYYYY..', other: '....YY..' },
  'GET /api/documents/{id}': READ_MINE,
  'GET /api/mines/{id}/site-photos': READ_MINE,
  // Evaluators for their verifications; bureaus for field inspections in their region.
  'POST /api/mines/{id}/site-photos': { own: '..YYYY..', other: '....YY..' },
  'GET /api/assignments': { own: '..Y.....', other: '..0.....' },
  // Evidence for an area: read with the mine, attached by those who may edit the area.
  'GET /api/areas/{id}/documents': READ_MINE,
  'POST /api/areas/{id}/documents': { own: '.Y.....Y', other: '........' },

  // Field inspections (issue 16): staff read a mine for the field form; bureaus record inspections
  // in their region (a stale baseVersion in the walk: refused with 409 after access, nothing written).
  'GET /api/field/mines/{id}': { own: '..YYYYYY', other: '....YYY.' },
  'PUT /api/field/inspections/{clientId}': { own: '...YYY..', other: '....YY..' },
  'GET /api/field/inspections/{clientId}': { own: '..YYYYYY', other: '....YYY.' },
  'GET /api/field/alerts': same('...YYYY.'),

  'GET /ogc': same('YYYYYYYY'),
  'GET /ogc/conformance': same('YYYYYYYY'),
  'GET /ogc/collections': same('YYYYYYYY'),
  'GET /ogc/collections/{collectionId}': same('.YYYYYYY'),
  'GET /ogc/collections/{collectionId}/items': MINE_LIST,
  'GET /ogc/collections/{collectionId}/items/{featureId}': READ_MINE,

  // Tiles around each mine (z12). TileJSON is public; internal sets follow the mine list.
  'GET /tiles/province.json': same('YYYYYYYY'),
  'GET /tiles/cities.json': same('YYYYYYYY'),
  'GET /tiles/counties.json': same('YYYYYYYY'),
  'GET /tiles/mines.json': same('YYYYYYYY'),
  'GET /tiles/restoration.json': same('YYYYYYYY'),
  'GET /tiles/reclamation.json': same('YYYYYYYY'),
  'GET /tiles/public-mines.json': same('YYYYYYYY'),
  'GET /tiles/province/{z}/{x}/{y}.mvt': same('YYYYYYYY'),
  'GET /tiles/cities/{z}/{x}/{y}.mvt': same('YYYYYYYY'),
  'GET /tiles/counties/{z}/{x}/{y}.mvt': same('YYYYYYYY'),
  'GET /tiles/mines/{z}/{x}/{y}.mvt': MINE_LIST,
  'GET /tiles/restoration/{z}/{x}/{y}.mvt': MINE_LIST,
  'GET /tiles/reclamation/{z}/{x}/{y}.mvt': MINE_LIST,
  // Neither world mine is in the directory, so no public tile shows either.
  'GET /tiles/public-mines/{z}/{x}/{y}.mvt': same('00000000'),
}

/** Cells in the table (each row: 8 roles × own/other). */
export const MATRIX_CELLS = Object.keys(ACCESS_MATRIX).length * MATRIX_ROLES.length * 2
