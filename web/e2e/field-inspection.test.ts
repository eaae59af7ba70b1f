// A county inspector's field inspection on a phone (390 × 844, touch), on a demo world of its own:
// the form opened online, the connection cut, an inspection recorded with a geotagged photo and a
// disturbed-area sketch partly outside the licence, pending in the outbox; back online it is sent
// once (a forced resend makes no second record) and the 越界开采 alert reaches the county. Then a
// change made on the server meanwhile shows as a conflict in the outbox, never overwritten.
import { OPS_EVENTS } from '@zgm/domain'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testJpeg } from '../../api/src/testing/geotagged-jpeg'
import { countRows } from '../../api/src/testing/scratch-database'
import { apiSession, launch, newPage, screenshot, signInAs } from './browser'
import { ownServerDatabase, startOwnServer, type OwnServer } from './own-server'

const serverUrl = ownServerDatabase('the field inspection tests')
const PHONE = { width: 390, height: 844 }
type Ring = [number, number][]
interface FieldMine {
  mine: { id: number; name: string; version: number; opsStatus: string }
  licence: { coordinates: Ring[][] } | null
  footprint: { coordinates: Ring[][] } | null
}

type Api = Awaited<ReturnType<typeof apiSession>>

/** A producing 长兴 mine with a licence polygon and a footprint (the form draws both; it can be suspended). */
async function inspectableMine(api: Api): Promise<FieldMine> {
  const list = (await api('GET', '/api/mines?county=330522&pageSize=100')).body as { items: { id: number }[] }
  for (const { id } of list.items) {
    const m = (await api('GET', `/api/field/mines/${id}`)).body as FieldMine
    if (m.licence && m.footprint && m.mine.opsStatus === 'producing') return m
  }
  throw new Error('no 长兴 mine with a licence polygon and a footprint in the demo')
}

const ringOf = (g: { coordinates: Ring[][] }) => g.coordinates[0][0]
const centroid = (ring: Ring): [number, number] => {
  const pts = ring.slice(0, -1)
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length]
}

async function tapAt(page: Page, at: [number, number]) {
  const [x, y] = await page.evaluate((p) => window.__zgm!.toScreen!(p), at)
  await page.mouse.click(x, y)
  await page.waitForTimeout(150)
}

/** Inspection records of a mine, counted in the server's database (what a resend must not grow). */
const inspectionsOf = (databaseUrl: string, mineId: number) =>
  countRows(databaseUrl, 'select count(*)::int as n from field_inspection where mine_id = $1', [mineId])

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

describe.skipIf(!serverUrl)('field inspection on a phone, offline and back', () => {
  let browser: Browser
  let server: OwnServer
  beforeAll(async () => {
    server = await startOwnServer(serverUrl!, 'zgm_field')
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('records offline, sends once when online, raises the 越界开采 alert; a server change meanwhile is a conflict', async () => {
    // The conflict is a 409 the browser logs; offline moments may log failed loads (ERR_FAILED
    // when the field app's service worker has taken control of the page and its fetch fails).
    const { page, context } = await newPage(
      browser,
      server.url,
      PHONE,
      [/status of 409/, /ERR_INTERNET_DISCONNECTED/, /ERR_FAILED/],
      { hasTouch: true, isMobile: true },
    )
    const county = await apiSession(server.url, 'county.changxing')
    const target = await inspectableMine(county)
    const mineId = target.mine.id
    const licence = ringOf(target.licence!)
    const inside = centroid(ringOf(target.footprint!))
    await signInAs(page, 'county.changxing')

    // Online: the form opens with the mine's checklist and its map (licence, footprint, drawing tools).
    await page.goto(`/field/inspect/${mineId}`)
    await page.getByTestId('field-form').waitFor()
    await page.getByRole('heading', { name: target.mine.name }).waitFor()
    await page.waitForFunction(() => window.__zgm?.editor?.ready === true, undefined, { timeout: 30_000 })
    expect(await noHorizontalScroll(page)).toBe(true)

    await context.setOffline(true)
    await page.locator('[data-online=false]').first().waitFor()
    const checks = page.locator('.fld-check')
    await checks.nth(0).getByRole('radio', { name: '符合', exact: true }).click()
    await checks.nth(5).getByRole('radio', { name: '不符合', exact: true }).click()
    await checks.nth(5).getByRole('textbox').fill('东侧边坡未复绿')
    await page.getByLabel('检查发现').fill('东侧越过采矿许可范围开挖，现场已责令停止。')
    await page.locator('#fld-camera').setInputFiles({
      name: 'east-face.jpg',
      mimeType: 'image/jpeg',
      buffer: testJpeg(inside),
    })
    await page
      .getByTestId('field-photos')
      .getByText(/照片位置 \d+\.\d+, \d+\.\d+/)
      .waitFor()

    // The sketch: a box across the licence's eastern edge, tapped corner by corner and closed.
    const east = Math.max(...licence.map((p) => p[0]))
    const lat = centroid(licence)[1]
    const corners: [number, number][] = [
      [east - 0.003, lat - 0.0012],
      [east + 0.0008, lat - 0.0012],
      [east + 0.0008, lat + 0.0012],
      [east - 0.003, lat + 0.0012],
    ]
    await page.getByRole('button', { name: '开始勾绘' }).click()
    for (const c of [...corners, corners[0]]) await tapAt(page, c)
    const measure = page.getByTestId('sketch-measure')
    await measure.getByText(/越界开采预警/).waitFor()
    const outsideM2 = Number(await measure.getAttribute('data-outside-m2'))
    expect(outsideM2).toBeGreaterThan(50)
    expect(await noHorizontalScroll(page)).toBe(true)
    await page.screenshot({ path: await screenshotPath('field-inspection-form-390'), fullPage: true })

    await page.getByRole('button', { name: '保存到发件箱' }).click()
    await page.getByText('已保存到发件箱').waitFor()
    await page.getByRole('link', { name: /查看发件箱/ }).click()
    const outbox = page.getByTestId('outbox')
    await outbox.waitFor()
    const inspectionRow = outbox.locator('[data-kind=inspection]').first()
    await expect(inspectionRow.getAttribute('data-state')).resolves.toBe('pending')
    await expect(outbox.locator('[data-kind=photo]').first().getAttribute('data-state')).resolves.toBe(
      'pending',
    )
    await screenshot(page, 'field-outbox-pending-390')
    expect(await inspectionsOf(server.databaseUrl, mineId)).toBe(0)

    // Back online: sent in order, once.
    await context.setOffline(false)
    await outbox.locator('[data-kind=inspection][data-state=sent]').waitFor({ timeout: 30_000 })
    await outbox.locator('[data-kind=photo][data-state=sent]').waitFor({ timeout: 30_000 })
    const clientId = (await inspectionRow.getAttribute('data-id'))!
    expect(await inspectionsOf(server.databaseUrl, mineId)).toBe(1)
    // A forced resend of the stored body (the answer lost on the way back) makes no second record.
    const stored = await page.evaluate(
      (id) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('zgm-field-outbox')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const get = open.result.transaction('items').objectStore('items').get(id)
            get.onsuccess = () => resolve((get.result as { body: unknown }).body)
          }
        }),
      clientId,
    )
    const resend = await county('PUT', `/api/field/inspections/${clientId}`, stored)
    expect(resend.status).toBe(200)
    expect(resend.body.replayed).toBe(true)
    expect(await inspectionsOf(server.databaseUrl, mineId)).toBe(1)
    const alerts = (await county('GET', `/api/field/alerts?mineId=${mineId}`)).body as {
      items: { inspectionClientId: string; areaM2: number }[]
    }
    expect(alerts.items).toHaveLength(1)
    expect(alerts.items[0].inspectionClientId).toBe(clientId)
    // Turf in the browser and PostGIS on the server agree to within a few per cent.
    expect(Math.abs(alerts.items[0].areaM2 - outsideM2) / outsideM2).toBeLessThan(0.05)
    const photos = (await county('GET', `/api/mines/${mineId}/site-photos`)).body as {
      items: { inspectionClientId: string | null; placement: string }[]
    }
    expect(photos.items.filter((p) => p.inspectionClientId === clientId).map((p) => p.placement)).toEqual([
      'inside',
    ])
    // The county sees the alert in its inbox and its work queue.
    await page.goto('/inbox')
    await page
      .getByText(new RegExp(`${target.mine.name} 越界开采预警`))
      .first()
      .waitFor()
    const work = (await county('GET', '/api/work')).body as { items: { kind: string; mineId: number }[] }
    expect(work.items.some((i) => i.kind === 'boundary_alert' && i.mineId === mineId)).toBe(true)

    // A second inspection recorded offline while someone changes the mine on the server.
    await page.goto(`/field/inspect/${mineId}`)
    await page.getByTestId('field-form').waitFor()
    await page.waitForFunction(() => window.__zgm?.editor?.ready === true, undefined, { timeout: 30_000 })
    await context.setOffline(true)
    await page.getByLabel('检查发现').fill('复查：已停止越界开挖。')
    await page.getByRole('button', { name: '保存到发件箱' }).click()
    await page.getByText('已保存到发件箱').waitFor()
    const province = await apiSession(server.url, 'province')
    const suspended = await province('POST', `/api/mines/${mineId}/events/suspend`, { reason: 'other' })
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200)
    await page.getByRole('link', { name: /查看发件箱/ }).click()
    await context.setOffline(false)
    const conflict = outbox.getByTestId('conflict')
    await conflict.waitFor({ timeout: 30_000 })
    await expect(conflict.textContent()).resolves.toMatch(
      new RegExp(`第 \\d+ 版.*${OPS_EVENTS.suspend.zh}`, 's'),
    )
    await expect(conflict.textContent()).resolves.toContain('复查：已停止越界开挖。')
    expect(await inspectionsOf(server.databaseUrl, mineId)).toBe(1)
    await screenshot(page, 'field-outbox-conflict-390')
    await conflict.getByRole('button', { name: '按当前状态记录' }).click()
    await outbox.locator('[data-kind=inspection][data-state=sent]').nth(1).waitFor({ timeout: 30_000 })
    expect(await inspectionsOf(server.databaseUrl, mineId)).toBe(2)
    await context.close()
  })
})

async function screenshotPath(name: string): Promise<string> {
  const { SCREENSHOTS } = await import('./browser')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(SCREENSHOTS, { recursive: true })
  return `${SCREENSHOTS}/${name}.png`
}
