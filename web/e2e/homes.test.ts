// Role homes (issue 12 §1) in headless Chromium against the real server and the demo of today:
// each role signs in to its home on its own region with a non-empty work queue whose counts open
// their lists; the inbox with its badge, read and read-all; another region's or enterprise's mine
// by URL is "not found"; the evaluator's home and the inbox at 390 px.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, newPage, screenshot, signIn } from './browser'
import { ownServerDatabase, startOwnServer, type OwnServer } from './own-server'

// Its own demo world, as seeded today: each role's queue is checked against the open work the demo
// gives it, which other desks' tests consume on the shared server.
const serverUrl = ownServerDatabase('the role homes tests')
let baseUrl: string
/** Per test: sign-in, the map and the queue take minutes when the shared machine is busy. */
const SLOW = 400_000

/** The region name each home shows, and the first count's list must not be empty. */
const HOMES: [user: string, role: string, region: RegExp][] = [
  ['enterprise', 'enterprise', /我的矿山/],
  ['county.changxing', 'county', /长兴/],
  ['evaluator', 'evaluator', /我的评估任务/],
  ['city.huzhou', 'city', /湖州/],
  ['province', 'province', /全省/],
  ['leader', 'leader', /全省/],
]

async function queueCount(page: Page, bucket: 'waiting' | 'dueSoon' | 'overdue'): Promise<number> {
  const text = await page.getByTestId(`work-count-${bucket}`).locator('.work-count-n').textContent()
  return Number(text)
}

describe.skipIf(!serverUrl)('role homes, work queue and inbox', () => {
  let server: OwnServer
  let browser: Browser
  beforeAll(async () => {
    server = await startOwnServer(serverUrl!, 'zgm_homes')
    baseUrl = server.url
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  for (const [user, role, region] of HOMES) {
    it(
      `${user} lands on its home: its region, a work queue whose counts open their lists`,
      async () => {
        const { page, context } = await newPage(browser, baseUrl)
        await signIn(page, user)
        expect(new URL(page.url()).pathname).toBe('/')
        // The queue does not wait for the map's figures (slow when the machine is busy).
        await page.getByTestId('work-queue').waitFor({ timeout: 180_000 })
        await page.getByTestId('work-list').waitFor({ timeout: 180_000 })
        // The region's name once the queue (and the region list) have loaded.
        await page.waitForFunction(
          (re) => new RegExp(re).test(document.querySelector('[data-testid=home-region]')?.textContent ?? ''),
          region.source,
          { timeout: 60_000 },
        )
        const waiting = await queueCount(page, 'waiting')
        expect(waiting, `${user} has open work today`).toBeGreaterThan(0)
        // "Waiting on me" is open first: one row per item.
        await expect(page.getByTestId('work-list').locator('li').count()).resolves.toBe(waiting)
        // Another count opens its own list (its rows, or "nothing here").
        for (const bucket of ['overdue', 'dueSoon'] as const) {
          const n = await queueCount(page, bucket)
          await page.getByTestId(`work-count-${bucket}`).click()
          await expect(page.getByTestId(`work-count-${bucket}`).getAttribute('aria-pressed')).resolves.toBe(
            'true',
          )
          await expect(page.getByTestId('work-list').locator('li').count()).resolves.toBe(n)
        }
        await page.getByRole('button', { name: /待我处理/ }).click()
        if (role === 'county') {
          // The map opened on 长兴 (the permalink's view follows the map).
          await page.waitForFunction(
            () => {
              const v = new URLSearchParams(location.search).get('v')?.split(',').map(Number)
              return !!v && v[0]! > 119.4 && v[0]! < 120.3 && v[1]! > 30.7 && v[1]! < 31.3 && v[2]! > 8
            },
            null,
            { timeout: 90_000 },
          )
          // A row's desk link points at the county's desk page for the mine.
          const desk = page.getByRole('link', { name: /^去办理：/ }).first()
          await expect(desk.getAttribute('href')).resolves.toMatch(/^\/(county\/mines\/\d+|plan)$/)
        }
        await page.waitForTimeout(800)
        await screenshot(page, `home-${role}`)
        if (role === 'county') {
          // A row shows its mine on the map: the mine panel opens on it.
          const show = page.getByRole('link', { name: /^在地图上查看：/ }).first()
          const name = ((await show.getAttribute('aria-label')) ?? '').replace(/^在地图上查看：/, '')
          await show.click()
          await page.getByTestId('mine-panel').waitFor({ timeout: 120_000 })
          await expect(page.locator('#mine-title').textContent()).resolves.toBe(name)
          expect(new URL(page.url()).searchParams.get('s')).toMatch(/^mine:\d+$/)
        }
        await context.close()
      },
      SLOW,
    )
  }

  it(
    'another region’s mine, or another enterprise’s, by URL is "not found" (the API answers 404)',
    async () => {
      const { page: prov, context: provCtx } = await newPage(browser, baseUrl)
      await signIn(prov, 'province')
      const list = (await (await prov.request.get('/api/mines?county=330521&pageSize=1')).json()) as {
        items: { id: number }[]
      }
      const deqingMine = list.items[0]!.id
      await provCtx.close()
      for (const user of ['county.changxing', 'enterprise']) {
        const { page, context } = await newPage(browser, baseUrl, undefined, [/status of 404/])
        await signIn(page, user)
        const answer = page.waitForResponse((r) => r.url().endsWith(`/api/mines/${deqingMine}`))
        await page.goto(`/?s=mine:${deqingMine}`)
        expect((await answer).status()).toBe(404)
        const notice = page.getByTestId('error-notice')
        await notice.waitFor({ timeout: 120_000 })
        await expect(notice.textContent()).resolves.toMatch(/不存在或无权查看/)
        if (user === 'enterprise') await screenshot(page, 'home-mine-not-yours')
        await context.close()
      }
    },
    SLOW,
  )

  it(
    'the inbox: a badge with the unread count, read one, read all; at 390 px no horizontal scroll',
    async () => {
      const { page, context } = await newPage(browser, baseUrl)
      await signIn(page, 'county.changxing')
      const badge = page.getByTestId('inbox-badge')
      await badge.waitFor({ timeout: 120_000 })
      const unread = Number(await badge.textContent())
      expect(unread).toBeGreaterThan(0)
      await page.getByRole('link', { name: /消息/ }).click()
      await page.waitForURL((u) => u.pathname === '/inbox')
      await page.getByTestId('inbox-list').waitFor({ timeout: 120_000 })
      await expect(page.locator('.inbox-row.unread').count()).resolves.toBe(unread)
      await screenshot(page, 'inbox')
      await page
        .getByRole('button', { name: /^标为已读：/ })
        .first()
        .click()
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid=inbox-badge]')?.textContent === String(n),
        unread - 1,
      )
      await expect(page.locator('.inbox-row.unread').count()).resolves.toBe(unread - 1)
      await page.getByLabel('未读', { exact: true }).check()
      await expect(page.locator('.inbox-row').count()).resolves.toBe(unread - 1)
      await page.getByRole('button', { name: '全部标为已读' }).click()
      await badge.waitFor({ state: 'detached' })
      await expect(page.getByText('没有消息。').isVisible()).resolves.toBe(true)
      await page.getByLabel('全部', { exact: true }).check()
      await expect(page.locator('.inbox-row.unread').count()).resolves.toBe(0)
      await context.close()

      const phone = await newPage(browser, baseUrl, { width: 390, height: 844 })
      await signIn(phone.page, 'evaluator')
      await phone.page.goto('/inbox')
      await phone.page.getByTestId('inbox-list').waitFor({ timeout: 120_000 })
      const widths = await phone.page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        view: window.innerWidth,
      }))
      expect(widths.doc).toBeLessThanOrEqual(widths.view)
      await screenshot(phone.page, 'inbox-phone')
      await phone.context.close()
    },
    SLOW,
  )

  it(
    'the evaluator’s home at 390 px: the queue in the sheet, no horizontal scroll',
    async () => {
      const { page, context } = await newPage(browser, baseUrl, { width: 390, height: 844 })
      await signIn(page, 'evaluator')
      await page.getByTestId('work-queue').waitFor({ state: 'attached', timeout: 180_000 })
      const widths = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        view: window.innerWidth,
      }))
      expect(widths.doc).toBeLessThanOrEqual(widths.view)
      const handle = page.getByRole('button', { name: '展开或收起面板' })
      await handle.focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('work-list').waitFor({ timeout: 180_000 })
      await page.waitForTimeout(600)
      const box = (await page.getByTestId('work-queue').boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      await screenshot(page, 'home-evaluator-phone')
      await context.close()
    },
    SLOW,
  )
})
