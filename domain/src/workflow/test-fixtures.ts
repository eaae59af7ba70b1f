// Shared test data for the workflow tests.
import type { EvaluationScores } from '../evaluation/evaluate'
import type { Role } from '../roles'
import type { GreenContext, ListedAgency } from './record'

export const ALL_PREREQUISITES = {
  valid_licences: true,
  no_major_penalty: true,
  not_abnormal_listed: true,
  reserves_3_years: true,
  no_protected_overlap: true,
}

/** Every group at 75% (750) plus 50 in 矿区环境: exactly 800. */
export const PASSING_SCORES: EvaluationScores = {
  prerequisites: ALL_PREREQUISITES,
  groups: {
    mine_environment: 215,
    development_method: 165,
    comprehensive_use: 120,
    energy_emissions: 105,
    innovation_smart_mine: 90,
    management_image: 105,
  },
}

export const FAILING_SCORES: EvaluationScores = {
  prerequisites: ALL_PREREQUISITES,
  groups: { ...PASSING_SCORES.groups, mine_environment: 150 },
}

export const LIST: ListedAgency[] = [
  { agencyId: 'agency-a', validFrom: '2018-01-01', validTo: '2019-12-31' },
  { agencyId: 'agency-b', validFrom: '2018-01-01', validTo: '2019-12-31' },
  { agencyId: 'agency-old', validFrom: '2016-01-01', validTo: '2017-12-31' },
]

export function ctx(role: Role, on: string, extra: Partial<GreenContext> = {}): GreenContext {
  return { role, on, mineId: 'mine-1', enterpriseId: 'ent-1', evaluatorList: LIST, dealings: [], ...extra }
}

/** Stored documents (ids) of both reports, archived when the county publicity closes. */
export const ORIGINALS = { selfAssessmentDocumentId: '11', verificationReportDocumentId: '12' }

export const BOTH_BUREAUS = ['county_land', 'county_environment'] as const
