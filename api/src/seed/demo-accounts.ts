import { PROVINCE_CODE } from '@zgm/domain'

/** One demo user per role; passwords are public on purpose and exist only in demo mode. */
export const DEMO_PASSWORD = 'demo1234'

export const DEMO_USERS = [
  { username: 'leader', role: 'leader', displayName: '省领导（演示）', region: PROVINCE_CODE },
  { username: 'province', role: 'province', displayName: '省自然资源厅（演示）', region: PROVINCE_CODE },
  { username: 'city.huzhou', role: 'city', displayName: '湖州市局（演示）', region: '330500' },
  { username: 'county.changxing', role: 'county', displayName: '长兴县局（演示）', region: '330522' },
  { username: 'planner.changxing', role: 'planner', displayName: '长兴县规划修复（演示）', region: '330522' },
  // A second county's planner: shows that a planner works in their own county only.
  { username: 'planner.deqing', role: 'planner', displayName: '德清县规划修复（演示）', region: '330521' },
  { username: 'evaluator', role: 'evaluator', displayName: '第三方评估专家（演示）', region: null },
  { username: 'enterprise', role: 'enterprise', displayName: '矿山企业（演示）', region: null },
] as const

export const DEMO_ACCOUNTS_TEXT = [
  `demo accounts (password "${DEMO_PASSWORD}"):`,
  ...DEMO_USERS.map((u) => `  ${u.username.padEnd(18)} ${u.role.padEnd(10)} ${u.displayName}`),
  '  the public disclosure map needs no login: /public',
].join('\n')
