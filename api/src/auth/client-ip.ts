import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The peer address of the TCP connection. Behind a trusted proxy (TRUST_PROXY=1) the last
 * X-Forwarded-For entry is used: the one that proxy appended, which the client cannot forge.
 * Under `app.request()` there is no socket, hence 'unknown'.
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Whether the browser reached us over https, so the session cookie can be marked Secure. */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0].trim() === 'https') return true
  return new URL(c.req.url).protocol === 'https:'
}
