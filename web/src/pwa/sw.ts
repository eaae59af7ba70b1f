// The staff app's service worker (vite-plugin-pwa injectManifest; built to /sw.js). It precaches
// the app shell, answers field reads network-first with the saved areas behind them, and waits for
// the page to say "update" before a new version takes over (registerType 'prompt'). It is
// type-checked in a worker scope by web/src/pwa/tsconfig.json (WebWorker lib; web/tsconfig.json
// excludes it), part of `npm run typecheck`.
import {
  NETWORK_TIMEOUT_MS,
  OFFLINE_HEADER,
  RUNTIME_CACHE,
  SHELL_CACHE_PREFIX,
  handlingOf,
} from './sw-routes'

declare const self: ServiceWorkerGlobalScope
declare global {
  interface ServiceWorkerGlobalScope {
    __WB_MANIFEST: { url: string; revision: string | null }[]
  }
}

const PRECACHE = self.__WB_MANIFEST
// One shell cache per build: its name changes whenever a precached file does.
const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${hash(PRECACHE.map((e) => `${e.url}@${e.revision ?? ''}`).join('|'))}`
const urlOf = (entry: { url: string }) => new URL(entry.url, self.location.origin).href

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(PRECACHE.map(urlOf))))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL_CACHE) await caches.delete(name)
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  // Signing in or out drops the runtime copies (who was signed in, their work queue).
  if (request.method === 'POST' && /^\/api\/auth\/(login|logout)$/.test(url.pathname)) {
    event.waitUntil(caches.delete(RUNTIME_CACHE))
    return
  }
  const how = handlingOf(request.method, url, self.location.origin, request.mode === 'navigate')
  switch (how.kind) {
    case 'pass':
      return
    case 'shell':
      return event.respondWith(shell(request))
    case 'precached':
      return event.respondWith(precached(request))
    case 'network-first':
      return event.respondWith(networkFirst(request, how))
  }
})

async function shell(request: Request): Promise<Response> {
  const cached = await caches.match(new URL('/index.html', self.location.origin).href, {
    cacheName: SHELL_CACHE,
  })
  return cached ?? fetch(request)
}

async function precached(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName: SHELL_CACHE })) ?? fetch(request)
}

/**
 * The network, unless it fails — or, for field data in a hurry, takes longer than the timeout
 * while a stored copy exists. A tile nobody saved answers 204 (an empty tile) offline, so that
 * the map draws what it has.
 */
async function networkFirst(
  request: Request,
  { keep, tile, hurry }: { keep: boolean; tile: boolean; hurry: boolean },
): Promise<Response> {
  const stored = caches.match(request, { ignoreVary: true })
  const network = fetch(request).then(async (res) => {
    if (keep && res.ok) {
      const cache = await caches.open(RUNTIME_CACHE)
      await cache.put(request, res.clone())
    } else if (keep && res.status === 401) await caches.delete(RUNTIME_CACHE)
    return res
  })
  const slow = new Promise<'slow'>((resolve) => {
    if (hurry) setTimeout(() => resolve('slow'), NETWORK_TIMEOUT_MS)
  })
  try {
    const first = await Promise.race([network, slow])
    if (first !== 'slow') return first
    const copy = await stored
    return copy ? marked(copy, 'slow') : await network
  } catch (e) {
    const copy = await stored
    if (copy) return marked(copy, 'offline')
    if (tile) return new Response(null, { status: 204, headers: { [OFFLINE_HEADER]: 'not-saved' } })
    throw e
  }
}

/** A stored copy, saying so (`X-Zgm-Offline`): the page tells the user it works from saved data. */
function marked(copy: Response, why: 'offline' | 'slow'): Response {
  const headers = new Headers(copy.headers)
  headers.set(OFFLINE_HEADER, why)
  return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers })
}

/** FNV-1a, enough to name a cache after the precache list. */
function hash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

export {}
