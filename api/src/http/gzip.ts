// gzip for the answers that compress themselves: tiles (once per cached tile), the kept statistics
// answers and JSON under /api (json-gzip.ts).
import { promisify } from 'node:util'
import { gzip, gzipSync, type ZlibOptions } from 'node:zlib'

/** True when Accept-Encoding admits gzip (explicitly, or through `*`, with q > 0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  const q: Record<string, number> = {}
  for (const part of header.toLowerCase().split(',')) {
    const [coding, ...params] = part.split(';').map((s) => s.trim())
    const weight = params.find((p) => p.startsWith('q='))
    q[coding] = weight ? Number(weight.slice(2)) || 0 : 1
  }
  return (q.gzip ?? q['x-gzip'] ?? q['*'] ?? 0) > 0
}

/**
 * The gzip of `bytes`. A large body is compressed on libuv's thread pool: a dense low-zoom tile
 * (200 kB) takes 2–5 ms, which would hold up every other request of this process; small ones (most)
 * are not worth the hop.
 */
export function gzipped(bytes: Uint8Array | string, options: ZlibOptions = {}): Promise<Buffer> {
  return Buffer.byteLength(bytes) < ASYNC_GZIP_BYTES
    ? Promise.resolve(gzipSync(bytes, options))
    : gzipAsync(bytes, options)
}

const ASYNC_GZIP_BYTES = 16 * 1024

const gzipAsync = promisify(gzip) as (bytes: Uint8Array | string, options: ZlibOptions) => Promise<Buffer>
