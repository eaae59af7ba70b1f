// The public page's working half (issue 12 §7): an objection on an open notice with an attachment
// and its receipt, refusals shown in place (a file that is not what it claims, the throttle), the
// exposure list and blacklist, spot-check results, the way to sign in, and the form on a phone.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eBaseUrl, launch, newPage, screenshot, waitReady } from './browser'

const baseUrl = e2eBaseUrl()
/** The machine is shared and slow: first paint alone has taken over 100 s under load. */
const SLOW = 400_000

/** A 1×1 PNG: a real image the server's content sniffing accepts. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const TEXT = '该矿山东侧边坡复绿未完成，与公示的核查意见不符，请予核查。'
/** The browser logs each refused request; these refusals are provoked on purpose. */
const REFUSED = [/status of 4(22|29|00|15)/]

async function openForm(page: Page, index: number) {
  const notice = page.locator('.pub-notice').nth(index)
  await notice.getByText('对此公示提出异议').click()
  return notice
}

describe.skipIf(!baseUrl)('public page: objections, exposure and blacklist, spot checks', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    'files an objection with an attachment and shows the receipt; refusals show in place',
    async () => {
      const { page, context } = await newPage(browser, baseUrl!, undefined, REFUSED)
      await page.goto('/public#objections')
      await waitReady(page, undefined, 300_000)
      await expect(page.getByRole('tab', { name: '异议' }).getAttribute('aria-selected')).resolves.toBe(
        'true',
      )
      await page.locator('.pub-notice').first().waitFor()
      // Today's demo has county notices inside their objection window.
      expect(await page.locator('.pub-notice').count()).toBeGreaterThanOrEqual(2)

      const first = await openForm(page, 0)
      await first.getByLabel(/异议内容/).fill(TEXT)
      await first.getByLabel(/姓名/).fill('张三')
      await first.getByLabel(/联系方式/).fill('13800000000')
      await first.getByLabel(/附件/).setInputFiles({ name: 'slope.png', mimeType: 'image/png', buffer: PNG })
      await screenshot(page, 'public-objection-form')
      await first.getByRole('button', { name: '提交异议' }).click()
      const receipt = first.getByTestId('objection-receipt')
      await receipt.waitFor()
      const text = (await receipt.textContent())!
      expect(text).toMatch(/回执编号 \d+，受理日期 \d{4}年\d{1,2}月\d{1,2}日/)
      expect(text).toContain('slope.png')
      await screenshot(page, 'public-objection-receipt')

      // A file that is not what its name says: the server's refusal, in place, in Chinese.
      const second = await openForm(page, 1)
      await second.getByLabel(/异议内容/).fill(TEXT)
      await second
        .getByLabel(/附件/)
        .setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: PNG })
      await second.getByRole('button', { name: '提交异议' }).click()
      const alert = second.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toMatch(/PDF|PNG|类型/)
      expect(await second.getByTestId('objection-receipt').count()).toBe(0)

      // Over the limit (5 an hour from one address): the 429 and its retry time, in place. Stubbed,
      // so that this run does not use up the address's quota for the journeys after it.
      await page.route('**/api/public/objections', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 429,
              contentType: 'application/json',
              headers: { 'retry-after': '1800' },
              body: JSON.stringify({
                error: {
                  code: 'too_many_attempts',
                  message: 'too many objections',
                  params: { action: 'objection', retryAfterSeconds: 1800 },
                },
              }),
            })
          : route.continue(),
      )
      await second.getByLabel(/附件/).setInputFiles([])
      await second.getByRole('button', { name: '提交异议' }).click()
      await expect
        .poll(async () => second.getByRole('alert').textContent())
        .toContain('本地址提交异议过于频繁，请 1800 秒后再试')
      // The same refusal in English after the language switch.
      await page.getByRole('button', { name: 'English' }).click()
      await expect.poll(async () => second.getByRole('alert').textContent()).toContain('try again in 1800 s')
      await context.close()
    },
    SLOW,
  )

  it(
    'shows the exposure list and blacklist, the spot-check results, and the way to sign in',
    async () => {
      const { page, context } = await newPage(browser, baseUrl!)
      await page.goto('/public')
      await waitReady(page, undefined, 300_000)
      const signIn = page.getByRole('link', { name: '工作人员登录' })
      await expect(signIn.getAttribute('href')).resolves.toBe('/login')
      await expect(page.getByRole('link', { name: '全省地图' }).count()).resolves.toBe(1)

      await page.getByRole('tab', { name: '曝光与黑名单' }).click()
      const blacklist = page.getByTestId('public-blacklist')
      await blacklist.waitFor()
      expect(await blacklist.locator('tbody tr').count()).toBeGreaterThan(0)
      expect(await page.getByTestId('public-exposures').locator('tbody tr').count()).toBeGreaterThan(0)
      await screenshot(page, 'public-blacklist')

      // Keyboard: the tabs move with the arrow keys.
      await page.getByRole('tab', { name: '曝光与黑名单' }).press('ArrowRight')
      await expect(page.getByRole('tab', { name: '抽查结果' }).getAttribute('aria-selected')).resolves.toBe(
        'true',
      )
      // A revealed draw (the county desk's test may have left a committed one, still unrevealed, first).
      const draw = page.locator('.pub-draw').filter({ hasNotText: '尚未揭示' }).first()
      await draw.waitFor()
      await draw.locator('summary').click()
      const facts = (await draw.textContent())!
      expect(facts).toContain('随机种子哈希')
      expect(facts).toContain('公开的随机种子')
      expect(facts).toContain('抽中矿山')
      expect(await page.locator('.pub-draw').count()).toBeGreaterThan(0)
      await screenshot(page, 'public-spot-checks')

      await signIn.click()
      await page.waitForURL((url) => url.pathname === '/login')
      await context.close()
    },
    SLOW,
  )

  it(
    'keeps the objection form usable at 390 px',
    async () => {
      const { page, context } = await newPage(browser, baseUrl!, { width: 390, height: 844 })
      await page.goto('/public#objections')
      await waitReady(page, undefined, 300_000)
      const handle = page.getByRole('button', { name: '展开或收起面板' })
      await handle.click()
      await page.locator('.pub-notice').first().waitFor()
      const notice = await openForm(page, 0)
      const submit = notice.getByRole('button', { name: '提交异议' })
      await submit.scrollIntoViewIfNeeded()
      const box = (await submit.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      const text = (await notice.getByLabel(/异议内容/).boundingBox())!
      expect(text.x + text.width).toBeLessThanOrEqual(390)
      const widths = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        view: window.innerWidth,
      }))
      expect(widths.doc).toBeLessThanOrEqual(widths.view)
      await screenshot(page, 'public-objection-phone')
      await context.close()
    },
    SLOW,
  )
})
