// One mine through every role (issue 12), in headless Chromium against a real server of its own on a
// test clock (CLOCK_FILE): the business date moves forward step by step through a programme year, so
// the publicity periods run out and the city reports inside the October window. Then the sanctions:
// a spot check through rectification to a failed re-check by a newly drawn agency, removal and
// blacklist, and the enterprise's next submission refused.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount } from '../../api/src/auth/create-account'
import { readConfig } from '../../api/src/config'
import { MINIMAL_PDF } from '../../api/src/documents/test-files'
import { testJpeg } from '../../api/src/testing/geotagged-jpeg'
import { openDatabase } from '../../api/src/server'
import { launch, newPage, screenshot, signInAs } from './browser'
import { ownServerDatabase, startOwnServer, type OwnServer } from './own-server'

const serverUrl = ownServerDatabase('the journey through every role')

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(MINIMAL_PDF) })
const PASSWORD = 'Journey-Field-2026!'
/** Refusals the journey provokes on purpose (the browser logs each refused request). */
const REFUSED = [/status of (403|409|422)/]
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 250 })

type Ring = [number, number][]

/** Waits for what a step should show; when a refusal shows instead, fails with its words. */
async function shows(page: Page, what: Locator): Promise<void> {
  const refusal = page.getByTestId('error-notice').first()
  await Promise.race([what.first().waitFor({ timeout: 30_000 }), refusal.waitFor({ timeout: 30_000 })])
  if (!(await what.first().isVisible())) throw new Error(`refused: ${await refusal.textContent()}`)
}

describe.skipIf(!serverUrl)('one mine through every role, on a test clock', () => {
  let server: OwnServer
  let browser: Browser
  const pages: { context: BrowserContext }[] = []
  /** The journey's mine: the enterprise's mine not yet self-assessed. */
  let mine: { id: number; name: string }

  const setToday = (date: string) => server.setToday(date)
  const base = () => server.url
  async function as(username: string, viewport?: { width: number; height: number }) {
    const p = await newPage(browser, base(), viewport, REFUSED)
    pages.push(p)
    await signInAs(p.page, username)
    return p.page
  }
  /** An evaluator account for an agency (the draws decide which agency; the demo has one account). */
  async function evaluatorOf(agencyId: number, username: string): Promise<string> {
    const database = await openDatabase(
      readConfig({ DATABASE_URL: server.databaseUrl, DEMO: 'false' }),
      () => {},
    )
    try {
      await createAccount(database.db, {
        username,
        password: PASSWORD,
        role: 'evaluator',
        organizationId: agencyId,
        displayName: `评估人员 ${username}`,
      })
    } finally {
      await database.close()
    }
    return username
  }

  beforeAll(async () => {
    // The demo world is seeded up to the clock's day: 1 September, before the October window.
    server = await startOwnServer(serverUrl!, 'zgm_journey', '2026-09-01')
    browser = await launch()
  })
  afterAll(async () => {
    // A page's console errors fail here; the server and its database go even then (no orphan
    // server running on through the rest of the run).
    const closed = await Promise.allSettled(pages.map((p) => p.context.close()))
    await browser?.close()
    await server?.stop()
    for (const c of closed) if (c.status === 'rejected') throw c.reason
  })

  it('the province loads the 2024 indicator table with its pass rule', async () => {
    // The 2024 national set is kept without points until the province loads the official table; until
    // then no verification can pass. These figures are the test's own, labelled so.
    const page = await as('province')
    await page.goto('/province/indicators')
    const set = page.getByTestId('prv-set-CN-2024')
    await set.getByRole('button', { name: '载入官方分值表：CN-2024' }).click()
    await set
      .getByLabel(/分值表（CSV/)
      .fill(
        [
          'group_id,points,items',
          'mine_environment,20,10',
          'development_method,20,10',
          'comprehensive_use,15,8',
          'green_low_carbon,15,8',
          'restoration_governance,15,8',
          'innovation_management,15,8',
        ].join('\n'),
      )
    await set.getByLabel(/来源/).fill('端到端测试用分值表（非官方）')
    await set.getByLabel(/通过线/).fill('80')
    await set.getByLabel(/最低得分率/).fill('60')
    await set.getByRole('button', { name: '载入分值表' }).click()
    await set.getByRole('status').filter({ hasText: '分值表已载入' }).waitFor()
  })

  it('the enterprise submits its self-assessment with a document', async () => {
    const page = await as('enterprise')
    await page.goto('/enterprise')
    await page.getByRole('link', { name: '填写自评报告' }).first().click()
    await page.waitForURL(/\/enterprise\/mines\/\d+$/)
    mine = {
      id: Number(/(\d+)$/.exec(new URL(page.url()).pathname)![1]),
      name: (await page.locator('#mine-title').textContent())!.trim(),
    }
    const prerequisites = page.getByRole('group', { name: '前置条件（均须满足）' }).getByRole('checkbox')
    for (let i = 0; i < (await prerequisites.count()); i++) await prerequisites.nth(i).check()
    const scores = page.getByRole('group', { name: '分项得分' }).getByRole('spinbutton')
    for (let i = 0; i < (await scores.count()); i++) {
      const max = Number((await scores.nth(i).getAttribute('max')) ?? 200)
      await scores.nth(i).fill(String(Math.floor(max * 0.9)))
    }
    await page.getByLabel('自评报告文件').setInputFiles(pdf('自评报告.pdf'))
    await page.getByText('✓ 自评报告.pdf').first().waitFor()
    await page.getByRole('button', { name: '提交自评报告' }).click()
    await page.getByTestId('mine-state').getByText('已提交自评报告').waitFor()
  })

  let drawnAgency: number
  it('the county draws the evaluator, and anyone reproduces the draw from the public endpoint', async () => {
    setToday('2026-09-02')
    const page = await as('county.changxing')
    await page.goto('/county')
    await page.getByTestId('received-reports').getByRole('link', { name: mine.name }).click()
    await page.waitForURL(`**/county/mines/${mine.id}`)
    await page.getByRole('button', { name: '发起抽取（公布种子哈希）' }).click()
    await page.getByTestId('commitment').waitFor()
    await page.getByRole('button', { name: '揭晓抽取结果' }).click()
    await page.getByText(/抽中：.+已委托/).waitFor()
    const href = await page.getByRole('link', { name: '复核此次抽取' }).getAttribute('href')
    const visitor = await newPage(browser, base())
    pages.push(visitor)
    await visitor.page.goto(href!)
    await visitor.page
      .getByTestId('reproduction')
      .getByText(/复核一致/)
      .waitFor()
    const draws = (await (
      await visitor.page.request.get(`/api/public/evaluator-draws?mineId=${mine.id}`)
    ).json()) as { items: { agencyId: number | null; status: string }[] }
    drawnAgency = draws.items.find((d) => d.status === 'drawn')!.agencyId!
  })

  it('the evaluator files from a phone with a geotagged photo inside the footprint, one outside flagged', async () => {
    setToday('2026-09-03')
    const username = await evaluatorOf(drawnAgency, 'journey.evaluator')
    const phone = { width: 390, height: 844 }
    const p = await newPage(browser, base(), phone, REFUSED)
    pages.push(p)
    const { page } = p
    await signInAs(page, username, PASSWORD)
    await page.goto('/evaluator')
    await page.getByRole('link', { name: `填写核查表：${mine.name}` }).click()
    await page.waitForURL(`**/evaluator/mines/${mine.id}`)

    const areas = (await (await page.request.get(`/api/mines/${mine.id}/areas`)).json()) as {
      features: { properties: { kind: string }; geometry: { coordinates: Ring[][] } }[]
    }
    const ring = areas.features.find((f) => f.properties.kind === 'footprint')!.geometry.coordinates[0]![0]!
    const corners = ring.slice(0, -1)
    const inside: [number, number] = [
      corners.reduce((s, c) => s + c[0], 0) / corners.length,
      corners.reduce((s, c) => s + c[1], 0) / corners.length,
    ]

    const experts = page.getByRole('group', { name: '核查组' }).getByRole('checkbox')
    await experts.first().waitFor()
    for (let i = 0; i < (await experts.count()); i++) await experts.nth(i).check()
    await page.getByLabel('符合该行业标准', { exact: true }).check()
    const prerequisites = page.getByRole('group', { name: /前置条件/ }).getByRole('checkbox')
    for (let i = 0; i < (await prerequisites.count()); i++) await prerequisites.nth(i).check()
    const scores = page.getByRole('spinbutton', { name: /得分$/ })
    for (let i = 0; i < (await scores.count()); i++) {
      const max = Number(await scores.nth(i).getAttribute('max'))
      await scores.nth(i).fill(String(Math.floor(max * 0.9)))
    }
    await page.getByLabel('核查意见').fill('现场核查：矿区整洁，复绿到位，符合绿色矿山建设要求。')
    const file = page.getByLabel('拍照或选择照片')
    await file.setInputFiles({ name: 'inside.jpg', mimeType: 'image/jpeg', buffer: testJpeg(inside) })
    await page.locator('[data-placement=inside]').first().waitFor({ timeout: 30_000 })
    const east = Math.max(...ring.map((c) => c[0])) + 0.01
    await file.setInputFiles({
      name: 'outside.jpg',
      mimeType: 'image/jpeg',
      buffer: testJpeg([east, inside[1]]),
    })
    await page.locator('[data-placement=outside]').first().waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: '提交核查报告' }).click()
    await page.getByText(/已提交：核查通过/).waitFor({ timeout: 30_000 })
  })

  it('the county publishes the opinion; the public objects; the county dismisses it and archives', async () => {
    setToday('2026-09-04')
    const county = await as('county.changxing')
    await county.goto(`/county/mines/${mine.id}`)
    await county.getByLabel('公示开始日期').fill('2026-09-04')
    await county.getByLabel('公示结束日期').fill('2026-09-15')
    await county.getByRole('button', { name: '发布公示' }).click()
    await shows(county, county.getByTestId('mine-state').getByText('县级公示中'))

    setToday('2026-09-07')
    const visitor = await newPage(browser, base())
    pages.push(visitor)
    await visitor.page.goto('/public#objections')
    // The notice that lists the mine (its form's select names it); after filing, the receipt replaces the form.
    const labelledBy = await visitor.page
      .locator('.pub-notice')
      .filter({ has: visitor.page.locator('option', { hasText: mine.name }) })
      .getAttribute('aria-labelledby')
    const notice = visitor.page.locator(`.pub-notice[aria-labelledby="${labelledBy}"]`)
    await notice.getByText('对此公示提出异议').click()
    const option = await notice.locator('option', { hasText: mine.name }).getAttribute('value')
    await notice.getByLabel(/异议所涉矿山/).selectOption(option!)
    await notice.getByLabel(/异议内容/).fill('该矿山东侧边坡复绿未完成，与公示的核查意见不符。')
    await notice.getByRole('button', { name: '提交异议' }).click()
    await notice.getByTestId('objection-receipt').waitFor()
    await screenshot(visitor.page, 'journey-objection-receipt')

    setToday('2026-09-08')
    await county.reload()
    const objections = county.getByTestId('objections')
    await objections.getByText('该矿山东侧边坡复绿未完成，与公示的核查意见不符。').waitFor()
    await objections.getByLabel('异议不成立').check()
    await objections.getByLabel('处理理由').fill('经现场复核，东侧边坡已于八月完成复绿，异议不成立。')
    await objections.getByRole('button', { name: '提交处理结果' }).click()
    await objections.getByText('经现场复核，东侧边坡已于八月完成复绿，异议不成立。').waitFor()

    setToday('2026-09-16')
    await county.reload()
    const archive = county.getByRole('region', { name: '公示结束归档' })
    await archive.getByLabel('上传自评报告原件').setInputFiles(pdf('自评报告原件.pdf'))
    await archive.getByLabel('上传现场核查报告原件').setInputFiles(pdf('核查报告原件.pdf'))
    await archive.getByRole('button', { name: '归档' }).click()
    await shows(county, county.getByTestId('mine-state').getByText(/已归档/))
  })

  it('the city reports inside the October window; the province publishes and enters it into the directory', async () => {
    setToday('2026-10-09')
    const city = await as('city.huzhou')
    await city.goto('/city')
    const passed = city.getByRole('region', { name: '待上报的通过名单' })
    await passed.getByRole('button', { name: `上报 ${mine.name}` }).click()
    await poll(() => passed.getByRole('status').textContent()).toMatch(/已上报 1 家矿山/)

    setToday('2026-10-12')
    const province = await as('province')
    await province.goto('/province/lists')
    await province.getByRole('checkbox', { name: `选择 ${mine.name}` }).check()
    await province.getByLabel('公示开始日期').fill('2026-10-12')
    await province.getByLabel('公示结束日期').fill('2026-10-21')
    await province.getByRole('button', { name: '发布省级公示（1 座矿山）' }).click()
    await province.getByRole('status').filter({ hasText: '省级公示已发布' }).waitFor()

    setToday('2026-10-22')
    await province.reload()
    const row = province.getByTestId(`prv-entry-${mine.id}`)
    await row.getByRole('button', { name: `纳入名录库：${mine.name}` }).click()
    await poll(() => row.count()).toBe(0)
  })

  it('the mine appears as a directory mine on /public', async () => {
    const visitor = await newPage(browser, base())
    pages.push(visitor)
    await visitor.page.goto(`/public`)
    const dir = (await (
      await visitor.page.request.get(`/api/public/directory?q=${encodeURIComponent(mine.name)}`)
    ).json()) as { items: { id: number; enteredOn: string }[] }
    expect(dir.items.find((m) => m.id === mine.id)?.enteredOn).toBe('2026-10-22')
    await visitor.page.getByRole('searchbox').first().fill(mine.name)
    await visitor.page.getByText(mine.name).first().waitFor()
    await screenshot(visitor.page, 'journey-public-directory')
  })

  it('a spot check finds it declined: rectification with a deadline and a newly drawn re-check agency', async () => {
    setToday('2026-10-26')
    const county = await as('county.changxing')
    await county.goto('/county/spot-checks')
    await poll(() => county.getByLabel('抽查周期').inputValue()).toBe('2026-H2')
    // Every directory mine of the county is drawn (ratio 1), so the journey's mine is among them.
    await county.getByLabel('按比例').check()
    await county.getByLabel('抽取比例（0–1）').fill('1')
    await county.getByRole('button', { name: '生成种子并承诺抽签' }).click()
    const seed = county.getByTestId('spc-seed')
    await seed.waitFor()
    const value = await seed.inputValue()
    const card = county.getByRole('article', { name: /抽签 \d+ ·/ }).first()
    await card.getByLabel('揭示的种子').fill(value)
    await card.getByRole('button', { name: '揭示种子并抽签' }).click()
    const form = county.getByRole('form', { name: `记录 ${mine.name} 的抽查结果` })
    await form.waitFor({ timeout: 30_000 })
    await form.getByLabel('抽查结果').selectOption('declined')
    await form.getByLabel('整改期限').fill('2026-11-25')
    await form.getByRole('button', { name: '记录抽查结果' }).click()
    const orders = county.getByRole('region', { name: '整改通知（限期整改）' })
    const row = orders.getByRole('row', { name: new RegExp(mine.name) })
    await poll(() => row.count()).toBe(1)
    await row.getByRole('button', { name: `为 ${mine.name} 抽取复核机构` }).click()
    await poll(() => row.getByRole('button').count()).toBe(0)
  })

  it('the re-check by the newly drawn agency fails; the province removes the mine and blacklists the enterprise', async () => {
    setToday('2026-11-26')
    const detail = (await (
      await (await as('county.changxing')).request.get(`/api/mines/${mine.id}`)
    ).json()) as {
      timeline: { type: string; payload: { agencyId?: number; event?: { agencyId?: number } } }[]
    }
    const assigned = detail.timeline.filter((e) => e.type === 'assign_recheck_agency').at(-1)!
    const recheckAgency = assigned.payload.event?.agencyId ?? assigned.payload.agencyId!
    // Not the agency that verified the mine: a newly drawn one.
    expect(recheckAgency).not.toBe(drawnAgency)
    const username = await evaluatorOf(recheckAgency, 'journey.rechecker')
    const p = await newPage(browser, base(), { width: 390, height: 844 }, REFUSED)
    pages.push(p)
    await signInAs(p.page, username, PASSWORD)
    await p.page.goto('/evaluator')
    await p.page.getByRole('link', { name: `填写核查表：${mine.name}` }).click()
    await p.page.getByRole('radio', { name: '不通过' }).check()
    await p.page.getByLabel('核查意见').fill('复核：东侧边坡仍未复绿，整改未到位。')
    await p.page.getByRole('button', { name: '提交复核结论' }).click()
    await p.page
      .getByText(/已提交/)
      .first()
      .waitFor({ timeout: 30_000 })

    setToday('2026-11-27')
    const province = await as('province')
    await province.goto('/province/removals')
    const item = province.getByRole('listitem').filter({ hasText: mine.name }).first()
    await item.getByRole('button', { name: '确认除名…' }).click()
    await item.getByLabel('相关责任人（用逗号分隔）').fill('王某（法定代表人）')
    await item.getByLabel('除名理由').fill('整改后第三方复核未通过')
    await item.getByRole('button', { name: `确认除名：${mine.name}` }).click()
    await province.getByRole('heading', { name: '行业诚信黑名单' }).waitFor()
    await poll(() => province.getByText('王某（法定代表人）').count()).toBeGreaterThan(0)
  })

  it("the enterprise's next submission is refused in place: it is on the blacklist", async () => {
    const page = await as('enterprise')
    await page.goto(`/enterprise/mines/${mine.id}`)
    const prerequisites = page.getByRole('group', { name: '前置条件（均须满足）' }).getByRole('checkbox')
    for (let i = 0; i < (await prerequisites.count()); i++) await prerequisites.nth(i).check()
    await page.getByLabel('自评报告文件').setInputFiles(pdf('自评报告（整改后）.pdf'))
    await page.getByText('✓ 自评报告（整改后）.pdf').first().waitFor()
    await page.getByRole('button', { name: '提交自评报告' }).click()
    await page
      .getByTestId('error-notice')
      .getByText(/黑名单/)
      .waitFor()
    await screenshot(page, 'journey-blacklisted-refused')
  })
})
