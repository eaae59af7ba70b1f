// Document kinds in the user's words.
import type { MessageKey } from '../../i18n/dict'

const KIND_KEYS: Record<string, MessageKey> = {
  self_assessment_report: 'entKindSelfAssessment',
  verification_report: 'entKindVerification',
  acceptance: 'entKindAcceptance',
  restoration_plan: 'entKindRestorationPlan',
  photo: 'entKindPhoto',
  other: 'entKindOther',
}

export function documentKindLabel(kind: string, t: (key: MessageKey) => string): string {
  const key = KIND_KEYS[kind]
  return key ? t(key) : kind
}
