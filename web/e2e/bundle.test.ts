// The built chunks: the public route's code holds no staff endpoint or editing code; sizes per route.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const dist = join(import.meta.dirname, '../dist')

interface ManifestChunk {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

function loadManifest(): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
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

const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length

describe('built bundle', () => {
  const manifest = loadManifest()
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!
  const routeKey = (name: string) => Object.keys(manifest).find((k) => k.endsWith(`routes/${name}.tsx`))!

  it('splits each route into its own chunk and keeps staff code out of the public route', () => {
    const publicFiles = new Set([...closure(manifest, entry), ...closure(manifest, routeKey('public-route'))])
    const code = [...publicFiles].map((k) => readFileSync(join(dist, manifest[k]!.file), 'utf8')).join('\n')
    // Staff endpoints, the CSRF write path, and markers of the staff panels (the mine licence panel, the pipeline).
    const STAFF_ONLY = [
      '/api/stats',
      '/api/map/mines',
      '/api/mines',
      '/api/auth',
      '/api/alerts',
      '/api/work',
      '/api/inbox',
      'x-csrf-token',
      'holderName',
      'scale10ktPerYear',
      '选定评估机构',
    ]
    for (const internal of STAFF_ONLY) {
      expect(code.includes(internal), `public code contains ${internal}`).toBe(false)
    }
    // The staff home route does reference them (so the check above can fail).
    const homeCode = [...closure(manifest, routeKey('home-route'))]
      .map((k) => readFileSync(join(dist, manifest[k]!.file), 'utf8'))
      .join('\n')
    for (const internal of STAFF_ONLY)
      expect(homeCode.includes(internal), `home code lacks ${internal}`).toBe(true)
  })

  it('loads the drawing tools only on the planner’s route, and only when it draws (issue 11)', () => {
    const codeOf = (keys: Iterable<string>) =>
      [...keys].map((k) => readFileSync(join(dist, manifest[k]!.file), 'utf8')).join('\n')
    // Markers of the editor: its MapLibre layer prefix, terra-draw's modes, the approval queue.
    const EDITOR = ['area-editor', 'TerraDrawSelectMode', 'selfIntersectable', '/api/areas/queue']
    for (const route of ['public-route', 'home-route', 'huzhou-route', 'login-route']) {
      const code = codeOf(new Set([...closure(manifest, entry), ...closure(manifest, routeKey(route))]))
      for (const marker of EDITOR) expect(code.includes(marker), `${route} contains ${marker}`).toBe(false)
    }
    // The planner's route with what it imports on demand does hold them (so the check above can fail).
    const planner = routeKey('planner-route')
    const onDemand = (manifest[planner]!.dynamicImports ?? []).flatMap((k) => [...closure(manifest, k)])
    const plannerCode = codeOf(new Set([...closure(manifest, planner), ...onDemand]))
    for (const marker of ['area-editor', 'selfIntersectable', '/api/areas/queue'])
      expect(plannerCode.includes(marker), `planner lacks ${marker}`).toBe(true)
    const editorChunk = onDemand.find((k) => k.includes('editor-bridge'))
    expect(editorChunk, 'the drawing tools are a chunk of their own').toBeDefined()
    console.log(
      `[bundle] drawing tools (terra-draw, on demand): ${(gz(manifest[editorChunk!]!.file) / 1024).toFixed(1)} kB gz`,
    )
  })

  it('keeps the public route’s initial JavaScript within 450 kB gzip, deck.gl and MapLibre on demand (issue 15)', () => {
    const initial = [
      ...new Set([...closure(manifest, entry), ...closure(manifest, routeKey('public-route'))]),
    ]
    const files = initial.map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'))
    const kb = files.reduce((s, f) => s + gz(f), 0) / 1024
    console.log(`[bundle] public route initial JS: ${kb.toFixed(1)} kB gz`)
    expect(kb).toBeLessThanOrEqual(450)
    // deck.gl is a chunk of its own, loaded on demand after the map (so the check above can fail).
    expect(initial.some((k) => manifest[k]!.file.includes('deckgl'))).toBe(false)
    const deck = Object.values(manifest).find((c) => c.file.includes('deckgl'))
    expect(deck, 'deck.gl is a chunk of its own').toBeDefined()
    // So is MapLibre: the map screens draw their outlines first and load it after rendering.
    for (const route of ['public-route', 'home-route', 'huzhou-route']) {
      const chunks = [...closure(manifest, entry), ...closure(manifest, routeKey(route))]
      expect(
        chunks.some((k) => manifest[k]!.file.includes('maplibre')),
        route,
      ).toBe(false)
    }
    expect(Object.values(manifest).some((c) => /\/maplibre-[^/]+\.js$/.test(c.file))).toBe(true)
  })

  it('reports the initial JavaScript per route (gzip)', () => {
    const report: Record<string, string> = {}
    for (const route of ['home-route', 'huzhou-route', 'public-route', 'login-route', 'planner-route']) {
      const files = [...new Set([...closure(manifest, entry), ...closure(manifest, routeKey(route))])]
        .map((k) => manifest[k]!.file)
        .filter((f) => f.endsWith('.js'))
      report[route] =
        `${(files.reduce((s, f) => s + gz(f), 0) / 1024).toFixed(1)} kB gz in ${files.length} files`
    }
    console.log('[bundle] initial JS per route:', report)
    expect(Object.keys(report)).toHaveLength(5)
  })
})
