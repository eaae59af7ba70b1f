// The one place a failure becomes words for a user.
import type { Lang } from '../i18n/dict'
import { ApiError } from './client'

/**
 * What to tell a user about an error, in their language. For now the server's message; the
 * shared zh/en dictionary of refusal codes (i18n/refusal-text.ts) takes over here, by `code` and
 * `params`, so that no English-only or raw engine text reaches a user.
 */
export function errorText(error: unknown, lang: Lang): string {
  void lang
  if (error instanceof ApiError) return error.message
  if (error instanceof Error) return error.message
  return String(error)
}
