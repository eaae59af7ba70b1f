// The Huzhou demonstration-zone view: five counties beside the provincial median.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatArea } from '../src/i18n/format'
import { e2eBaseUrl, launch, newPage, screenshot, signIn, waitReady } from './browser'

const baseUrl = e2eBaseUrl()

describe.skipIf(!baseUrl)('Huzhou view', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the five Huzhou counties with the API numbers and the provincial median', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    await signIn(page)
    // Requests that got their answer (the e2e build runs React's development mode, whose StrictMode
    // mounts twice and so aborts a first request).
    const answered: string[] = []
    page.on('requestfinished', (r) => answered.push(new URL(r.url()).pathname))
    await page.goto('/huzhou?d=2020-12-31')
    await waitReady(page, '2020-12-31')
    const panel = page.getByTestId('huzhou-panel')
    await panel.waitFor()
    const rows = page.getByTestId('huzhou-table').locator('tbody tr')
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))).toEqual([
      '330502',
      '330503',
      '330521',
      '330522',
      '330523',
    ])
    const api = await page.evaluate(
      async () =>
        (await (await fetch('/api/stats?level=county&asOf=2020-12-31')).json()) as {
          rows: { code: string; mandatory: number; inDirectory: number }[]
        },
    )
    for (const code of ['330502', '330503', '330521', '330522', '330523']) {
      const row = api.rows.find((r) => r.code === code)!
      const cells = await page
        .locator(`[data-testid=huzhou-table] tr[data-code="${code}"] td`)
        .allTextContents()
      expect(cells.slice(0, 2)).toEqual([String(row.mandatory), String(row.inDirectory)])
    }
    await expect(panel.textContent()).resolves.toContain('全省县级中位数')
    // Restoration and reclamation: one request for the city, not one per mine.
    await page.getByTestId('huzhou-restoration-total').waitFor({ timeout: 60_000 })
    await expect.poll(() => answered.filter((p) => p === '/api/areas/progress').length).toBe(1)
    expect(answered.filter((p) => /^\/api\/mines\/\d+$/.test(p))).toEqual([])
    // Shares are drawn for the counties that have areas, and the totals are the API's.
    expect(await page.getByTestId('huzhou-areas').textContent()).toMatch(/\d+%/)
    const progress = await page.evaluate(
      async () =>
        (await (await fetch('/api/areas/progress?region=330500&asOf=2020-12-31')).json()) as {
          total: { restoration: { hectares: number; completedHectares: number } }
        },
    )
    const { hectares, completedHectares } = progress.total.restoration
    expect(hectares).toBeGreaterThan(0)
    await expect(page.getByTestId('huzhou-restoration-total').textContent()).resolves.toContain(
      `${formatArea(completedHectares * 10_000, 'zh')} / ${formatArea(hectares * 10_000, 'zh')}`,
    )
    await expect(page.getByTestId('huzhou-compare').textContent()).resolves.toMatch(/湖州市入库率\d/)
    await screenshot(page, 'huzhou-2020-12-31')
    await context.close()
  })
})
