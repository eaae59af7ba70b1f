import { describe, expect, it } from 'vitest'
import { ApiError } from './client'
import { errorText } from './error-text'

describe('errorText', () => {
  it("renders a refusal from the dictionary in the user's language, never the server's message", () => {
    const refusal = ApiError.from(401, {
      error: { code: 'invalid_credentials', message: 'SERVER', params: {} },
    })
    const zh = errorText(refusal, 'zh')
    const en = errorText(refusal, 'en')
    expect(zh).toMatch(/[\u4e00-\u9fff]/)
    expect(en).not.toMatch(/[\u4e00-\u9fff]/)
    expect(en).not.toBe(zh)
    expect(`${zh}${en}`).not.toContain('SERVER')
  })

  it('names an unknown code generically, and a network failure as such', () => {
    expect(errorText(ApiError.from(502, 'Bad Gateway'), 'en')).toContain('http_error')
    expect(errorText(new TypeError('Failed to fetch'), 'zh')).toContain('无法连接服务器')
    expect(errorText(new TypeError('Failed to fetch'), 'en')).not.toContain('Failed to fetch')
  })
})
