// An API refusal in the user's language, rendered here from its code and params with the domain's
// dictionary; the server's `message` (in whatever language the request asked for) is not shown.
import { refusalMessage } from '@zgm/domain/refusals/messages'
import { isRefusalCode, type Refusal } from '@zgm/domain/refusals/refusal'
import type { Lang } from './dict'

/** What an error body's `error` holds (`{"error":{"code","message","params"}}`). */
export interface RefusalLike {
  code: string
  params?: unknown
  message?: string
}

const GENERIC: Record<Lang, (code: string) => string> = {
  zh: (code) => `操作未能完成（错误代码：${code}）`,
  en: (code) => `The request could not be completed (error code: ${code})`,
}

/** The refusal's words in `lang`; a generic sentence naming the code when the code or its params are unknown. */
export function refusalText(error: RefusalLike, lang: Lang): string {
  if (!isRefusalCode(error.code)) return GENERIC[lang](error.code)
  const params = typeof error.params === 'object' && error.params !== null ? error.params : {}
  try {
    const text = refusalMessage({ ...params, code: error.code } as Refusal, lang)
    // Params from another version of the API may lack a key the words need.
    return /\bundefined\b|\[object Object\]/.test(text) ? GENERIC[lang](error.code) : text
  } catch {
    return GENERIC[lang](error.code)
  }
}
