import { createMiddleware } from 'hono/factory'

/**
 * The web app's policy: no inline or foreign scripts; MapLibre's worker from 'self' (blob: for
 * deck.gl's); inline style attributes (React and MapLibre set them); the optional 天地图
 * basemap's images. Nothing may frame the app.
 */
export const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://*.tianditu.gov.cn",
  "connect-src 'self' https://*.tianditu.gov.cn",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Data (JSON, tiles under /api and /tiles) is never a document: it loads nothing and is framed by nobody. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'"

/**
 * Security headers on every response (HTML, API, tiles, static files); a route that sets its own
 * Content-Security-Policy (document downloads) keeps it. Session responses (/api/auth/*, which
 * carry the CSRF token) are never stored by any cache.
 */
export const securityHeaders = createMiddleware(async (c, next) => {
  await next()
  const h = c.res.headers
  // Data answers get the empty policy; pages and static files (scripts, workers: a worker runs
  // under the policy of its own script's response) get the web app's.
  const html = /^text\/html/i.test(h.get('content-type') ?? '')
  const data = !html && /^\/(api|tiles)\//.test(c.req.path)
  if (!h.has('content-security-policy')) h.set('Content-Security-Policy', data ? DATA_CSP : HTML_CSP)
  h.set('X-Content-Type-Options', 'nosniff')
  h.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  h.set('X-Frame-Options', 'DENY')
  h.set('Cross-Origin-Opener-Policy', 'same-origin')
  if (c.req.path.startsWith('/api/auth/')) h.set('Cache-Control', 'no-store')
})
