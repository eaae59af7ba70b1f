// The PNG export as a user gets it: the region in the title, scale bar, north arrow, credits.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eBaseUrl, launch, newPage, SCREENSHOTS, signIn, waitReady } from './browser'

const baseUrl = e2eBaseUrl()

describe.skipIf(!baseUrl)('PNG export', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('downloads a PNG naming the region shown, with a scale bar, a north arrow and the data source', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    await signIn(page)
    await page.goto('/?d=2020-12-31&s=city:330500')
    await waitReady(page, '2020-12-31')
    // What the export draws, read back from its text calls.
    await page.evaluate(() => {
      const texts: string[] = []
      ;(window as unknown as { __texts: string[] }).__texts = texts
      const fill = CanvasRenderingContext2D.prototype.fillText
      CanvasRenderingContext2D.prototype.fillText = function (
        this: CanvasRenderingContext2D,
        t: string,
        x: number,
        y: number,
      ) {
        texts.push(t)
        return fill.call(this, t, x, y)
      }
    })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ])
    const path = join(SCREENSHOTS, 'export-huzhou.png')
    await download.saveAs(path)
    const png = readFileSync(path)
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    const texts = await page.evaluate(() => (window as unknown as { __texts: string[] }).__texts)
    expect(texts).toContain('湖州市绿色矿山入库率')
    expect(texts).toContain('北 N')
    expect(texts.some((t) => /^\d+ (km|m)$/.test(t))).toBe(true)
    expect(texts).toContain('数据来源：浙江省绿色矿山建设管理平台')
    await context.close()
  })
})
