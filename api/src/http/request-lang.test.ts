import { describe, expect, it } from 'vitest'
import { preferredLang, requestLang } from './request-lang'

describe('the language of refusal messages', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-CN;q=0.2, en', 'en'],
    ['fr-FR, en;q=0.5', 'en'],
    ['fr-FR, de', 'zh'],
    ['en;q=0, zh-TW', 'zh'],
  ])('Accept-Language %j → %s', (header, lang) => {
    expect(preferredLang(header)).toBe(lang)
  })

  it('lets ?lang= and X-Lang override Accept-Language', () => {
    const req = (query: Record<string, string>, headers: Record<string, string>) => ({
      query: (name: string) => query[name],
      header: (name: string) => headers[name],
    })
    expect(requestLang(req({ lang: 'en' }, { 'accept-language': 'zh-CN' }))).toBe('en')
    expect(requestLang(req({}, { 'x-lang': 'zh', 'accept-language': 'en' }))).toBe('zh')
    expect(requestLang(req({}, { 'accept-language': 'en-GB' }))).toBe('en')
  })
})
