// The public disclosure map: public endpoints and public tiles only, no internal field anywhere.
import type { Browser, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countyClasses, e2eBaseUrl, launch, newPage, screenshot, waitReady } from './browser'

const baseUrl = e2eBaseUrl()

/** What the public page may ask the server for. */
const ALLOWED = [
  /^\/$/,
  /^\/public$/,
  /^\/assets\//,
  /^\/api\/public\//,
  /^\/api\/health$/,
  /^\/tiles\/(province|cities|counties|public-mines)(\.json|\/\d+\/\d+\/\d+\.mvt)$/,
]

/** Fields that must never reach the public (workflow state, licence and holder details). */
const INTERNAL_FIELDS = [
  'greenState',
  'green_state',
  'opsStatus',
  'licenceNo',
  'holderName',
  'pipeline',
  'overdue',
  'csrfToken',
  'enterpriseId',
]

describe.skipIf(!baseUrl)('public disclosure map', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('calls only public endpoints, shows the demo banner and no internal field', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    const requests: Request[] = []
    page.on('request', (r) => requests.push(r))
    const bodies: string[] = []
    page.on('response', async (res) => {
      if (new URL(res.url()).pathname.startsWith('/api/')) bodies.push(await res.text().catch(() => ''))
    })
    await page.goto('/public')
    await waitReady(page)
    const marks = await page.evaluate(() => window.__zgm!.marks())
    console.log(
      `[perf] public: first paint ${marks['zgm:first-paint']} ms, idle ${marks['zgm:idle']} ms after navigation`,
    )
    expect(Object.keys(await countyClasses(page))).toHaveLength(89)
    await expect(page.getByTestId('demo-banner').textContent()).resolves.toContain('演示数据')

    // Use it like a member of the public: search the directory, read the publicity lists, the rates.
    const list = page.getByTestId('directory-list')
    await list.locator('.result').first().waitFor()
    const firstName = (await list.locator('.result strong').first().textContent())!
    await list.getByRole('searchbox').fill(firstName.slice(0, 2))
    await list.locator('.result').first().waitFor()
    await list.locator('.result').first().click()
    await page.getByTestId('public-mine-card').waitFor()
    await page.getByRole('tab', { name: '公示' }).click()
    await page.getByTestId('publicity-list').waitFor()
    await page.getByRole('tab', { name: '各县入库率' }).click()
    await page.getByTestId('public-county-table').waitFor()
    await page.waitForLoadState('networkidle')
    await screenshot(page, 'public')

    const origin = new URL(baseUrl!).origin
    const offending = requests
      .map((r) => new URL(r.url()))
      .filter((u) => u.protocol !== 'data:' && u.protocol !== 'blob:')
      .filter((u) => u.origin !== origin || !ALLOWED.some((re) => re.test(u.pathname)))
      .map((u) => u.href)
    expect(offending).toEqual([])
    expect(requests.some((r) => r.url().includes('/tiles/public-mines'))).toBe(true)

    const html = await page.content()
    for (const field of INTERNAL_FIELDS) {
      expect(html, field).not.toContain(field)
      for (const body of bodies) expect(body, field).not.toContain(`"${field}"`)
    }
    expect(await page.getByTestId('pipeline').count()).toBe(0)
    await context.close()
  })
})
