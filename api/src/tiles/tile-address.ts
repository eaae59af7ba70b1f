import { badRequest } from '../http/errors'
import { MAX_ZOOM, tilesPerSide, type TileAddress } from './tile-math'

const DIGITS = /^[0-9]{1,9}$/

/** z/x/y from a URL, or a 400 naming the first problem (not an integer, z > 22, x or y outside 0..2^z-1). */
export function parseTileAddress(raw: { z: string; x: string; y: string }): TileAddress {
  const [z, x, y] = (['z', 'x', 'y'] as const).map((k) => {
    if (!DIGITS.test(raw[k]))
      throw badRequest('invalid_tile', `${k} must be a non-negative integer, got "${raw[k].slice(0, 20)}"`)
    return Number(raw[k])
  })
  if (z > MAX_ZOOM) throw badRequest('invalid_tile', `z must be at most ${MAX_ZOOM}, got ${z}`)
  const last = tilesPerSide(z) - 1
  for (const [k, v] of [
    ['x', x],
    ['y', y],
  ] as const) {
    if (v > last) throw badRequest('invalid_tile', `${k} ${v} is out of range for zoom ${z} (0..${last})`)
  }
  return { z, x, y }
}
