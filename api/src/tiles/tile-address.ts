import { HttpError } from '../http/errors'
import { MAX_ZOOM, tilesPerSide, type TileAddress } from './tile-math'

const DIGITS = /^[0-9]{1,9}$/

/** z/x/y from a URL, or a 400 naming the first problem (not an integer, z > 22, x or y outside 0..2^z-1). */
export function parseTileAddress(raw: { z: string; x: string; y: string }): TileAddress {
  const [z, x, y] = (['z', 'x', 'y'] as const).map((k) => {
    if (!DIGITS.test(raw[k]))
      throw new HttpError({ code: 'invalid_tile', axis: k, value: raw[k].slice(0, 20) })
    return Number(raw[k])
  })
  if (z > MAX_ZOOM) throw new HttpError({ code: 'invalid_tile', axis: 'z', value: String(z), max: MAX_ZOOM })
  const last = tilesPerSide(z) - 1
  for (const [k, v] of [
    ['x', x],
    ['y', y],
  ] as const) {
    if (v > last) throw new HttpError({ code: 'invalid_tile', axis: k, value: String(v), max: last })
  }
  return { z, x, y }
}
