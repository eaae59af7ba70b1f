import { describe, expect, it } from 'vitest'
import { DICT_PARTS, en, zh } from './dict'

describe('the dictionaries', () => {
  it('define each key in one part only (a later spread would silently replace an earlier word)', () => {
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const [part, words] of Object.entries(DICT_PARTS))
      for (const key of Object.keys(words)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${part})`)
        seen.set(key, part)
      }
    expect(twice).toEqual([])
    expect(Object.keys(zh).length).toBe(seen.size)
  })

  it('have an English word for every Chinese one and no English word without one', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    expect(Object.entries(en).filter(([, text]) => !text.trim())).toEqual([])
  })
})
