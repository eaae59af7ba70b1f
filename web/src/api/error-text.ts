// The one place a failure becomes words for a user: API refusals from the shared zh/en dictionary
// by code and params (never the server's message or raw engine text), anything else generically.
import type { Lang } from '../i18n/dict'
import { refusalText } from '../i18n/refusal-text'
import { ApiError } from './client'

const UNREACHABLE: Record<Lang, string> = {
  zh: '无法连接服务器，请检查网络后重试',
  en: 'The server could not be reached; check the connection and try again',
}

/** What to tell a user about an error, in their language. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) return refusalText(error, lang)
  return UNREACHABLE[lang]
}
