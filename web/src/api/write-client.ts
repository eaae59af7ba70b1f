// Writes (staff only): the signed-in session's CSRF token on every call. Kept apart so that the
// public bundle has no write path (web/e2e/bundle.test.ts).
import createClient from 'openapi-fetch'
import { ok } from './client'
import type { SessionInfo } from './schemas'
import type { paths } from './schema.gen'

const CSRF_HEADER = 'x-csrf-token'

/** A client whose every request carries the session's CSRF token (none before sign-in). */
export function writeClient(csrfToken?: string) {
  return createClient<paths>({
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}) },
    fetch: (request) => globalThis.fetch(request),
  })
}

export const signIn = (body: { username: string; password: string }): Promise<SessionInfo> =>
  ok(writeClient().POST('/api/auth/login', { body }))

export const signOut = (csrfToken: string): Promise<unknown> =>
  ok(writeClient(csrfToken).POST('/api/auth/logout'))
