// Headless Chromium (the Debian package) driven by playwright-core, plus small helpers the tests share.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { expect, inject } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium'

export { CHROMIUM } from './chromium'
export const SCREENSHOTS = join(import.meta.dirname, 'screenshots')

export function e2eBaseUrl(): string | null {
  const e2e = inject('e2e')
  return 'baseUrl' in e2e ? e2e.baseUrl : null
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

/**
 * A page in a browser with a profile on disk (`userDataDir`): unlike `browser.newContext()`'s
 * off-the-record contexts, the browser may judge an app installable there. Console errors fail
 * the test as in `newPage`; closing the context closes the browser.
 */
export async function newProfilePage(
  userDataDir: string,
  baseURL: string,
  viewport: { width: number; height: number },
  expected: readonly RegExp[] = [],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    baseURL,
    viewport,
    locale: 'zh-CN',
    deviceScaleFactor: 1,
    ...options,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  failOnConsoleErrors(context, page, expected)
  return { context, page }
}

/**
 * A page that fails its test on any console or page error, except the console errors matching
 * `expected` (the browser logs each refused request, e.g. a 409 a test provokes on purpose).
 */
export async function newPage(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1440, height: 900 },
  expected: readonly RegExp[] = [],
  /** More context options (touch, geolocation and its permission…). */
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'zh-CN',
    deviceScaleFactor: 1,
    ...options,
  })
  const page = await context.newPage()
  failOnConsoleErrors(context, page, expected)
  return { context, page }
}

/** Any console error or page error fails the test: closing the context throws with the list. */
function failOnConsoleErrors(context: BrowserContext, page: Page, expected: readonly RegExp[]): void {
  const errors: string[] = []
  page.on('pageerror', (e) => {
    errors.push(`[page error] ${e.message}`)
    console.warn(`[page error] ${e.message}`)
  })
  page.on('console', (m) => {
    if (m.type() !== 'error' || expected.some((re) => re.test(m.text()))) return
    errors.push(`[console] ${m.text()} (${m.location().url})`)
    console.warn(`[console] ${m.text()}`)
  })
  const close = context.close.bind(context)
  context.close = async (options) => {
    await close(options)
    if (errors.length) throw new Error(`console errors on the page:\n${errors.join('\n')}`)
  }
}

/** Waits until the map shows the data for the date (window.__zgm.ready), optionally for a given date. */
export async function waitReady(page: Page, asOf?: string, timeout = 90_000): Promise<void> {
  try {
    await page.waitForFunction(
      (d) => {
        const h = window.__zgm
        return !!h && h.ready && (!d || h.asOf === d)
      },
      asOf,
      { timeout, polling: 200 },
    )
  } catch (e) {
    const state = await page.evaluate(() => ({
      hook: window.__zgm && {
        ...window.__zgm,
        countyClasses: window.__zgm.countyClasses.size,
        marks: window.__zgm.marks(),
      },
      alert: document.querySelector('[role=alert]')?.textContent ?? null,
      url: location.href,
    }))
    throw new Error(`map not ready${asOf ? ` for ${asOf}` : ''}: ${JSON.stringify(state)}`, { cause: e })
  }
}

export async function countyClasses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(window.__zgm!.countyClasses))
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path })
  return path
}

export async function signIn(page: Page, username = 'leader', password = 'demo1234'): Promise<void> {
  await signInAs(page, username, password)
  await page.waitForURL((url) => url.pathname === '/')
}

/** Signs in through the login form and waits until the app has left it (each role lands on its own home). */
export async function signInAs(page: Page, username: string, password = 'demo1234'): Promise<void> {
  await page.goto('/login')
  await page.getByLabel(/用户名|Username/).fill(username)
  await page.getByLabel(/密码|Password/).fill(password)
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click()
  // The form's refusal ends the wait with its text; a busy machine gets a minute to let us in.
  const refusal = page.locator('.form-error')
  const refused = refusal.waitFor({ timeout: 60_000 }).then(async () => {
    throw new Error(`signing in as ${username} was refused: ${await refusal.textContent()}`)
  })
  refused.catch(() => {}) // settles after the race when the sign-in succeeds or the page closes
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 60_000 }),
    refused,
  ])
}

/**
 * A demo account's API session from Node (beside the browser, which may be offline meanwhile):
 * a function that sends a request with its cookie and CSRF token and answers status and JSON body.
 */
export async function apiSession(baseUrl: string, username: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  })
  expect(res.status).toBe(200)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: r.status, body: (await r.json()) as any }
  }
}
