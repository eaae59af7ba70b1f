// HTTP semantics of tiles: content negotiation, validators, caching headers. Pure functions.
import type { TileSet } from './tile-layers'
import { unpackTile, type MissTiming, type ServedTile } from './tile-service'

export const MVT_MEDIA_TYPE = 'application/vnd.mapbox-vector-tile'

/** Browsers may reuse data tiles for a minute; boundaries change with reference data only. */
export function cacheControlOf(set: TileSet): string {
  const scope = set.audience === 'public' ? 'public' : 'private'
  return set.kind === 'boundary'
    ? `${scope}, max-age=86400, stale-while-revalidate=604800`
    : `${scope}, max-age=60, stale-while-revalidate=600`
}

/** If-None-Match `*`: any current representation matches (RFC 9110 §13.1.2). */
export const ANY_ETAG = '*'

/**
 * The sha256 values named by If-None-Match (or ANY_ETAG for `*`). The gzip representation's ETag is the identity
 * one with a "-gzip" suffix (as Apache's mod_deflate does), so either form revalidates.
 */
export function etagsOf(ifNoneMatch: string | undefined): string[] {
  if (!ifNoneMatch) return []
  if (ifNoneMatch.trim() === '*') return [ANY_ETAG]
  const tags = ifNoneMatch.match(/"[^"]*"/g) ?? []
  return tags.map((t) => t.slice(1, -1).replace(/-gzip$/, '')).filter((t) => /^[0-9a-f]{64}$/.test(t))
}

/** 200 with the tile (gzip when accepted), 204 when empty, 304 when the client's copy is current. */
export function tileResponse(set: TileSet, tile: ServedTile, gzip: boolean): Response {
  const headers = new Headers({
    ETag: `"${tile.etag}${gzip ? '-gzip' : ''}"`,
    'Cache-Control': cacheControlOf(set),
    Vary: 'Accept-Encoding',
    'X-Tile-Cache': tile.cache,
  })
  // Where a miss's time went (browsers' developer tools and the benchmark read it).
  if (tile.timing) headers.set('Server-Timing', serverTiming(tile.timing))
  if (tile.body === null) return new Response(null, { status: 304, headers })
  if (tile.body.length === 0) return new Response(null, { status: 204, headers })
  headers.set('Content-Type', MVT_MEDIA_TYPE)
  if (gzip) headers.set('Content-Encoding', 'gzip')
  // Node's Buffers are never backed by a SharedArrayBuffer here (the DOM's BodyInit type asks).
  const body = (gzip ? tile.body : unpackTile(tile.body)) as Uint8Array<ArrayBuffer>
  return new Response(body, { status: 200, headers })
}

/** `render;dur=12.3, pack;dur=4.1, store;dur=2.0` (milliseconds). */
export const serverTiming = (timing: MissTiming) =>
  Object.entries(timing)
    .map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`)
    .join(', ')
