// Words of the role desks' shared frame: navigation per role and the desk page itself.
export const zh = {
  navDesk: '工作台',
  navInbox: '消息',
  skipToMain: '跳到正文',
  deskSignInNeeded: '请先登录。',
  deskNotForRole: '此页面不属于您的角色（{role}）。',
  testClockBanner: '测试时钟：今天按 {date} 计。',
}

export const en: Record<keyof typeof zh, string> = {
  navDesk: 'My desk',
  navInbox: 'Inbox',
  skipToMain: 'Skip to content',
  deskSignInNeeded: 'Please sign in first.',
  deskNotForRole: 'This page is not for your role ({role}).',
  testClockBanner: 'Test clock: today counts as {date}.',
}
