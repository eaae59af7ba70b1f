import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'zgm_session'
export const CSRF_HEADER = 'X-CSRF-Token'

/** 32 random bytes, base64url (43 characters): session tokens and CSRF tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Only this digest of a session token is stored, so a leaked table cannot be replayed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Constant-time comparison of two tokens. */
export function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
