// The installable field app on a phone (390×844, touch, emulated position): the manifest and
// service worker pass Chromium's installability check; a county saved for offline use shows its
// estimate before and its stored size after; offline, a reload still shows the map and the
// county's mines; near me names the nearest mine with distance and direction and says whether the
// user stands inside its footprint; a saved mine's inspection form opens offline and records into
// the outbox. The public map stays a plain page.
import { inMultiPolygon, tileOf, type LngLat } from '@zgm/domain'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { e2eBaseUrl, launch, newPage, newProfilePage, screenshot, signInAs } from './browser'
import { ownServerDatabase, startOwnServer, type OwnServer } from './own-server'

const baseUrl = e2eBaseUrl()
// The offline run stops its server half-way (a real outage, not only the browser's flag).
const serverDb = ownServerDatabase('field-offline.test.ts (a server of its own to stop)')
const PHONE = { width: 390, height: 844 }
// Offline, reads the SW has no copy of fail as the network does (the worker's failed fetches and
// the page's own).
const OFFLINE_NOISE = [/ERR_INTERNET_DISCONNECTED/, /ERR_CONNECTION_REFUSED/, /ERR_FAILED/]

interface PackMine {
  id: number
  name: string
  at: LngLat
  footprint: LngLat[][][] | null
  licence: LngLat[][][] | null
}

/** The centre of a footprint's outer ring's box, when it lies inside the footprint. */
function insideFootprint(m: PackMine): LngLat | null {
  const ring = m.footprint?.[0]?.[0]
  if (!ring) return null
  const xs = ring.map((p) => p[0])
  const ys = ring.map((p) => p[1])
  const c: LngLat = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]
  return inMultiPolygon(c, m.footprint) ? c : null
}

/** Waits for a test id's text to match; on a timeout, says what the page showed instead. */
async function waitText(page: Page, testId: string, re: RegExp, timeout = 60_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([id, src]) => new RegExp(src).test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''),
      [testId, re.source] as const,
      { timeout, polling: 250 },
    )
  } catch (e) {
    const shown = await page.evaluate(
      () =>
        `${document.body.innerText.slice(0, 400)} | main: ${document.querySelector('main')?.innerHTML.slice(0, 400)}`,
    )
    throw new Error(`${testId} never matched ${re}; the page showed: ${shown}`, { cause: e })
  }
}

describe.skipIf(!baseUrl)('field app offline (phone)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.skipIf(!serverDb)(
    'installs, saves 长兴县, works offline after a reload, and finds the nearest mine',
    async () => {
      const server: OwnServer = await startOwnServer(serverDb!, 'zgm_field')
      let stopped = false
      onTestFinished(async () => {
        if (!stopped) await server.stop()
      })
      // A profile on disk: Chromium never judges an off-the-record context installable.
      const profile = mkdtempSync(join(tmpdir(), 'zgm-field-profile-'))
      const { context, page } = await newProfilePage(profile, server.url, PHONE, OFFLINE_NOISE, {
        hasTouch: true,
        isMobile: true,
        permissions: ['geolocation'],
        geolocation: { longitude: 119.9, latitude: 31.0, accuracy: 25 },
      })
      page.on('console', (m) => console.log(`[${m.type()}] ${m.text()} ${m.location().url}`))
      onTestFinished(async () => {
        // After a failure too: the browser holds the profile until it closes.
        await context.close().catch(() => {})
        rmSync(profile, { recursive: true, force: true })
      })
      await signInAs(page, 'county.changxing')
      await page.goto('/field')
      await page.getByRole('heading', { name: '保存离线工作区' }).waitFor()
      // The service worker takes control (clients.claim on first install).
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 60_000,
      })

      // Chromium's own installability check, and the manifest it parsed.
      const cdp = await context.newCDPSession(page)
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[]
      }
      expect(installabilityErrors).toEqual([])
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; data: string }
      expect(manifest.url).toMatch(/\/manifest\.webmanifest$/)
      const parsed = JSON.parse(manifest.data) as Record<string, unknown>
      expect(parsed).toMatchObject({
        name: '浙江省绿色矿山外业',
        lang: 'zh-CN',
        start_url: '/field',
        scope: '/',
        display: 'standalone',
      })
      const icons = parsed.icons as { sizes: string; purpose: string }[]
      expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      )
      const sw = await page.request.get('/sw.js')
      expect(sw.headers()['cache-control']).toBe('no-cache')

      // The estimate before saving.
      await page.getByRole('button', { name: '估算大小' }).tap()
      await waitText(page, 'field-estimate', /预计约 [\d.]+ (KB|MB)：\d+ 个地图瓦片/)
      const estimate = (await page.getByTestId('field-estimate').textContent())!
      const pack = (await (await page.request.get('/api/field/areas/pack?regionCode=330522')).json()) as {
        mines: PackMine[]
        estimate: { tileCount: number }
      }
      expect(pack.mines.length).toBeGreaterThan(0)
      expect(estimate).toContain(`${pack.estimate.tileCount} 个地图瓦片`)

      // Save, then the size actually stored.
      const t0 = Date.now()
      await page.getByRole('button', { name: '保存以便离线使用' }).tap()
      await waitText(page, 'field-save-message', /已保存“长兴县”：实际占用 [\d.]+ (KB|MB)/, 300_000)
      const saveSeconds = (Date.now() - t0) / 1000
      await waitText(page, 'field-saved', /长兴县/)
      await waitText(page, 'field-storage', /已用存储/)
      const stored = await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('zgm-field')
          r.onsuccess = () => resolve(r.result)
          r.onerror = () => reject(r.error)
        })
        const area = await new Promise<{ bytes: number; tileCount: number; mineCount: number }>((resolve) => {
          const r = db.transaction('areas').objectStore('areas').get('county-330522')
          r.onsuccess = () => resolve(r.result)
        })
        const usage = (await navigator.storage.estimate()).usage ?? 0
        const entries = (await (await caches.open('zgm-area-county-330522')).keys()).length
        return { ...area, usage, entries }
      })
      console.log(
        `offline area 长兴县: ${stored.mineCount} mines, ${stored.tileCount} tiles, ${stored.entries} responses, ` +
          `${stored.bytes} bytes stored ` +
          `(${estimate}); storage.estimate usage ${stored.usage} bytes; saved in ${saveSeconds.toFixed(1)} s`,
      )
      expect(stored.mineCount).toBe(pack.mines.length)
      expect(stored.bytes).toBeGreaterThan(10_000)
      await page.getByTestId('field-saved').scrollIntoViewIfNeeded()
      await screenshot(page, 'field-saved-areas')

      // Where near me will stand: inside a 长兴 mine's footprint.
      const target = pack.mines.map((m) => ({ m, at: insideFootprint(m) })).find((x) => x.at !== null)!
      expect(target, 'a 长兴 mine whose footprint holds its box centre').toBeTruthy()

      // Offline — the server gone and the browser told so — and a reload: the shell from the
      // precache, the map and the mines from the saved area.
      await server.stop()
      stopped = true
      await context.setOffline(true)
      await page.reload()
      await waitText(page, 'field-net', /离线/)
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="field-mines"] > li').length === n,
        pack.mines.length,
        { timeout: 30_000 },
      )
      await page.locator('.field-map canvas').waitFor()
      // The saved tiles answer offline (a county tile of the area, with data in it).
      const { x, y } = tileOf(target.at!, 10)
      const tile = await page.evaluate(async (url) => {
        const res = await fetch(url)
        return { status: res.status, bytes: (await res.arrayBuffer()).byteLength }
      }, `/tiles/counties/10/${x}/${y}.mvt`)
      expect(tile.status).toBe(200)
      expect(tile.bytes).toBeGreaterThan(100)
      await page.waitForTimeout(1500)
      await screenshot(page, 'field-offline-map')

      // Near me, still offline: the nearest mine with distance and direction, and inside its footprint.
      await context.setGeolocation({ longitude: target.at![0], latitude: target.at![1], accuracy: 20 })
      await page.getByRole('link', { name: '附近矿山' }).tap()
      await waitText(page, 'field-near', /\d+ m · (北|东北|东|东南|南|西南|西|西北)/)
      const first = (await page.locator('[data-testid="field-near"] > li').first().textContent())!
      expect(first).toContain(target.m.name)
      await waitText(page, 'field-inside', new RegExp(`您位于“${target.m.name}”的矿山占地范围内`))
      expect(await page.getByText('已保存的工作区（离线）').count()).toBe(1)
      await page.waitForTimeout(1500)
      await screenshot(page, 'field-near-me')

      // Outside every footprint, a kilometre east: it says so.
      await context.setGeolocation({ longitude: target.at![0] + 0.5, latitude: target.at![1], accuracy: 20 })
      await waitText(page, 'field-inside', /您不在“.+”的采矿许可范围和占地范围内/)

      // Still offline, the inspection form of a saved mine opens from the saved area (its one read,
      // /api/field/mines/{id}, stored when the area was saved) and records into the outbox.
      await page.goto(`/field/inspect/${target.m.id}`)
      await page.getByTestId('field-form').waitFor({ timeout: 30_000 })
      await page.getByRole('heading', { name: target.m.name }).waitFor()
      await page.getByLabel('检查发现').fill('离线记录：现场检查未见异常。')
      await page.getByRole('button', { name: '保存到发件箱' }).tap()
      await page.getByText('已保存到发件箱').waitFor()
      await page.goto('/field/outbox')
      await page
        .getByTestId('outbox')
        .locator('[data-kind=inspection][data-state=pending]')
        .first()
        .waitFor({ timeout: 30_000 })
      await context.setOffline(false)
      await context.close()
    },
    600_000,
  )

  it('says clearly when the position is refused', async () => {
    const { context, page } = await newPage(browser, baseUrl!, PHONE, [], { hasTouch: true, isMobile: true })
    await signInAs(page, 'county.changxing')
    await page.goto('/field/near')
    await page.getByRole('alert').filter({ hasText: '未获得位置权限' }).waitFor()
    await context.close()
  }, 120_000)

  it('keeps the public map a plain page: no manifest, no service worker', async () => {
    const { context, page } = await newPage(browser, baseUrl!, PHONE)
    await page.goto('/public')
    await page.waitForLoadState('networkidle')
    expect(await page.locator('link[rel="manifest"]').count()).toBe(0)
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
    await context.close()
  }, 120_000)
})
