// The home map: all 89 counties shaded, the date drives the classes, the panel agrees with the API.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '@zgm/domain'
import { todayIso } from '../src/state/dates'
import { countyClasses, e2eBaseUrl, launch, newPage, screenshot, signIn, waitReady } from './browser'

const baseUrl = e2eBaseUrl()

describe.skipIf(!baseUrl)('home map', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('paints Zhejiang and shades all 89 counties, with marks for first paint and idle', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    const t0 = Date.now()
    await page.goto('/?d=2019-12-31')
    await waitReady(page, '2019-12-31')
    const wall = Date.now() - t0
    const classes = await countyClasses(page)
    expect(Object.keys(classes)).toHaveLength(89)
    expect(Object.keys(classes).every((code) => /^33\d{4}$/.test(code))).toBe(true)
    // A real choropleth: more than one class, and every county is shaded by one.
    expect(new Set(Object.values(classes)).size).toBeGreaterThan(1)
    const marks = await page.evaluate(() => window.__zgm!.marks())
    console.log(
      `[perf] home: first paint ${marks['zgm:first-paint']} ms, idle ${marks['zgm:idle']} ms after navigation (wall ${wall} ms)`,
    )
    expect(marks['zgm:first-paint']).toBeGreaterThan(0)
    expect(marks['zgm:idle']).toBeGreaterThanOrEqual(marks['zgm:first-paint']!)
    // The map canvas has drawn something other than the background.
    const drawn = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!
      const gl = c.getContext('webgl2')!
      const px = new Uint8Array(4)
      gl.readPixels(Math.floor(c.width / 2), Math.floor(c.height / 2), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px)
      return [...px]
    })
    expect(drawn).not.toEqual([220, 230, 236, 255])
    await expect(page.getByTestId('review-note').textContent()).resolves.toContain('示意图')
    // Hovering a county shows its name, 应建 and in-directory counts, rate and target.
    const box = (await page.getByTestId('map').boundingBox())!
    let card = ''
    for (let i = 0; i < 40 && !card; i++) {
      await page.mouse.move(
        box.x + box.width * (0.35 + (0.3 * ((i * 7) % 10)) / 10),
        box.y + box.height * (0.3 + (0.4 * ((i * 3) % 10)) / 10),
      )
      card =
        (await page
          .getByTestId('hover-card')
          // Picking runs in the next frames: on a busy machine (CI runs the db lane alongside)
          // the card takes more than a few hundred ms even where the pointer is over a county.
          .textContent({ timeout: 2_000 })
          .catch(() => '')) ?? ''
    }
    expect(card).toMatch(/应建矿山\d+已入库\d+入库率[\d.—%]+目标\d+%/)
    await screenshot(page, 'home-2019-12-31')
    await context.close()
  })

  it('draws the counties before MapLibre has loaded, where the map will look, then gives way to the map', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    // MapLibre's code is held back: until it comes, the screen has only its picture of the map.
    // It is asked for only once the picture is on screen (its parsing would hold the picture back).
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/maplibre-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/?d=2019-12-31')
    const preview = page.getByTestId('map-preview')
    await expect.poll(() => preview.locator('path').count(), { timeout: 60_000 }).toBe(89)
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('zgm:first-paint').length))
      .toBe(1)
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0)
    // The map's bridge, the first of MapLibre's code, is asked for after the picture's paint (it is
    // not held back: its entry comes once it has arrived).
    const timingOf = (pattern: RegExp) =>
      page.evaluate((source) => {
        const entry = performance
          .getEntriesByType('resource')
          .find((e) => new RegExp(source).test(e.name)) as PerformanceResourceTiming | undefined
        return entry && { startTime: entry.startTime, responseEnd: entry.responseEnd }
      }, pattern.source)
    const BRIDGE = /\/assets\/bridge-[^/]+\.js$/
    await expect.poll(async () => (await timingOf(BRIDGE)) !== undefined).toBe(true)
    const paintAt = await page.evaluate(() => performance.getEntriesByName('zgm:first-paint')[0]!.startTime)
    expect((await timingOf(BRIDGE))!.startTime).toBeGreaterThan(paintAt)
    // The outlines were asked for before the route's code had arrived.
    const outlines = (await timingOf(/\/api\/public\/outlines\?level=county$/))!
    const route = (await timingOf(/\/assets\/home-route-[^/]+\.js$/))!
    expect(outlines.startTime).toBeLessThan(route.responseEnd)
    await screenshot(page, 'home-before-maplibre')
    // Where the map will look: Zhejiang fitted in the map's area, clear of the controls' padding.
    const fit = await page.evaluate(() => {
      const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect()
      const drawn = document.querySelector('[data-testid="map-preview"] g')!.getBoundingClientRect()
      return { map: map.toJSON() as DOMRect, drawn: drawn.toJSON() as DOMRect }
    })
    expect(fit.drawn.left).toBeGreaterThanOrEqual(fit.map.left + 40 - 1)
    expect(fit.drawn.right).toBeLessThanOrEqual(fit.map.right - 40 + 1)
    expect(fit.drawn.top).toBeGreaterThanOrEqual(fit.map.top + 30 - 1)
    expect(fit.drawn.bottom).toBeLessThanOrEqual(fit.map.bottom - 100 + 1)
    // A point inside the largest county, as drawn.
    const probe = await page.evaluate(() => {
      let best: { code: string; x: number; y: number; area: number } | null = null
      for (const path of document.querySelectorAll<SVGPathElement>('[data-testid="map-preview"] path')) {
        const r = path.getBoundingClientRect()
        if (best && r.width * r.height <= best.area) continue
        const ctm = path.getScreenCTM()!.inverse()
        for (let i = 1; i < 10 && (!best || best.code !== path.dataset.code); i++)
          for (let j = 1; j < 10; j++) {
            const x = r.left + (r.width * i) / 10
            const y = r.top + (r.height * j) / 10
            const local = new DOMPoint(x, y).matrixTransform(ctm)
            if (path.isPointInFill(local)) {
              best = { code: path.dataset.code!, x, y, area: r.width * r.height }
              break
            }
          }
      }
      return best!
    })
    release()
    await waitReady(page, '2019-12-31')
    await expect.poll(() => preview.count()).toBe(0)
    const marks = await page.evaluate(() => window.__zgm!.marks())
    expect(marks['zgm:first-paint']).toBeLessThan(marks['zgm:map-paint']!)
    // The map has the same county under that point.
    const names = await page.evaluate(
      async () =>
        (await (await fetch('/api/public/regions?level=county')).json()) as { code: string; name: string }[],
    )
    await page.mouse.move(probe.x, probe.y)
    await expect
      .poll(() => page.getByTestId('hover-card').textContent(), { timeout: 20_000 })
      .toContain(names.find((n) => n.code === probe.code)!.name)
    await screenshot(page, 'home-after-maplibre')
    await context.close()
  })

  it('says so, with a reload, when MapLibre’s code cannot be loaded, and keeps the picture', async () => {
    const { page, context } = await newPage(browser, baseUrl!, undefined, [
      /Failed to load resource|maplibre|dynamically imported module/i,
    ])
    await page.route(/\/assets\/maplibre-[^/]+\.js$/, (route) => route.abort('internetdisconnected'))
    await page.goto('/public')
    const alert = page.locator('.map-error').getByRole('alert')
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toMatch(/加载失败|失败/)
    expect(await alert.getByRole('button').count()).toBe(1)
    expect(await page.getByTestId('map-preview').locator('path').count()).toBe(89)
    await screenshot(page, 'public-maplibre-missing')
    await context.close()
  })

  it('opens at today, the leaders’ map and the public map alike (the demo history runs to today)', async () => {
    const today = todayIso()
    const { page, context } = await newPage(browser, baseUrl!)
    for (const path of ['/', '/public']) {
      await page.goto(path)
      await waitReady(page, today)
      await expect(page.getByLabel('截至日期', { exact: true }).inputValue()).resolves.toBe(today)
      // The demo's history reaches the day before today: the slider's data extent ends there.
      const health = await page.evaluate(
        async () => (await (await fetch('/api/health')).json()) as { dataThrough: string },
      )
      expect(health.dataThrough >= addDays(today, -7)).toBe(true)
      await screenshot(page, `opens-at-today${path.replace('/', '-')}`)
    }
    await context.close()
  })

  it('moves the date and a county changes class', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    await page.goto('/?d=2018-03-31')
    await waitReady(page, '2018-03-31')
    const early = await countyClasses(page)
    await page.getByLabel('截至日期', { exact: true }).fill('2020-12-31')
    await waitReady(page, '2020-12-31')
    const late = await countyClasses(page)
    const changed = Object.keys(early).filter((code) => early[code] !== late[code])
    expect(changed.length).toBeGreaterThan(0)
    expect(page.url()).toContain('d=2020-12-31')
    await screenshot(page, 'home-2020-12-31')
    await context.close()
  })

  it("shows a county's numbers in the panel exactly as the API gives them (signed in as a leader)", async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    await signIn(page)
    await page.goto('/?d=2019-12-31&s=county:330522')
    await waitReady(page, '2019-12-31')
    await expect(page.getByTestId('scope-name').textContent()).resolves.toBe('长兴县')
    const api = await page.evaluate(
      async () =>
        (await (await fetch('/api/stats?level=county&asOf=2019-12-31')).json()) as {
          rows: { code: string; mandatory: number; inDirectory: number; rate: number | null }[]
        },
    )
    const row = api.rows.find((r) => r.code === '330522')!
    expect(await page.getByTestId('kpi-mandatory').textContent()).toBe(String(row.mandatory))
    expect(await page.getByTestId('kpi-in-directory').textContent()).toBe(String(row.inDirectory))
    expect(await page.getByTestId('kpi-rate').textContent()).toBe(
      row.rate === null ? '—' : `${(row.rate * 100).toFixed(1)}%`,
    )
    // Staff see the pipeline.
    await page.getByTestId('pipeline').waitFor()
    await screenshot(page, 'home-county-changxing')
    await context.close()
  })

  it('opens a mine panel with its licence and lifecycle timeline', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    await signIn(page)
    const mines = await page.evaluate(
      async () =>
        (await (await fetch('/api/mines?county=330522&pageSize=1')).json()) as {
          items: { id: number; name: string; licenceNo: string }[]
        },
    )
    const mine = mines.items[0]!
    await page.goto(`/?s=mine:${mine.id}`)
    const panel = page.getByTestId('mine-panel')
    await panel.waitFor({ timeout: 60_000 })
    await expect(panel.locator('h2').textContent()).resolves.toBe(mine.name)
    await expect(panel.textContent()).resolves.toContain(mine.licenceNo)
    expect(await page.getByTestId('timeline').locator('li').count()).toBeGreaterThan(0)
    await screenshot(page, 'home-mine-panel')
    await context.close()
  })
})
