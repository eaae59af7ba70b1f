// Writes (staff only): JSON POST with the session's CSRF token. Kept apart so the public bundle has no write path.
import { parse } from './http'

export async function postJson<T>(url: string, body: unknown, csrfToken?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (csrfToken) headers['x-csrf-token'] = csrfToken
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify(body),
  })
  return parse<T>(res)
}
