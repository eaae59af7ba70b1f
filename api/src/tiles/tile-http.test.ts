import { describe, expect, it } from 'vitest'
import { acceptsGzip } from '../http/gzip'
import { etagsOf } from './tile-http'

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
