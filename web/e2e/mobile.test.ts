// A 390 px phone: no horizontal scroll, the panel is a bottom sheet that can be opened and read.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eBaseUrl, launch, newPage, screenshot, waitReady } from './browser'

const baseUrl = e2eBaseUrl()

describe.skipIf(!baseUrl)('phone layout (390 px)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const path of ['/', '/public']) {
    it(`${path}: panel reachable, no horizontal scroll`, async () => {
      const { page, context } = await newPage(browser, baseUrl!, { width: 390, height: 844 })
      await page.goto(path)
      await waitReady(page)
      const widths = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        view: window.innerWidth,
      }))
      expect(widths.doc).toBeLessThanOrEqual(widths.view)
      expect(widths.body).toBeLessThanOrEqual(widths.view)

      const panel = page.getByTestId('side-panel')
      const closed = (await panel.boundingBox())!
      expect(closed.y).toBeGreaterThan(844 / 2)
      expect(closed.y + 20).toBeLessThan(844)
      // Keyboard: Tab reaches the sheet handle, Enter opens the sheet.
      const handle = page.getByRole('button', { name: '展开或收起面板' })
      await handle.focus()
      await page.keyboard.press('Enter')
      await expect(handle.getAttribute('aria-expanded')).resolves.toBe('true')
      await page.waitForTimeout(400)
      const open = (await panel.boundingBox())!
      expect(open.y).toBeLessThan(closed.y)
      expect(open.x).toBeGreaterThanOrEqual(0)
      expect(open.width).toBeLessThanOrEqual(390)
      await screenshot(page, `phone${path === '/' ? '-home' : path.replace('/', '-')}`)
      await context.close()
    })
  }
})
