// §4.1–§4.4: the green-mine events, who may fire them and from which states (the state machine as data).
import type { Role } from '../roles'
import type { IsoDate } from '../dates'
import type { EvaluationScores } from '../evaluation/evaluate'
import type { TeamMember } from '../evaluation/team'
import type { GreenState } from './states'

/** County bureaus that must both receive the self-assessment (§4.1). */
export type SelfAssessmentRecipient = 'county_land' | 'county_environment'

export interface Period {
  start: IsoDate
  end: IsoDate
}

export type GreenEvent =
  | { type: 'submit_self_assessment'; recipients: readonly SelfAssessmentRecipient[]; reportRef?: string }
  | { type: 'assign_evaluator'; agencyId: string }
  | {
      type: 'file_verification'
      scores: EvaluationScores
      indicatorSetId?: string
      /** The evaluator may fail a mine whose score passes (e.g. a breach of the industry standard), with a reason. */
      conclusion?: 'pass' | 'fail'
      reason?: string
      team?: readonly TeamMember[]
      /** The industry standard judged against and whether the mine conforms to it (R3.4). */
      standard?: { code: string; conforms: boolean }
      reportRef?: string
    }
  | { type: 'publish_county_publicity'; period: Period; objectionChannel: string }
  | {
      type: 'close_county_publicity'
      objectionUpheld: boolean
      /** The stored originals (document ids) of both reports, archived (§4.3 原件归档). */
      archived: { selfAssessmentDocumentId: string | null; verificationReportDocumentId: string | null }
    }
  | { type: 'city_report'; batchRef?: string }
  | { type: 'publish_province_list'; period: Period; objectionChannel: string }
  | { type: 'uphold_province_objection'; reason: string }
  | { type: 'enter_directory'; objectionUpheld?: boolean }
  | { type: 'spot_check'; result: 'pass' | 'declined'; deadline?: IsoDate; drawRef?: string }
  | { type: 'assign_recheck_agency'; agencyId: string; selectionSeed?: string }
  | {
      type: 'recheck'
      result: 'pass' | 'fail'
      scores?: EvaluationScores
      indicatorSetId?: string
    }
  | { type: 'confirm_removal'; responsiblePersons?: readonly string[]; reason?: string }

export type GreenEventType = GreenEvent['type']

export type GreenEventOf<T extends GreenEventType> = Extract<GreenEvent, { type: T }>

export interface GreenEventMeta {
  zh: string
  en: string
  rule: string
  roles: readonly Role[]
  from: readonly GreenState[]
  to: readonly GreenState[]
}

export const GREEN_EVENTS: Readonly<Record<GreenEventType, GreenEventMeta>> = {
  submit_self_assessment: {
    zh: '提交自评报告',
    en: 'Submit self-assessment',
    rule: 'R3.1',
    roles: ['enterprise'],
    from: ['building', 'verification_failed', 'removed'],
    to: ['self_assessed'],
  },
  assign_evaluator: {
    zh: '确定第三方评估机构',
    en: 'Assign evaluator',
    rule: 'R3.2',
    roles: ['county'],
    from: ['self_assessed'],
    to: ['evaluator_assigned'],
  },
  file_verification: {
    zh: '提交现场核查意见',
    en: 'File on-site verification',
    rule: 'R3.4',
    roles: ['evaluator'],
    from: ['evaluator_assigned'],
    to: ['verified', 'verification_failed'],
  },
  publish_county_publicity: {
    zh: '县级公示',
    en: 'Publish county publicity',
    rule: 'R3.5',
    roles: ['county'],
    from: ['verified'],
    to: ['county_publicity'],
  },
  close_county_publicity: {
    zh: '结束县级公示并归档',
    en: 'Close county publicity',
    rule: 'R3.5',
    roles: ['county'],
    from: ['county_publicity'],
    to: ['county_archived', 'verification_failed'],
  },
  city_report: {
    zh: '市级汇总上报',
    en: 'Report to the province',
    rule: 'R3.6',
    roles: ['city'],
    from: ['county_archived'],
    to: ['city_reported'],
  },
  publish_province_list: {
    zh: '省级公示',
    en: 'Publish provincial list',
    rule: 'R3.7',
    roles: ['province'],
    from: ['city_reported'],
    to: ['province_publicity'],
  },
  uphold_province_objection: {
    zh: '省级公示异议成立',
    en: 'Uphold provincial objection',
    rule: 'R3.7',
    roles: ['province'],
    from: ['province_publicity'],
    to: ['verification_failed'],
  },
  enter_directory: {
    zh: '纳入全国绿色矿山名录库',
    en: 'Enter the directory',
    rule: 'R3.7',
    roles: ['province'],
    from: ['province_publicity'],
    to: ['in_directory'],
  },
  spot_check: {
    zh: '双随机抽查',
    en: 'Spot check',
    rule: 'R6',
    roles: ['county', 'city', 'province'],
    from: ['in_directory'],
    to: ['in_directory', 'rectifying'],
  },
  assign_recheck_agency: {
    zh: '抽取整改复核机构',
    en: 'Draw the re-check agency',
    rule: 'R6',
    roles: ['county', 'city', 'province'],
    from: ['rectifying'],
    to: ['rectifying'],
  },
  recheck: {
    zh: '整改后第三方复核',
    en: 'Re-check after rectification',
    rule: 'R6',
    roles: ['evaluator'],
    from: ['rectifying'],
    to: ['in_directory', 'rectifying'],
  },
  confirm_removal: {
    zh: '确认除名',
    en: 'Confirm removal from the directory',
    rule: 'R6',
    roles: ['province'],
    from: ['rectifying'],
    to: ['removed'],
  },
}

export const GREEN_EVENT_TYPES = Object.keys(GREEN_EVENTS) as GreenEventType[]

/** Events `role` may fire from `state`, for building menus and buttons. */
export function allowedEvents(state: GreenState, role: Role): GreenEventType[] {
  return GREEN_EVENT_TYPES.filter((type) => {
    const meta = GREEN_EVENTS[type]
    return meta.from.includes(state) && meta.roles.includes(role)
  })
}
