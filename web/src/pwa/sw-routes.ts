// What the service worker does with each request, as pure decisions (unit-tested without a
// worker): the shell from the precache, field reads network-first with the offline caches behind
// them, tiles likewise, and nothing at all for the public map or writes.

/** Cache Storage names: the precached shell (per build), runtime copies, one cache per saved area. */
export const SHELL_CACHE_PREFIX = 'zgm-shell-'
export const RUNTIME_CACHE = 'zgm-field-runtime'
export const AREA_CACHE_PREFIX = 'zgm-area-'

/** Set on every answer the worker gives from a stored copy because the network failed or lagged. */
export const OFFLINE_HEADER = 'X-Zgm-Offline'

/** How long a field read waits for the network before a stored copy answers (seconds). */
export const NETWORK_TIMEOUT_MS = 4000

export type Handling =
  /** Let the browser do it (the SW does not answer). */
  | { kind: 'pass' }
  /** A page address: the precached app shell (index.html). */
  | { kind: 'shell' }
  /** A built file: from the precache, else the network. */
  | { kind: 'precached' }
  /**
   * Network first; when it fails, the copy in any zgm cache. `keep`: store a runtime copy.
   * `hurry`: a stored copy also answers when the network is slow (field data and tiles only —
   * a desk page's record or the session must never be an old copy while the server is up).
   */
  | { kind: 'network-first'; keep: boolean; tile: boolean; hurry: boolean }

/** API reads the field pages make, kept as a runtime copy on every success (small, per user). */
const KEPT_API = [
  /^\/api\/auth\/me$/,
  /^\/api\/health$/,
  /^\/api\/work$/,
  /^\/api\/inbox$/,
  /^\/api\/public\/regions$/,
]
/** API reads answered from the saved areas when the network fails. */
const AREA_API = [/^\/api\/field\//, /^\/api\/mines\/\d+(\/licence)?$/, /^\/api\/assignments$/]

export function handlingOf(method: string, url: URL, origin: string, navigate: boolean): Handling {
  if (method !== 'GET' || url.origin !== origin) return { kind: 'pass' }
  const path = url.pathname
  if (navigate) {
    // The public map stays a plain page; data addresses are never the app shell.
    if (/^\/(public|api|tiles|ogc)(\/|$)/.test(path)) return { kind: 'pass' }
    return { kind: 'shell' }
  }
  if (path.startsWith('/tiles/'))
    return { kind: 'network-first', keep: false, tile: path.endsWith('.mvt'), hurry: true }
  if (KEPT_API.some((re) => re.test(path)))
    return { kind: 'network-first', keep: true, tile: false, hurry: false }
  if (AREA_API.some((re) => re.test(path)))
    return { kind: 'network-first', keep: false, tile: false, hurry: path.startsWith('/api/field/') }
  if (path.startsWith('/api/') || path.startsWith('/ogc')) return { kind: 'pass' }
  return { kind: 'precached' }
}
