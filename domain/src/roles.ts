// §5.3: three tiers of users (enterprises, third-party verification experts, management departments) plus leaders, planners and the public.

export const ROLES = [
  'enterprise',
  'evaluator',
  'county',
  'city',
  'province',
  'leader',
  'planner',
  'public',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Readonly<Record<Role, { zh: string; en: string }>> = {
  enterprise: { zh: '矿山企业', en: 'Mining enterprise' },
  evaluator: { zh: '第三方评估机构', en: 'Third-party evaluator' },
  county: { zh: '县（市、区）国土资源局/环境保护局', en: 'County bureau' },
  city: { zh: '市国土资源局', en: 'City bureau' },
  province: { zh: '省国土资源厅/省环境保护厅', en: 'Provincial department' },
  leader: { zh: '省领导', en: 'Provincial leader' },
  planner: { zh: '规划/修复人员', en: 'Restoration planner' },
  public: { zh: '公众', en: 'Public' },
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
