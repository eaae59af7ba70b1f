// §3(二) 企业主建、第三方评估、达标入库、信息公开: the states of a mine's green-mine file.

export const GREEN_STATES = [
  'building',
  'self_assessed',
  'evaluator_assigned',
  'verification_failed',
  'verified',
  'county_publicity',
  'county_archived',
  'city_reported',
  'province_publicity',
  'in_directory',
  'rectifying',
  'removed',
] as const

export type GreenState = (typeof GREEN_STATES)[number]

export const INITIAL_GREEN_STATE: GreenState = 'building'

export type GreenPhase = 'building' | 'evaluation' | 'publicity' | 'directory' | 'exit'

export interface GreenStateMeta {
  zh: string
  en: string
  phase: GreenPhase
  /** Counts as "in the directory" for entry rates (a rectifying mine is still listed). */
  inDirectory: boolean
}

export const GREEN_STATE_META: Readonly<Record<GreenState, GreenStateMeta>> = {
  building: {
    zh: '建设中（未自评）',
    en: 'Building (not self-assessed)',
    phase: 'building',
    inDirectory: false,
  },
  self_assessed: {
    zh: '已提交自评报告',
    en: 'Self-assessment submitted',
    phase: 'evaluation',
    inDirectory: false,
  },
  evaluator_assigned: {
    zh: '已确定评估机构',
    en: 'Evaluator assigned',
    phase: 'evaluation',
    inDirectory: false,
  },
  verification_failed: {
    zh: '现场核查未通过',
    en: 'Verification failed',
    phase: 'building',
    inDirectory: false,
  },
  verified: { zh: '现场核查通过', en: 'Verified on site', phase: 'evaluation', inDirectory: false },
  county_publicity: { zh: '县级公示中', en: 'County publicity', phase: 'publicity', inDirectory: false },
  county_archived: {
    zh: '县级公示无异议已归档',
    en: 'Archived by the county',
    phase: 'publicity',
    inDirectory: false,
  },
  city_reported: { zh: '已由市汇总上报', en: 'Reported by the city', phase: 'publicity', inDirectory: false },
  province_publicity: {
    zh: '省级公示中',
    en: 'Provincial publicity',
    phase: 'publicity',
    inDirectory: false,
  },
  in_directory: {
    zh: '已纳入全国绿色矿山名录库',
    en: 'In the national directory',
    phase: 'directory',
    inDirectory: true,
  },
  rectifying: { zh: '限期整改中', en: 'Rectifying', phase: 'directory', inDirectory: true },
  removed: { zh: '已从名录库除名', en: 'Removed from the directory', phase: 'exit', inDirectory: false },
}

/** The main path in order, for pipeline charts (自评 → 评估 → 核查 → 公示 → 入库). */
export const PIPELINE_STEPS: readonly GreenState[] = [
  'building',
  'self_assessed',
  'evaluator_assigned',
  'verified',
  'county_publicity',
  'county_archived',
  'city_reported',
  'province_publicity',
  'in_directory',
]

/** States off the main path, each with the pipeline step a chart should show it beside. */
export const SIDE_STATES: Readonly<Partial<Record<GreenState, GreenState>>> = {
  verification_failed: 'building',
  rectifying: 'in_directory',
  removed: 'building',
}

export function isGreenState(value: unknown): value is GreenState {
  return typeof value === 'string' && (GREEN_STATES as readonly string[]).includes(value)
}

/** In the directory (including under rectification). */
export function isInDirectory(state: GreenState): boolean {
  return GREEN_STATE_META[state].inDirectory
}
