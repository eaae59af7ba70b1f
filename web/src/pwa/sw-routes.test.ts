import { describe, expect, it } from 'vitest'
import { handlingOf } from './sw-routes'

const origin = 'http://127.0.0.1:8787'
const how = (path: string, { method = 'GET', navigate = false, from = origin } = {}) =>
  handlingOf(method, new URL(path, from), origin, navigate)

describe('service worker routing', () => {
  it('serves staff pages from the precached shell, never the public map or data addresses', () => {
    expect(how('/field', { navigate: true })).toEqual({ kind: 'shell' })
    expect(how('/county/mines/3', { navigate: true })).toEqual({ kind: 'shell' })
    for (const path of ['/public', '/public/draws/2', '/api/health', '/tiles/counties.json', '/ogc'])
      expect(how(path, { navigate: true }), path).toEqual({ kind: 'pass' })
  })

  it('reads field data network-first with the saved areas behind it', () => {
    expect(how('/api/field/areas/pack?regionCode=330522').kind).toBe('network-first')
    expect(how('/api/field/mines/12')).toEqual({
      kind: 'network-first',
      keep: false,
      tile: false,
      hurry: true,
    })
    expect(how('/tiles/mines/15/27300/13300.mvt')).toEqual({
      kind: 'network-first',
      keep: false,
      tile: true,
      hurry: true,
    })
    // A desk page's record is never an old copy while the server answers, however slowly.
    expect(how('/api/mines/12')).toEqual({ kind: 'network-first', keep: false, tile: false, hurry: false })
  })

  it('keeps a runtime copy of the session and the work queue only', () => {
    expect(how('/api/auth/me')).toMatchObject({ keep: true, hurry: false })
    expect(how('/api/work')).toMatchObject({ keep: true })
    expect(how('/api/stats?asOf=2020-01-01')).toEqual({ kind: 'pass' })
  })

  it('leaves writes and other origins alone', () => {
    expect(how('/api/field/areas/pack', { method: 'POST' })).toEqual({ kind: 'pass' })
    expect(how('https://t0.tianditu.gov.cn/vec_w/wmts', { from: 'https://t0.tianditu.gov.cn' })).toEqual({
      kind: 'pass',
    })
  })

  it('answers built files from the precache', () => {
    expect(how('/assets/index-abc.js')).toEqual({ kind: 'precached' })
  })
})
