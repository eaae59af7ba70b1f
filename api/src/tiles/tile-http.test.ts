import { describe, expect, it } from 'vitest'
import { acceptsGzip, etagsOf } from './tile-http'
import { readTileConfig } from './tiles.routes'

describe('tile HTTP negotiation', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, GZIP;q=0.5', true],
    ['identity', false],
    ['gzip;q=0', false],
    ['*', true],
    ['gzip;q=0, *', false],
    ['deflate, *;q=0', false],
  ])('Accept-Encoding %j admits gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected)
  })

  it('reads the sha256 ETags of If-None-Match, identity or gzip form, weak or strong', () => {
    const a = 'a'.repeat(64)
    const b = 'b'.repeat(64)
    expect(etagsOf(`"${a}", W/"${b}-gzip", "other"`)).toEqual([a, b])
    expect(etagsOf(undefined)).toEqual([])
    expect(etagsOf(`"${a}'; drop table tile_cache; --"`)).toEqual([])
  })
})

describe('readTileConfig', () => {
  it('takes TILES_ENCODER=js|postgis, auto when unset, and refuses anything else', () => {
    expect(readTileConfig({}).encoder).toBe('auto')
    expect(readTileConfig({ TILES_ENCODER: 'js' }).encoder).toBe('js')
    expect(readTileConfig({ TILES_ENCODER: 'postgis' }).encoder).toBe('postgis')
    expect(() => readTileConfig({ TILES_ENCODER: 'wasm' })).toThrow(
      /TILES_ENCODER must be js or postgis, got "wasm"/,
    )
  })
})
