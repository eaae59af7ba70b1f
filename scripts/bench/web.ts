// Web figures of `npm run bench`: initial JavaScript per route from the build's manifest (as
// web/e2e/bundle.test.ts counts it) and the map's performance marks (web/src/perf.ts) in
// headless Chromium.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from '../../web/e2e/chromium'
import { median } from './results'

const DIST = join(import.meta.dirname, '../../web/dist')

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
}

/** A chunk and everything it imports statically (what loads before the route can render). */
function closure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen)
  return seen
}

/** kB gzip of the entry plus a route's chunk and their static imports. */
export function initialJsGzKb(route: 'public-route' | 'home-route', dist = DIST): number {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
  const routeKey = Object.keys(manifest).find((k) => k.endsWith(`routes/${route}.tsx`))
  if (!entry || !routeKey) throw new Error(`the build's manifest has no entry or no ${route}`)
  const files = new Set(
    [...closure(manifest, entry), ...closure(manifest, routeKey)].map((k) => manifest[k].file),
  )
  let bytes = 0
  for (const f of files) if (f.endsWith('.js')) bytes += gzipSync(readFileSync(join(dist, f))).length
  return bytes / 1024
}

/** window.__zgm (web/src/test-hook.ts), the part read here. */
interface WithHook {
  __zgm?: { ready: boolean; marks(): Record<string, number> }
}

/**
 * The leaders' map (`/`) in headless Chromium, `runs` fresh pages: medians of the first paint of
 * the map (its SVG picture or MapLibre's frame, whichever first), of MapLibre's first frame and of
 * idle with data (ms after navigation, the app's own marks).
 */
export async function mapPaint(base: string, runs: number) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const paint: number[] = []
  const mapPaint: number[] = []
  const idle: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
      const page = await context.newPage()
      await page.goto(`${base}/?d=2019-12-31`)
      // Functions, not strings (the app's CSP forbids eval); typed here without the DOM types.
      await page.waitForFunction(() => (globalThis as unknown as WithHook).__zgm?.ready === true, undefined, {
        timeout: 120_000,
      })
      const marks = await page.evaluate(() => (globalThis as unknown as WithHook).__zgm!.marks())
      await context.close()
      if (!(marks['zgm:first-paint'] > 0) || !(marks['zgm:map-paint'] > 0) || !(marks['zgm:idle'] > 0))
        throw new Error(`no paint marks: ${JSON.stringify(marks)}`)
      paint.push(marks['zgm:first-paint'])
      mapPaint.push(marks['zgm:map-paint'])
      idle.push(marks['zgm:idle'])
    }
  } finally {
    await browser.close()
  }
  return { firstPaintMs: median(paint), mapPaintMs: median(mapPaint), idleMs: median(idle) }
}
