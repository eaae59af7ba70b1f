// The planner's map (issue 11) in headless Chromium against the real server and PostGIS: drawing with
// the mouse, live and server refusals, a vertex moved into version 2, a conflict between two
// browsers, the county's approval changing the area's style, and another county's planner kept out.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eBaseUrl, launch, newPage, screenshot, waitReady, signInAs } from './browser'

const baseUrl = e2eBaseUrl()
type LngLat = [number, number]
type Ring = LngLat[]

const square = ([x, y]: LngLat, w: number, h = w): Ring => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
]

async function toScreen(page: Page, at: LngLat): Promise<[number, number]> {
  return page.evaluate((p) => window.__zgm!.toScreen!(p), at)
}

async function editorReady(page: Page) {
  await page.waitForFunction(() => window.__zgm?.editor?.ready === true && !!window.__zgm.toScreen, null, {
    timeout: 60_000,
  })
  // The map has settled on the place (fitBounds is not animated, tiles may still load).
  await page.waitForTimeout(500)
}

/** Clicks each corner of the ring, then the first corner again to close it. */
async function drawRing(page: Page, ring: Ring) {
  for (const corner of ring) {
    const [x, y] = await toScreen(page, corner)
    await page.mouse.click(x, y)
    await page.waitForTimeout(120)
  }
}

const editorState = (page: Page) => page.evaluate(() => window.__zgm!.editor!)

async function csrfOf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken
}

describe.skipIf(!baseUrl)("the planner's map", () => {
  let browser: Browser
  let planner: { page: Page; context: BrowserContext }
  let mineId: number
  let footprintBox: [number, number, number, number]
  /** The area drawn with the mouse (submitted, later approved). */
  let drawnId: number

  /** A square beside the footprint's east edge, `gap` degrees away. */
  /**
   * A square beside the footprint's east edge, sized by the footprint (the map fits the footprint,
   * so shapes are large enough on screen to click): `row` moves it up or down by its own size.
   */
  const beside = (row = 0): Ring => {
    const [w, s, e, n] = footprintBox
    const size = 0.3 * Math.max(e - w, n - s)
    return square([e + 0.08 * size * 3, (s + n) / 2 - size / 2 + row * 1.15 * size], size)
  }

  beforeAll(async () => {
    browser = await launch()
    // The server refusal (422) and the conflict (409) below are provoked on purpose.
    planner = await newPage(browser, baseUrl!, undefined, [/status of (409|422)/])
    await signInAs(planner.page, 'planner.changxing')
    // The planner lands on the planner's map.
    expect(new URL(planner.page.url()).pathname).toBe('/plan')
    const mines = (await (await planner.page.request.get('/api/map/mines')).json()) as {
      id: number
      countyCode: string
    }[]
    for (const m of mines.filter((x) => x.countyCode === '330522')) {
      const areas = (await (await planner.page.request.get(`/api/mines/${m.id}/areas`)).json()) as {
        features: { properties: { kind: string }; geometry: { coordinates: LngLat[][][] } }[]
      }
      const footprint = areas.features.find((f) => f.properties.kind === 'footprint')
      if (!footprint) continue
      const pts = footprint.geometry.coordinates.flat(2)
      footprintBox = [
        Math.min(...pts.map((p) => p[0])),
        Math.min(...pts.map((p) => p[1])),
        Math.max(...pts.map((p) => p[0])),
        Math.max(...pts.map((p) => p[1])),
      ]
      mineId = m.id
      break
    }
    expect(mineId).toBeGreaterThan(0)
  })
  afterAll(async () => {
    await planner?.context.close()
    await browser?.close()
  })

  it('draws a polygon with the mouse next to a mine and saves it: it is in the tiles and in the county’s queue', async () => {
    const { page } = planner
    await page.goto(`/plan/mines/${mineId}/new/restoration`)
    await waitReady(page)
    await editorReady(page)
    const ring = beside()
    await drawRing(page, ring)
    await page.waitForFunction(() => window.__zgm!.editor!.parts === 1)
    expect((await editorState(page)).problems).toEqual([])
    await expect(page.getByTestId('measure-area').textContent()).resolves.toMatch(/≈ [\d.,]+ 公顷/)
    await expect(page.getByTestId('measure-distance').textContent()).resolves.toMatch(/^\d+ m$/)
    await page.getByLabel('名称').fill('鼠标绘制复绿区')
    await page.getByLabel('计划开始').fill('2021-03-01')
    await page.getByLabel('计划完成').fill('2022-06-30')
    await page.getByLabel('责任单位').fill('长兴某建材有限公司')
    await screenshot(page, 'planner-drawing')
    await page.getByTestId('save-area').click()
    await page.waitForURL(/\/plan\/areas\/\d+$/)
    drawnId = Number(new URL(page.url()).pathname.split('/').at(-1))
    // The new area's own page: a draft at version 1, in the editor.
    await page.waitForFunction(() => window.__zgm?.editor?.ready && window.__zgm.editor.version === 1)
    await page.getByTestId('approval-chip').filter({ hasText: '草稿' }).first().waitFor()

    // Drawn from the restoration tiles (refetched after the write), in the draft style.
    const layersOf = () => page.evaluate((id) => window.__zgm!.areaLayers!(id), drawnId)
    await expect.poll(layersOf, { timeout: 30_000 }).toContain('restoration-line-draft')

    await page.getByRole('button', { name: '提交审核' }).click()
    await page.getByTestId('approval-chip').filter({ hasText: '已提交待审核' }).first().waitFor()

    const county = await newPage(browser, baseUrl!)
    await signInAs(county.page, 'county.changxing')
    await county.page.goto('/plan')
    await waitReady(county.page)
    const item = county.page.getByTestId(`queue-item-${drawnId}`)
    await expect(item.textContent()).resolves.toContain('鼠标绘制复绿区')
    await county.context.close()
  })

  it('refuses a bow-tie live, with the reason in the user’s language, and saving stays off', async () => {
    const { page } = planner
    await page.goto(`/plan/mines/${mineId}/new/restoration`)
    await waitReady(page)
    await editorReady(page)
    const corner = beside(-1)
    const [x0, y0] = corner[0]!
    const s = corner[1]![0] - x0
    await drawRing(page, [
      [x0, y0],
      [x0 + s, y0 + s],
      [x0 + s, y0],
      [x0, y0 + s],
      [x0, y0],
    ])
    await page.waitForFunction(() => window.__zgm!.editor!.problems.includes('geometry_self_intersection'))
    await expect(page.getByTestId('live-problems').textContent()).resolves.toContain('边界自相交')
    await expect(page.getByTestId('save-area').isDisabled()).resolves.toBe(true)
    await screenshot(page, 'planner-live-refusal')
  })

  it('is refused by the server when the client check is bypassed, the point marked on the map', async () => {
    const { page } = planner
    await page.goto(`/plan/mines/${mineId}/new/reclamation`)
    await waitReady(page)
    await editorReady(page)
    const ring = beside(1)
    await drawRing(page, ring)
    await page.waitForFunction(() => window.__zgm!.editor!.parts === 1)
    // A client without the live check: the request leaves with a bow-tie instead.
    const [x, y] = ring[0]!
    const d = ring[1]![0] - x
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + d, y + d],
          [x + d, y],
          [x, y + d],
          [x, y],
        ],
      ],
    }
    await page.route(`**/api/mines/${mineId}/areas`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      const body = JSON.parse(route.request().postData()!) as Record<string, unknown>
      await route.continue({ postData: JSON.stringify({ ...body, geometry: bowTie }) })
    })
    await page.getByTestId('save-area').click()
    const refusal = page.getByTestId('server-refusal')
    await expect(refusal.textContent()).resolves.toContain('边界自相交')
    await page.getByTestId('problem-marker').waitFor()
    await page.unroute(`**/api/mines/${mineId}/areas`)
    await page.waitForTimeout(900) // the map flies to the marked point
    await screenshot(page, 'planner-server-refusal')
    expect(new URL(page.url()).pathname).toContain('/new/')
  })

  /** A draft area saved through the API, for the editing tests. */
  async function draftArea(name: string, row: number): Promise<{ id: number; ring: Ring }> {
    const ring = beside(row)
    const res = await planner.page.request.post(`/api/mines/${mineId}/areas`, {
      headers: { 'x-csrf-token': await csrfOf(planner.page) },
      data: { kind: 'restoration', name, geometry: { type: 'Polygon', coordinates: [ring] } },
    })
    expect(res.status()).toBe(201)
    return { id: ((await res.json()) as { id: number }).id, ring }
  }

  /** Selects the polygon, then drags its vertex `index` by (dx, dy) pixels. */
  async function dragVertex(page: Page, ring: Ring, index: number, dx: number, dy: number) {
    const centre: LngLat = [(ring[0]![0] + ring[2]![0]) / 2, (ring[0]![1] + ring[2]![1]) / 2]
    const [cx, cy] = await toScreen(page, centre)
    await page.mouse.click(cx, cy)
    await page.waitForTimeout(200)
    const [vx, vy] = await toScreen(page, ring[index]!)
    await page.mouse.move(vx, vy)
    await page.mouse.down()
    for (let i = 1; i <= 8; i++) await page.mouse.move(vx + (dx * i) / 8, vy + (dy * i) / 8)
    await page.mouse.up()
    await page.waitForTimeout(200)
  }

  it('moves a vertex and saves it as version 2', async () => {
    const { page } = planner
    const { id, ring } = await draftArea('拖动顶点', -2)
    await page.goto(`/plan/areas/${id}`)
    await waitReady(page)
    await editorReady(page)
    const before = await editorState(page)
    expect(before.version).toBe(1)
    await dragVertex(page, ring, 2, 25, -20)
    await expect(page.getByTestId('save-area').isEnabled()).resolves.toBe(true)
    await page.getByTestId('save-area').click()
    await expect(page.getByTestId('saved-note').textContent()).resolves.toContain('第 2 版')
    const versions = (await (await page.request.get(`/api/areas/${id}/versions`)).json()) as {
      versions: { version: number; attrs: { areaM2: number } }[]
    }
    expect(versions.versions.map((v) => v.version)).toEqual([1, 2])
    expect(versions.versions[1]!.attrs.areaM2).toBeGreaterThan(versions.versions[0]!.attrs.areaM2)
    await page.getByTestId('version-2').waitFor()
  })

  it('shows the conflict with both shapes when another browser saved first, and keeps mine as the next version', async () => {
    const { id, ring } = await draftArea('两人同时编辑', 2)
    const other = await newPage(browser, baseUrl!)
    await signInAs(other.page, 'planner.changxing')
    for (const page of [planner.page, other.page]) {
      await page.goto(`/plan/areas/${id}`)
      await waitReady(page)
      await editorReady(page)
    }
    await dragVertex(other.page, ring, 1, 20, 0)
    await other.page.getByTestId('save-area').click()
    await expect(other.page.getByTestId('saved-note').textContent()).resolves.toContain('第 2 版')

    const { page } = planner
    await dragVertex(page, ring, 3, -20, 0)
    await page.getByTestId('save-area').click()
    await page.getByTestId('conflict-view').waitFor()
    const state = await editorState(page)
    expect(state.theirs).toBe(1)
    expect(state.parts).toBe(1)
    await expect(page.getByTestId('conflict-view').textContent()).resolves.toContain('第 2 版')
    await screenshot(page, 'planner-conflict')
    await page.getByRole('button', { name: '保留我的图形，保存为第 3 版' }).click()
    await expect(page.getByTestId('saved-note').textContent()).resolves.toContain('第 3 版')
    const versions = (await (await page.request.get(`/api/areas/${id}/versions`)).json()) as {
      versions: { version: number; changedBy: { displayName: string } }[]
    }
    expect(versions.versions.map((v) => v.version)).toEqual([1, 2, 3])
    await other.context.close()
  })

  it('the county approves from its queue and the area changes style on the map', async () => {
    const county = await newPage(browser, baseUrl!)
    const { page } = county
    await signInAs(page, 'county.changxing')
    await page.goto('/plan')
    await waitReady(page)
    const item = page.getByTestId(`queue-item-${drawnId}`)
    await item.getByRole('button', { name: '鼠标绘制复绿区' }).click()
    const layersOf = () => page.evaluate((id) => window.__zgm!.areaLayers!(id), drawnId)
    await expect.poll(layersOf, { timeout: 30_000 }).toContain('restoration-line-submitted')
    await screenshot(page, 'planner-approval-queue')
    await item.getByRole('button', { name: '批准' }).click()
    await expect.poll(layersOf, { timeout: 30_000 }).toContain('restoration-line')
    expect(await layersOf()).not.toContain('restoration-line-submitted')
    await screenshot(page, 'planner-approved')
    await county.context.close()
  })

  it('keeps another county’s planner out of the area, even by its address', async () => {
    // The area the browser is refused answers 404, as it should.
    const deqing = await newPage(browser, baseUrl!, undefined, [/status of 404/])
    await signInAs(deqing.page, 'planner.deqing')
    expect((await deqing.page.request.get(`/api/areas/${drawnId}`)).status()).toBe(404)
    await deqing.page.goto(`/plan/areas/${drawnId}`)
    const error = deqing.page.getByTestId('area-page-error')
    await expect(error.textContent()).resolves.toContain('找不到')
    await expect(deqing.page.getByTestId('area-editor').count()).resolves.toBe(0)
    await deqing.context.close()
  })

  it('draws against Tianditu imagery (img_w + cia_w) with its 审图号 when a key is configured, without the internet', async () => {
    const { page, context } = await newPage(browser, baseUrl!)
    await signInAs(page, 'planner.changxing')
    // The server as if started with TIANDITU_KEY and TIANDITU_REVIEW_NO.
    await page.route('**/api/health', async (route) => {
      const health = (await (await route.fetch()).json()) as Record<string, unknown>
      await route.fulfill({
        json: { ...health, basemap: { tiandituKey: 'test-key', reviewNo: 'GS(2024)0650号' } },
      })
    })
    // Every Tianditu tile is answered here with one local PNG; nothing leaves the machine.
    const asked: string[] = []
    await context.route(/tianditu\.gov\.cn/, async (route) => {
      asked.push(route.request().url())
      await route.fulfill({ contentType: 'image/png', body: TILE_PNG })
    })
    await page.goto(`/plan/mines/${mineId}/new/restoration`)
    await waitReady(page)
    await editorReady(page)
    await page.getByLabel('天地图影像底图').check()
    const layersAsked = () => [...new Set(asked.map((u) => new URL(u).pathname.split('/')[1]))].sort()
    await expect.poll(layersAsked, { timeout: 30_000 }).toEqual(['cia_w', 'img_w'])
    expect(asked.every((u) => new URL(u).searchParams.get('tk') === 'test-key')).toBe(true)
    await expect(page.getByTestId('review-note').textContent()).resolves.toContain('GS(2024)0650号')
    await context.close()
  })
})

/** A 1×1 green PNG: a tile that is obviously not a real map. */
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
