// The evaluator's desk on a phone (390 × 844): the assignments, the on-site verification form with
// a refusal shown in place, geotagged photos flagged inside and outside the footprint by the
// server, the draft surviving a reload, and an offline "submit" sent when the connection returns.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testJpeg } from '../../api/src/testing/geotagged-jpeg'
import { join } from 'node:path'
import { e2eBaseUrl, launch, newPage, screenshot, SCREENSHOTS, signInAs } from './browser'

const baseUrl = e2eBaseUrl()
const PHONE = { width: 390, height: 844 }

interface Assignment {
  mineId: number
  mineName: string
  open: boolean
  purpose: string
}
type Ring = [number, number][]

/** An open verification whose mine has a footprint, and a point well inside that footprint. */
async function openAssignment(page: Page): Promise<{ a: Assignment; inside: [number, number]; ring: Ring }> {
  const list = (await (await page.request.get('/api/assignments')).json()) as { items: Assignment[] }
  for (const a of list.items.filter((x) => x.open && x.purpose === 'verification')) {
    const areas = (await (await page.request.get(`/api/mines/${a.mineId}/areas`)).json()) as {
      features: { properties: { kind: string }; geometry: { coordinates: Ring[][] } }[]
    }
    const footprint = areas.features.find((f) => f.properties.kind === 'footprint')
    if (!footprint) continue
    const ring = footprint.geometry.coordinates[0][0]
    const pts = ring.slice(0, -1)
    const inside: [number, number] = [
      pts.reduce((s, p) => s + p[0], 0) / pts.length,
      pts.reduce((s, p) => s + p[1], 0) / pts.length,
    ]
    return { a, inside, ring }
  }
  throw new Error('the demo has no open verification with a footprint for the evaluator')
}

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

describe.skipIf(!baseUrl)('evaluator desk on a phone', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('files an on-site verification with geotagged photos, a draft kept on the device and an offline submit', async () => {
    // The refusal the test provokes on purpose is logged by the browser as a failed request.
    // The 422 is the refused two-person team; the offline moment may log failed loads
    // (ERR_FAILED once the field app's service worker controls the page and its fetch fails).
    const { page, context } = await newPage(browser, baseUrl!, PHONE, [
      /status of 422/,
      /ERR_INTERNET_DISCONNECTED/,
      /ERR_FAILED/,
    ])
    await signInAs(page, 'evaluator')
    await page.goto('/evaluator')
    await page.getByRole('heading', { name: /^待提交/ }).waitFor()
    const { a, inside, ring } = await openAssignment(page)
    const card = page.getByTestId('assignment').filter({ hasText: a.mineName }).first()
    await card.waitFor()
    await expect(card.textContent()).resolves.toMatch(/期限 .*(剩 \d+ 天|逾期 \d+ 天)/)
    expect(await noHorizontalScroll(page)).toBe(true)
    await screenshot(page, 'evaluator-assignments-390')

    await page.getByRole('link', { name: `填写核查表：${a.mineName}` }).click()
    await page.waitForURL(`**/evaluator/mines/${a.mineId}`)
    const team = page.getByRole('group', { name: '核查组' })
    const experts = team.getByRole('checkbox')
    await experts.first().waitFor()
    expect(await experts.count()).toBeGreaterThanOrEqual(5)
    // Two people: the rule shows live, and the server refuses it in place.
    await experts.nth(0).check()
    await experts.nth(1).check()
    await expect(team.textContent()).resolves.toContain('已选 2 人')
    await page.getByLabel('符合该行业标准', { exact: true }).check()
    const prerequisites = page.getByRole('group', { name: /前置条件/ }).getByRole('checkbox')
    for (let i = 0; i < (await prerequisites.count()); i++) await prerequisites.nth(i).check()
    const scores = page.getByRole('spinbutton', { name: /得分$/ })
    for (let i = 0; i < (await scores.count()); i++) {
      const max = Number(await scores.nth(i).getAttribute('max'))
      await scores.nth(i).fill(String(Math.floor(max * 0.1)))
    }
    await page.getByLabel('核查意见').fill('现场核查：矿区整洁，复绿到位。')
    await page.getByRole('button', { name: '提交核查报告' }).click()
    const refusal = page.getByTestId('error-notice')
    await refusal.waitFor()
    await expect(refusal.textContent()).resolves.toMatch(/核查组 2 人/)

    // Photos: EXIF GPS inside the footprint, then 1 km away; the server's verdict is listed.
    const file = page.getByLabel('拍照或选择照片')
    await file.setInputFiles({ name: 'inside.jpg', mimeType: 'image/jpeg', buffer: testJpeg(inside) })
    await page.locator('[data-placement=inside]').first().waitFor({ timeout: 30_000 })
    const east = Math.max(...ring.map((p) => p[0])) + 0.01
    await file.setInputFiles({
      name: 'outside.jpg',
      mimeType: 'image/jpeg',
      buffer: testJpeg([east, inside[1]]),
    })
    const outside = page.locator('[data-placement=outside]').first()
    await outside.waitFor({ timeout: 30_000 })
    await expect(outside.textContent()).resolves.toMatch(/矿区范围外 \d+ 米/)

    // The draft survives a reload.
    await page.getByRole('status').filter({ hasText: '已保存在本设备' }).waitFor()
    await page.reload()
    await page.getByLabel('核查意见').waitFor()
    await expect(page.getByLabel('核查意见').inputValue()).resolves.toBe('现场核查：矿区整洁，复绿到位。')
    await expect(page.getByLabel('符合该行业标准', { exact: true }).isChecked()).resolves.toBe(true)
    await expect(team.textContent()).resolves.toContain('已选 2 人')

    // The whole team, then submit while offline: queued, and sent when the connection is back.
    for (let i = 2; i < (await experts.count()); i++) await experts.nth(i).check()
    await expect(team.textContent()).resolves.toContain('核查组符合要求')
    await page.getByRole('status').filter({ hasText: '已保存在本设备' }).waitFor()
    expect(await noHorizontalScroll(page)).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'evaluator-form-390.png'), fullPage: true })
    await context.setOffline(true)
    await page.getByRole('button', { name: '提交核查报告' }).click()
    await page.getByRole('status').filter({ hasText: '等待网络连接' }).waitFor()
    await screenshot(page, 'evaluator-offline-390')
    await context.setOffline(false)
    await page.getByText(/已提交：核查(通过|未通过)/).waitFor({ timeout: 30_000 })
    await screenshot(page, 'evaluator-sent-390')
    const after = (await (await page.request.get('/api/assignments')).json()) as { items: Assignment[] }
    expect(after.items.find((x) => x.mineId === a.mineId && x.open)).toBeUndefined()
    await context.close()
  })
})
