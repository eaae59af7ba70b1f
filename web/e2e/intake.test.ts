// The enterprise desk and the county intake desk (issue 12 §2–3) in headless Chromium against the real
// server and PostGIS: the enterprise fills in and submits its self-assessment with documents to both
// county bureaus; the county draws the evaluator and anyone reproduces the draw in the browser; the
// county publishes the verification opinion (a too-short period refused in place first), decides an
// objection filed by the public, and is told in place that the notice cannot be archived before its end.
import { addDays } from '@zgm/domain'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINIMAL_PDF } from '../../api/src/documents/test-files'
import { e2eBaseUrl, launch, newPage, screenshot, signInAs } from './browser'

const baseUrl = e2eBaseUrl()
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(MINIMAL_PDF) })

interface SetView {
  id: string
  validFrom: string
  validTo: string | null
  maxTotal: number
  prerequisites: { id: string }[]
  groups: { id: string; zh: string; points: number | null }[]
}

/** Scores at 85 % of each confirmed group, the unconfirmed groups sharing 85 % of what is left. */
function passingScores(set: SetView): Record<string, number> {
  const confirmed = set.groups.reduce((sum, g) => sum + (g.points ?? 0), 0)
  const open = set.groups.filter((g) => g.points === null).length
  const share = open ? Math.floor(((set.maxTotal - confirmed) * 0.85) / open) : 0
  return Object.fromEntries(
    set.groups.map((g) => [g.id, g.points === null ? share : Math.ceil(g.points * 0.85)]),
  )
}

type Api = Awaited<ReturnType<typeof apiAs>>

/** A signed-in API caller of its own (a browser context used for requests only). */
async function apiAs(browser: Browser, username: string) {
  const context = await browser.newContext({ baseURL: baseUrl! })
  const res = await context.request.post('/api/auth/login', { data: { username, password: 'demo1234' } })
  const { csrfToken, user } = (await res.json()) as {
    csrfToken: string
    user: { organizationId: number | null }
  }
  return {
    context,
    user,
    get: async <T>(path: string) => (await (await context.request.get(path)).json()) as T,
    post: (path: string, data: unknown) =>
      context.request.post(path, { data, headers: { 'x-csrf-token': csrfToken } }),
  }
}

/**
 * A verified 长兴 mine for the county to publish (the demo has none today): a received report is
 * assigned directly (with the province's approval) to the demo evaluator's agency, which files a
 * passing verification.
 */
async function verifiedMine(
  county: Api,
  province: Api,
  evaluator: Api,
  skip: number,
): Promise<{ id: number; name: string }> {
  const today = new Date().toISOString().slice(0, 10)
  const agencyId = evaluator.user.organizationId!
  const agencies = await evaluator.get<{
    items: { id: number; experts: { id: number; registeredTo: string | null }[] }[]
  }>(`/api/public/agencies?on=${today}`)
  const team = agencies.items
    .find((a) => a.id === agencyId)!
    .experts.filter((e) => !e.registeredTo || e.registeredTo >= today)
    .map((e) => ({ id: String(e.id) }))
  const sets = await county.get<{ items: SetView[] }>('/api/public/indicator-sets')
  const cn2020 = sets.items.find((s) => s.id === 'CN-2020')!
  const scores = {
    prerequisites: Object.fromEntries(cn2020.prerequisites.map((p) => [p.id, true])),
    groups: Object.fromEntries(
      cn2020.groups.map((g) => [g.id, g.points === null ? 120 : Math.round(g.points * 0.85)]),
    ),
  }
  const norms = await county.get<{
    standards: { code: string; sector: string }[]
    minerals: { mineral: string; standard: string }[]
  }>('/api/public/industry-standards')
  const received = await county.get<{ items: { id: number; name: string }[] }>(
    '/api/mines?state=self_assessed&pageSize=50',
  )
  const problems: string[] = []
  for (const mine of received.items.filter((m) => m.id !== skip)) {
    const asked = await county.post(`/api/mines/${mine.id}/evaluator-exceptions`, {
      kind: 'direct',
      agencyId,
      reason: '测试：为发布公示准备一座核查通过的矿山',
    })
    if (asked.status() !== 201) {
      problems.push(`exception ${mine.id}: ${await asked.text()}`)
      continue
    }
    const { id: exceptionId } = (await asked.json()) as { id: number }
    await province.post(`/api/evaluator-exceptions/${exceptionId}/decision`, {
      approve: true,
      note: '同意直接委托',
    })
    const assigned = await county.post(`/api/mines/${mine.id}/events/assign_evaluator`, {
      agencyId,
      exceptionId,
    })
    if (assigned.status() !== 200) {
      problems.push(`assign ${mine.id}: ${await assigned.text()}`)
      continue
    }
    const detail = await county.get<{ mineral: string; sector: string }>(`/api/mines/${mine.id}`)
    const code =
      norms.minerals.find((m) => m.mineral === detail.mineral)?.standard ??
      norms.standards.find((s) => s.sector === detail.sector)!.code
    const filed = await evaluator.post(`/api/mines/${mine.id}/events/file_verification`, {
      scores,
      team,
      standard: { code, conforms: true },
      indicatorSetId: 'CN-2020',
    })
    const state =
      filed.status() === 200
        ? ((await filed.json()) as { greenState: string }).greenState
        : await filed.text()
    if (state === 'verified') return mine
    problems.push(`verification ${mine.id}: ${state}`)
  }
  throw new Error(`no mine could be verified:\n${problems.join('\n')}`)
}

describe.skipIf(!baseUrl)('the enterprise desk and the county intake desk', () => {
  let browser: Browser
  let enterprise: { page: Page; context: BrowserContext }
  let county: { page: Page; context: BrowserContext }
  /** The enterprise's mine submitted below, and its name. */
  let mineId: number
  let mineName: string

  beforeAll(async () => {
    browser = await launch()
    enterprise = await newPage(browser, baseUrl!)
    // The too-short period (422) and the early archive (422) are provoked on purpose.
    county = await newPage(browser, baseUrl!, undefined, [/status of 422/])
    // The machine is shared and slow: give pages time.
    for (const { page } of [enterprise, county]) page.setDefaultTimeout(90_000)
    await signInAs(enterprise.page, 'enterprise')
    await signInAs(county.page, 'county.changxing')
  })
  afterAll(async () => {
    await enterprise?.context.close()
    await county?.context.close()
    await browser?.close()
  }, 300_000)

  it('lists the enterprise’s mines with their R4 clocks, usable at 390 px', async () => {
    const phone = await newPage(browser, baseUrl!, { width: 390, height: 844 })
    phone.page.setDefaultTimeout(90_000)
    await signInAs(phone.page, 'enterprise')
    await phone.page.goto('/enterprise')
    const cards = phone.page.getByTestId('enterprise-mines').locator('li')
    await cards.first().waitFor()
    expect(await cards.count()).toBe(3)
    // The not-yet-assessed mine shows its six-month construction clock.
    await phone.page
      .getByText(/建设期限（正式生产后6个月）/)
      .first()
      .waitFor()
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(phone.page, 'intake-enterprise-desk-390')
    await phone.context.close()
  }, 300_000)

  it('fills in and submits the self-assessment with evidence and the report, to both bureaus', async () => {
    const { page } = enterprise
    await page.goto('/enterprise')
    await page.getByRole('link', { name: '填写自评报告' }).first().waitFor()
    await screenshot(page, 'intake-enterprise-desk')
    await page.getByRole('link', { name: '填写自评报告' }).first().click()
    await page.waitForURL(/\/enterprise\/mines\/\d+$/)
    mineId = Number(/(\d+)$/.exec(new URL(page.url()).pathname)![1])
    mineName = (await page.locator('#mine-title').textContent())!.trim()

    const sets = (await (await page.request.get('/api/public/indicator-sets')).json()) as { items: SetView[] }
    const today = new Date().toISOString().slice(0, 10)
    const set = sets.items.filter((s) => s.validFrom <= today && (!s.validTo || today <= s.validTo)).at(-1)!
    const prerequisites = page.getByRole('group', { name: '前置条件（均须满足）' }).getByRole('checkbox')
    for (let i = 0; i < (await prerequisites.count()); i++) await prerequisites.nth(i).check()
    const scores = page.getByRole('group', { name: '分项得分' }).getByRole('spinbutton')
    const values = passingScores(set)
    for (const [i, g] of set.groups.entries()) await scores.nth(i).fill(String(values[g.id]))
    await page
      .getByTestId('self-verdict')
      .getByText(/总分 [\d.]+ \/ \d+/)
      .waitFor()

    await page.getByLabel(`证明材料：${set.groups[0]!.zh}`).setInputFiles(pdf('矿区环境证明.pdf'))
    await page.getByText('✓ 矿区环境证明.pdf').waitFor()
    await page.getByLabel('自评报告文件').setInputFiles(pdf('自评报告.pdf'))
    await page.getByText('✓ 自评报告.pdf').first().waitFor()
    await expect(page.getByTestId('recipients').textContent()).resolves.toMatch(/国土资源.*环境保护/)
    await screenshot(page, 'intake-self-assessment')

    await page.getByRole('button', { name: '提交自评报告' }).click()
    await page
      .getByTestId('submitted-note')
      .getByText(/同时报送县级国土资源和环境保护部门/)
      .waitFor()
    await page.getByTestId('mine-state').getByText('已提交自评报告').waitFor()
    // The submission, its scores and evidence are in the record, addressed to both bureaus.
    const detail = (await (await page.request.get(`/api/mines/${mineId}`)).json()) as {
      timeline: { type: string; payload: { event: { recipients: string[]; evidence: unknown[] } } }[]
    }
    const submitted = detail.timeline.filter((e) => e.type === 'submit_self_assessment').at(-1)!
    expect(submitted.payload.event.recipients).toEqual(['county_land', 'county_environment'])
    expect(submitted.payload.event.evidence).toHaveLength(1)
  }, 300_000)

  it('the county draws the evaluator for the received report; the public page reproduces the draw', async () => {
    const { page } = county
    await page.goto('/county')
    const received = page.getByTestId('received-reports')
    await received.getByRole('link', { name: mineName }).waitFor()
    await page.getByRole('link', { name: '抽查与整改' }).waitFor()
    await screenshot(page, 'intake-county-desk')
    await received.getByRole('link', { name: mineName }).click()
    await page.waitForURL(`**/county/mines/${mineId}`)
    await page.getByRole('button', { name: '发起抽取（公布种子哈希）' }).click()
    await page.getByTestId('commitment').waitFor()
    expect(await page.getByTestId('commitment').textContent()).toMatch(/^[0-9a-f]{64}$/)
    await page.getByRole('button', { name: '揭晓抽取结果' }).click()
    await page.getByText(/抽中：.+已委托/).waitFor()
    await page.getByTestId('mine-state').getByText('已确定评估机构').waitFor()
    await screenshot(page, 'intake-draw')

    const href = await page.getByRole('link', { name: '复核此次抽取' }).getAttribute('href')
    // Anyone, signed out, re-runs it in their browser.
    const visitor = await newPage(browser, baseUrl!)
    visitor.page.setDefaultTimeout(90_000)
    await visitor.page.goto(href!)
    await visitor.page
      .getByTestId('reproduction')
      .getByText(/复核一致/)
      .waitFor()
    await screenshot(visitor.page, 'intake-reproduce')
    await visitor.context.close()
  }, 300_000)

  it('publishes the verification opinion: a too-short period is refused in place, naming the earliest end', async () => {
    const { page } = county
    const callers = await Promise.all(
      ['county.changxing', 'province', 'evaluator'].map((u) => apiAs(browser, u)),
    )
    const target = await verifiedMine(callers[0]!, callers[1]!, callers[2]!, mineId)
    for (const c of callers) await c.context.close()
    await page.goto(`/county/mines/${target.id}`)
    const start = await page.getByLabel('公示开始日期').inputValue()
    await page.getByLabel('公示结束日期').fill(addDays(start, 1))
    await page
      .getByTestId('working-days')
      .getByText(/最早可于/)
      .waitFor()
    await page.getByRole('button', { name: '发布公示' }).click()
    const refusal = page.getByTestId('error-notice')
    await refusal.getByText(/最早截止于 \d{4}-\d{2}-\d{2}/).waitFor()
    await screenshot(page, 'intake-publish-refused')

    const earliest = /最早截止于 (\d{4}-\d{2}-\d{2})/.exec((await refusal.textContent())!)![1]!
    await page.getByLabel('公示结束日期').fill(earliest)
    await page.getByRole('button', { name: '发布公示' }).click()
    await page.getByTestId('mine-state').getByText('县级公示中').waitFor()

    // A member of the public objects through the open notice (no account).
    const notices = (await (
      await page.request.get('/api/public/publicity?status=open&level=county')
    ).json()) as {
      items: { id: number; items: { mineName: string }[] }[]
    }
    const notice = notices.items.find((n) => n.items.some((i) => i.mineName === target.name))!
    const visitor = await browser.newContext({ baseURL: baseUrl! })
    const filed = await visitor.request.post('/api/public/objections', {
      multipart: {
        publicityId: String(notice.id),
        mineId: String(target.id),
        content: '该矿山复绿面积与公示材料不符，请核查。',
        name: '张三',
        contact: '13800000000',
      },
    })
    expect(filed.status()).toBe(201)
    await visitor.close()

    await page.reload()
    const objections = page.getByTestId('objections')
    await objections.getByText('该矿山复绿面积与公示材料不符，请核查。').waitFor()
    await objections.getByLabel('异议不成立').check()
    await objections.getByLabel('处理理由').fill('经现场复核，复绿面积与核查报告一致。')
    await objections.getByRole('button', { name: '提交处理结果' }).click()
    await objections.getByText('经现场复核，复绿面积与核查报告一致。').waitFor()

    // Archiving waits for the end of the period: said in place, with the day it becomes possible.
    const archive = page.getByRole('region', { name: '公示结束归档' })
    await archive.getByLabel('上传自评报告原件').setInputFiles(pdf('自评报告原件.pdf'))
    await archive.getByLabel('上传现场核查报告原件').setInputFiles(pdf('核查报告原件.pdf'))
    await archive.getByRole('button', { name: '归档' }).click()
    await archive
      .getByTestId('error-notice')
      .getByText(/起方可办理/)
      .waitFor()
    await screenshot(page, 'intake-county-mine')
  }, 300_000)
})
