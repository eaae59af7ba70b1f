import type { RefusalLang } from '@zgm/domain'

/**
 * The language of refusal messages: `?lang=en|zh` or an `X-Lang` header if given, otherwise the
 * first of zh/en in Accept-Language by preference; Chinese when nothing says otherwise.
 */
export function requestLang(req: {
  query(name: string): string | undefined
  header(name: string): string | undefined
}): RefusalLang {
  const explicit = req.query('lang') ?? req.header('x-lang')
  if (explicit) return explicit.trim().toLowerCase().startsWith('en') ? 'en' : 'zh'
  return preferredLang(req.header('accept-language'))
}

/** `en-GB,en;q=0.9,zh;q=0.8` → en; `zh-CN,en;q=0.5` → zh; nothing or neither → zh. */
export function preferredLang(acceptLanguage: string | undefined): RefusalLang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...options] = part.trim().toLowerCase().split(';')
      const q = options.map((o) => o.trim()).find((o) => o.startsWith('q='))
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return 'zh'
}
