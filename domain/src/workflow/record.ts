// §5.3 全流程监管、全过程留痕: the plain-data file of one mine's path to the directory, and what a step produces.
import type { IsoDate } from '../dates'
import type { Role } from '../roles'
import type { AssignmentBasis } from '../evaluation/assignment-basis'
import type { IndicatorSet } from '../evaluation/indicator-sets'
import type { RegisteredExpert } from '../evaluation/team'
import type { Dealing } from '../evaluation/conflicts'
import type { HolidayCalendar } from '../calendar/working-days'
import type { GreenEventType, Period } from './events'
import type { GreenState } from './states'

export interface VerificationRecord {
  filedOn: IsoDate
  /** One month after receipt; null when the receipt date is unknown. */
  dueOn: IsoDate | null
  /** Filed after the due date: accepted, but shown as overdue (R3.3). */
  late: boolean
  pass: boolean
  total: number
  indicatorSetId: string
  reason: string | null
}

export interface PublicityRecord extends Period {
  objectionChannel: string
  /** Working days on the official calendar, when counted. */
  workingDays?: number | null
}

/** An open rectification (§4.4 限期整改) and its third-party re-check. */
export interface RectificationRecord {
  orderedOn: IsoDate
  deadline: IsoDate
  /** The agency newly drawn for the re-check (never the original evaluator). */
  recheckAgencyId?: string | null
  /** Set when the re-check failed: the removal awaits the province's confirmation. */
  recheckFailedOn?: IsoDate | null
}

/** How publicity periods are measured: working days on the official calendar, with a minimum. */
export interface PublicityRule {
  calendar: HolidayCalendar
  minWorkingDays: number
}

/** An enterprise's open blacklist entry (§4.4 行业诚信"黑名单"). */
export interface Blacklisting {
  listedOn: IsoDate
  reason: string
}

/** Everything the guards need; all but `state` are optional so `{ state: 'building' }` is a valid start. */
export interface GreenRecord {
  state: GreenState
  /** How many times the enterprise has submitted a self-assessment. */
  attempt?: number
  selfAssessmentReceivedOn?: IsoDate | null
  evaluatorAgencyId?: string | null
  evaluatorAssignedOn?: IsoDate | null
  verification?: VerificationRecord | null
  countyPublicity?: PublicityRecord | null
  countyArchivedOn?: IsoDate | null
  cityReportedOn?: IsoDate | null
  provincePublicity?: PublicityRecord | null
  enteredDirectoryOn?: IsoDate | null
  rectification?: RectificationRecord | null
  removedOn?: IsoDate | null
}

/** An agency on the provincial list (评估机构名单), valid for a period (e.g. 2018–2019). */
export interface ListedAgency {
  agencyId: string
  name?: string
  validFrom: IsoDate
  validTo: IsoDate
  /** The listing's professional staff and senior staff, when known (R3.2 headcount). */
  staffCount?: number
  seniorCount?: number
}

/** Who acts, when, and the facts the guards look up. The API loads these; the domain only reads them. */
export interface GreenContext {
  role: Role
  /** The date the step happens (business date). */
  on: IsoDate
  mineId?: string
  enterpriseId?: string
  /** The acting evaluator's agency; when given, it must be the assigned one. */
  agencyId?: string
  /** The provincial evaluator list, needed by assign_evaluator. */
  evaluatorList?: readonly ListedAgency[]
  /** Recorded dealings between agencies and this mine, needed by assign_evaluator. */
  dealings?: readonly Dealing[]
  /** assign_evaluator: the current self-assessment and the draw or approved exception behind the assignment (basis null: none). */
  assignmentBasis?: { selfAssessmentId: number; basis: AssignmentBasis | null }
  /** file_verification: the registered experts of the agency (teams are checked against them). */
  roster?: readonly RegisteredExpert[]
  /** file_verification / recheck: the indicator set the mine is judged against, as maintained. */
  indicatorSet?: IndicatorSet
  /** file_verification: the mine's industry standard (e.g. DZ/T 0316-2018); null when not recorded. */
  industryStandard?: string | null
  /** Publicity periods in working days; without it no minimum is enforced (the API always passes it). */
  publicityRule?: PublicityRule
  /** Objections to the mine's current notice: received and undecided, and upheld. */
  objections?: { open: number; upheld: number }
  /** The enterprise's open blacklist entry, if any. */
  blacklisting?: Blacklisting | null
}

export type GreenEffect =
  | { kind: 'transition'; event: GreenEventType; from: GreenState; to: GreenState; role: Role; on: IsoDate }
  | { kind: 'verification_late'; rule: 'R3.3'; dueOn: IsoDate; filedOn: IsoDate }
  | {
      /** The set's weights or pass rule are not all loaded: the result is provisional and says so. */
      kind: 'indicator_weights_unconfirmed'
      rule: 'R3.4'
      indicatorSetId: string
      groups: string[]
      passRuleConfirmed: boolean
    }
  | {
      kind: 'publicity_opened'
      level: 'county' | 'province'
      start: IsoDate
      end: IsoDate
      objectionChannel: string
    }
  | { kind: 'objection_upheld'; level: 'county' | 'province'; on: IsoDate }
  | { kind: 'originals_archived'; on: IsoDate }
  | { kind: 'entered_directory'; on: IsoDate }
  | { kind: 'rectification_ordered'; orderedOn: IsoDate; deadline: IsoDate }
  | { kind: 'rectification_closed'; on: IsoDate }
  | { kind: 'recheck_agency_drawn'; agencyId: string; on: IsoDate }
  | { kind: 'removal_proposed'; on: IsoDate }
  | { kind: 'removed_from_directory'; on: IsoDate }
  | { kind: 'public_exposure'; on: IsoDate; mineId: string | null }
  | { kind: 'blacklist'; on: IsoDate; enterpriseId: string | null; responsiblePersons: string[] }

export interface GreenTransition {
  /** The new state (what a state column stores). */
  state: GreenState
  /** The whole updated record. */
  record: GreenRecord
  /** What else must happen: the first is always the `transition` itself, for the audit trail. */
  effects: GreenEffect[]
}
