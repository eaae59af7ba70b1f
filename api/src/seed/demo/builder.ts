// The generator's working state: the tables being filled, id sequences, and each mine's plan.
import {
  cityCodeOf,
  type GreenContext,
  type GreenEvent,
  type IsoDate,
  type OpsEvent,
  type Role,
  type SeededRandom,
} from '@zgm/domain'
import type { County } from './counties'
import type { CountyPlacer, XY } from './geometry'
import type { MineralKind } from './minerals'
import type {
  DemoTables,
  DirectoryEntryRow,
  ExpertRow,
  LicenceRow,
  MineEventRow,
  MineRow,
  OrganizationRow,
} from './types'

/** A restoration or reclamation area drawn with the mine, before its progress is known. */
export interface AreaShape {
  kind: 'restoration' | 'reclamation'
  name: string
  damage: 'excavated' | 'occupied'
  landClass: string
  ring: XY[]
}

export interface Renewal {
  on: IsoDate
  previousValidFrom: IsoDate
  previousValidTo: IsoDate
  validFrom: IsoDate
  validTo: IsoDate
}

/** One mine with everything the history needs to know about it. */
export interface DemoMine {
  row: MineRow
  licence: LicenceRow
  county: County
  cityCode: string
  kind: MineralKind
  enterprise: OrganizationRow
  /** 筹建 in the 2017 annual report (a new mine). */
  isNew: boolean
  /** Open-pit, no sand equipment, licence running out and not renewed: leaves the scope (§2). */
  exemptBound: boolean
  /** Licence renewals in date order; the licence row holds the newest term. */
  renewals: Renewal[]
  /** Licensed after the 2017 baseline (a mine the action's annex did not count). */
  registeredOn: IsoDate | null
  /** Footprint and areas in metres around `row.location`. */
  footprint: XY[]
  areas: AreaShape[]
  // Operational plan.
  productionStart: IsoDate | null
  closeOn: IsoDate | null
  closeReason: string | null
  /** A new mine that is slow to build: it misses the R4 clocks. */
  slow: boolean
  // Green-mine plan.
  batch: number | null
  enteredOn: IsoDate | null
  removedOn: IsoDate | null
  /** The demo enterprise's mine kept outside the directory, with its next step open today. */
  demoOpenWork?: boolean
  /** Where a mine of the demo county stands today (in-flight.ts). */
  inFlightStage?: (typeof DEMO_COUNTY_STAGES)[number]
}

/** The stages of the demo county's own work in flight today. */
export const DEMO_COUNTY_STAGES = ['self_assessed', 'county_publicity', 'county_archived'] as const

export interface Enterprise {
  org: OrganizationRow
  legalRepresentative: string
  mineManager: string
}

export interface Agency {
  org: OrganizationRow
  experts: ExpertRow[]
  /** Provincial lists it is on. */
  lists: { from: IsoDate; to: IsoDate }[]
}

/** A step of a mine's history, applied through the domain state machine when the events are written. */
export interface Intent {
  on: IsoDate
  role: Role
  actorUserId: number | null
  green?: GreenEvent
  ops?: OpsEvent
  /** An event that changes no state (e.g. a licence renewal). */
  note?: string
  payload?: Record<string, unknown>
  ctx?: Partial<GreenContext>
  /** Called with the event row once written, e.g. to fill a self_assessment's event_id. */
  onEvent?: (event: MineEventRow) => void
}

export const USER_IDS = {
  leader: 1,
  province: 2,
  city: 3,
  county: 4,
  planner: 5,
  evaluator: 6,
  enterprise: 7,
} as const

/** The demo county and city (长兴县, 湖州市) whose acts the demo users sign. */
export const DEMO_COUNTY = '330522'
export const DEMO_CITY = '330500'

export function emptyTables(): DemoTables {
  return {
    organization: [],
    agency_listing: [],
    app_user: [],
    expert: [],
    licence: [],
    licence_term: [],
    licence_event: [],
    mine: [],
    mine_equipment_event: [],
    document: [],
    agency_dealing: [],
    app_user_mine: [],
    mine_area: [],
    mine_area_version: [],
    mine_event: [],
    self_assessment: [],
    evaluator_assignment: [],
    verification: [],
    publicity: [],
    publicity_item: [],
    objection: [],
    city_report: [],
    city_report_item: [],
    directory_entry: [],
    spot_check_draw: [],
    spot_check: [],
    rectification_order: [],
    suspension: [],
    blacklist_entry: [],
    archived_original: [],
    target: [],
  }
}

export class Builder {
  readonly tables = emptyTables()
  readonly mines: DemoMine[] = []
  readonly agencies: Agency[] = []
  readonly enterprises = new Map<number, Enterprise>()
  readonly bureaus = { province: 0, city: new Map<string, number>(), county: new Map<string, number>() }
  readonly cityNames = new Map<string, string>()
  /** Each mine's current directory entry, for removals. */
  readonly entries = new Map<number, DirectoryEntryRow>()
  /** The enterprise whose mines the demo enterprise user keeps. */
  demoEnterpriseId = 0
  /** The expert the demo evaluator user is, and the agency it works for. */
  demoExpertId = 0
  demoAgencyId = 0
  private readonly intents = new Map<number, Intent[]>()
  private readonly counters = new Map<string, number>()

  /** Where each county's mines are placed, so that later mines keep clear of earlier ones. */
  readonly placers = new Map<string, CountyPlacer>()
  /** Place names used per county and enterprise names used, so that no two are alike. */
  readonly placeNames = new Map<string, Set<string>>()
  readonly enterpriseNames = new Set<string>()

  /** `today`: the history runs up to the day before it; what is due today is still open. */
  constructor(
    readonly rng: SeededRandom,
    readonly today: IsoDate,
  ) {}

  nextId(table: keyof DemoTables): number {
    const id = (this.counters.get(table) ?? 0) + 1
    this.counters.set(table, id)
    return id
  }

  mine(id: number): DemoMine {
    const m = this.mines[id - 1]
    if (!m || m.row.id !== id) throw new Error(`no mine ${id}`)
    return m
  }

  addIntent(mineId: number, intent: Intent): void {
    const list = this.intents.get(mineId) ?? []
    list.push(intent)
    this.intents.set(mineId, list)
  }

  intentsOf(mineId: number): Intent[] {
    return this.intents.get(mineId) ?? []
  }

  /** The demo user who signs an act of `role` in `region`, if any (else null). */
  actorFor(role: Role, regionCode: string): number | null {
    if (role === 'province') return USER_IDS.province
    if (role === 'city' && cityCodeOf(regionCode) === DEMO_CITY) return USER_IDS.city
    if (role === 'county' && regionCode === DEMO_COUNTY) return USER_IDS.county
    return null
  }
}

/** Local timestamp (UTC+8) of a business date, for created_at / recorded_at columns. */
export function stamp(date: IsoDate, hour = 9, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`
}
