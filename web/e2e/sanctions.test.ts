// The county's spot-check desk and the city desk (issue 12 §3, §5) in headless Chromium against the
// real server: a period's draw committed with a seed made in the browser, a wrong seed refused, the
// reveal, a declined check with its rectification order and re-check agency; the city's passed list
// with the reporting window, a report outside it refused in place (zh, then en), the target split
// saved and a short split refused; phone-width layouts; another county and another role kept out.
import { addDays, nextReportingWindow, reportingWindowAt } from '@zgm/domain'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayIso } from '../src/state/dates'
import { e2eBaseUrl, launch, newPage, screenshot } from './browser'

const baseUrl = e2eBaseUrl()
/** Refusals provoked on purpose (the browser logs each refused request). */
const REFUSED = [/status of (403|409|422)/]

async function signInAs(page: Page, username: string): Promise<void> {
  // The first load after the server starts can be slow on a busy machine.
  await page.goto('/login', { timeout: 90_000 })
  await page.getByLabel(/用户名|Username/).fill(username)
  await page.getByLabel(/密码|Password/).fill('demo1234')
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}

async function csrfOf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken
}

/** Waits up to 20 s (expect.poll's own default is one second). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 200 })

/** No part of the page is wider than the viewport (tables scroll inside their own box). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
}

describe.skipIf(!baseUrl)('county spot checks and the city desk', () => {
  let browser: Browser
  let county: { page: Page; context: BrowserContext }
  let city: { page: Page; context: BrowserContext }
  const today = todayIso()

  beforeAll(async () => {
    browser = await launch()
    county = await newPage(browser, baseUrl!, undefined, REFUSED)
    city = await newPage(browser, baseUrl!, undefined, REFUSED)
    await signInAs(county.page, 'county.changxing')
    await signInAs(city.page, 'city.huzhou')
  })
  afterAll(async () => {
    await county?.context.close()
    await city?.context.close()
    await browser?.close()
  })

  it('commits a draw with a browser-made seed, refuses a wrong seed and a second draw, then reveals it', async () => {
    const { page } = county
    // The list's first load is read before the commit and answered only after it (a slow server):
    // the page must ask again, not show that answer (the draw would be missing from the list).
    let answerFirstLoad = () => {}
    const commitAnswered = new Promise<void>((resolve) => (answerFirstLoad = resolve))
    let firstLoadRead = () => {}
    const readBeforeCommit = new Promise<void>((resolve) => (firstLoadRead = resolve))
    await page.route(
      '**/api/public/spot-checks',
      async (route) => {
        const response = await route.fetch()
        firstLoadRead()
        await commitAnswered
        await route.fulfill({ response })
      },
      { times: 1 },
    )
    await page.goto('/county/spot-checks')
    await readBeforeCommit
    const period = page.getByLabel('抽查周期')
    // The current half-year: the checks recorded today fall inside it.
    await poll(() => period.inputValue()).toBe(
      `${today.slice(0, 4)}-H${Number(today.slice(5, 7)) <= 6 ? 1 : 2}`,
    )
    await page.getByLabel('抽取家数').fill('1')
    const committed = page.waitForResponse((r) => r.url().endsWith('/api/spot-checks/draws'))
    await page.getByRole('button', { name: '生成种子并承诺抽签' }).click()
    const response = await committed
    answerFirstLoad()
    // Only the hash left the browser.
    const sent = JSON.parse(response.request().postData() ?? '{}') as Record<string, unknown>
    expect(Object.keys(sent).sort()).toEqual(['count', 'period', 'regionCode', 'seedHash'])
    const seed = await page.getByTestId('spc-seed').inputValue()
    expect(seed).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(sent)).not.toContain(seed)
    await poll(() => page.getByText(/请立即保存此种子/).count()).toBe(1)
    await poll(() => page.getByRole('link', { name: '下载种子文件' }).count()).toBe(1)
    const drawId = ((await response.json()) as { id: number }).id
    await screenshot(page, 'sanctions-county-commit')

    // A second commit for the same period is refused in place, whatever the seed.
    await page.getByRole('button', { name: '生成种子并承诺抽签' }).click()
    await poll(() => page.getByTestId('error-notice').first().textContent()).toMatch(/每期只抽一次，不得重抽/)

    const card = page.getByRole('article', { name: new RegExp(`抽签 ${drawId} ·`) })
    // A wrong seed (its last digit changed): the server checks it against the published hash.
    await card.getByLabel('揭示的种子').fill(`${seed.slice(0, 63)}${seed.endsWith('0') ? '1' : '0'}`)
    await card.getByRole('button', { name: '揭示种子并抽签' }).click()
    await poll(() => card.getByTestId('error-notice').textContent()).toMatch(/事先公布的哈希值不符/)
    // The right one, pasted as the line of the downloaded file.
    await card.getByLabel('揭示的种子').fill(`seed=${seed}`)
    await card.getByRole('button', { name: '揭示种子并抽签' }).click()
    await poll(() => card.getByRole('table').count()).toBe(1)
    expect(await card.getByRole('row').count()).toBe(2) // the header and the one drawn mine
  })

  it('records a declined check with a deadline; the order is listed with its clock and gets a re-check agency', async () => {
    const { page } = county
    const form = page.getByRole('form', { name: /^记录 .+ 的抽查结果$/ }).first()
    const mineName = ((await form.getAttribute('aria-label')) ?? '').replace(/^记录 | 的抽查结果$/g, '')
    expect(mineName).not.toBe('')
    await form.getByLabel('抽查结果').selectOption('declined')
    const deadline = addDays(today, 60)
    await form.getByLabel('整改期限').fill(deadline)
    await form.getByRole('button', { name: '记录抽查结果' }).click()
    const orders = page.getByRole('region', { name: '整改通知（限期整改）' })
    // The new order's row (the drawn mine may have an earlier, closed order of its own).
    const row = orders.getByRole('row', { name: new RegExp(mineName) }).filter({ hasText: deadline })
    await poll(() => row.count()).toBe(1)
    expect(await row.textContent()).toContain('剩余 60 天')
    expect(await row.textContent()).toContain('待复核')
    await row.getByRole('button', { name: `为 ${mineName} 抽取复核机构` }).click()
    await poll(() => row.getByRole('button').count()).toBe(0)
    expect(await row.textContent()).toMatch(/公司|机构|院|中心/)
    await screenshot(page, 'sanctions-county-orders')
  })

  it('keeps another county and other roles out', async () => {
    const { page } = county
    // Another county's region: refused by the server (role × region).
    const res = await page.request.post('/api/spot-checks/draws', {
      headers: { 'x-csrf-token': await csrfOf(page) },
      data: { regionCode: '330521', period: '2026-H2', seedHash: 'a'.repeat(64), count: 1 },
    })
    expect(res.status()).toBe(403)
    // The city bureau on the county's page sees a notice, not the desk.
    await city.page.goto('/county/spot-checks')
    await poll(() => city.page.getByRole('alert').first().textContent()).toMatch(/此页面不属于您的角色/)
  })

  it("shows the city's passed list and the window; a report outside it is refused in place, in zh and en", async () => {
    const { page } = city
    await page.goto('/city')
    const open = reportingWindowAt(today)
    const window = open ?? nextReportingWindow(today)
    await poll(() => page.getByTestId('city-window').textContent()).toContain(
      `${window.start} 至 ${window.end}`,
    )
    const passed = page.getByRole('region', { name: '待上报的通过名单' })
    const report = passed.getByRole('button', { name: /^上报 / }).first()
    await poll(() => report.count()).toBe(1)
    await report.click()
    if (open) {
      await poll(() => passed.getByRole('status').textContent()).toMatch(/已上报 1 家矿山/)
      return
    }
    // Located on the page: in English the region has an English name.
    const notice = page.getByTestId('error-notice')
    await poll(() => notice.textContent()).toContain(`下一上报期：${window.start} 至 ${window.end}`)
    await screenshot(page, 'sanctions-city-window-refused')
    await page.getByRole('button', { name: 'English' }).click()
    await poll(() => notice.textContent()).toContain(`Next window: ${window.start} to ${window.end}`)
    await page.getByRole('button', { name: '中文' }).click()
  })

  it('saves a target split and refuses a split below the city target, live and on the server', async () => {
    const { page } = city
    await page.goto('/city')
    const split = page.getByRole('region', { name: '分解目标到县' })
    await split.getByLabel('年度').selectOption('2018')
    await poll(() => split.getByText('市级目标: 12 家').count()).toBe(1)
    const inputs = split.getByRole('spinbutton')
    expect(await inputs.count()).toBe(5)
    for (const [i, n] of [3, 3, 2, 2, 2].entries()) await inputs.nth(i).fill(String(n))
    await poll(() => split.getByTestId('city-split-sum').textContent()).toContain('合计 12，市级目标 12')
    await split.getByRole('button', { name: '保存分解' }).click()
    await poll(() => split.getByRole('status').textContent()).toBe('分解已保存')
    // The saved split is what the server now answers.
    const saved = (await (await page.request.get('/api/targets/2018/cities/330500')).json()) as {
      counties: { target: { value: number } | null }[]
    }
    expect(saved.counties.map((c) => c.target?.value)).toEqual([3, 3, 2, 2, 2])

    await inputs.nth(0).fill('1')
    await poll(() => split.getByTestId('city-split-sum').textContent()).toContain(
      '各县目标合计 10 家，少于市级 2018 年目标 12 家',
    )
    await split.getByRole('button', { name: '保存分解' }).click()
    await poll(() => split.getByTestId('error-notice').textContent()).toContain(
      '各县目标合计 10 家，少于市级 2018 年目标 12 家',
    )
    await screenshot(page, 'sanctions-city-split-refused')
  })

  it('fits a 390 px phone', async () => {
    for (const [user, path, name] of [
      ['city.huzhou', '/city', 'sanctions-city-phone'],
      ['county.changxing', '/county/spot-checks', 'sanctions-county-phone'],
    ] as const) {
      const phone = await newPage(browser, baseUrl!, { width: 390, height: 844 })
      await signInAs(phone.page, user)
      await phone.page.goto(path)
      await poll(() => phone.page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(1)
      expect(await fitsWidth(phone.page)).toBe(true)
      await screenshot(phone.page, name)
      await phone.context.close()
    }
  })
})
