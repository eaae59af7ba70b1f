// The operator's PMTiles vector basemap (BASEMAP_PMTILES): one file, read by the browser's
// pmtiles library with HTTP range requests (RFC 9110 §14), so the whole archive never travels.
import { createReadStream, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import type { AuthEnv } from '../auth/auth.middleware'

export const VECTOR_BASEMAP_PATH = '/basemap/basemap.pmtiles'

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` of a file of `size` bytes; null when unsatisfiable. */
export function byteRange(header: string, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return null
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1])
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  return start <= end && start < size ? { start, end } : null
}

/** Mounted at the root when BASEMAP_PMTILES is set. */
export function basemapRoutes(file: string) {
  return new Hono<AuthEnv>().on(['GET', 'HEAD'], VECTOR_BASEMAP_PATH, (c) => {
    const { size, mtimeMs } = statSync(file)
    c.header('Accept-Ranges', 'bytes')
    c.header('Content-Type', 'application/vnd.pmtiles')
    c.header('Cache-Control', 'public, max-age=3600')
    c.header('ETag', `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`)
    const header = c.req.header('range')
    if (!header) {
      c.header('Content-Length', String(size))
      return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(stream(file, 0, size - 1), 200)
    }
    const range = byteRange(header, size)
    if (!range) {
      c.header('Content-Range', `bytes */${size}`)
      return c.body(null, 416)
    }
    c.header('Content-Range', `bytes ${range.start}-${range.end}/${size}`)
    c.header('Content-Length', String(range.end - range.start + 1))
    return c.req.method === 'HEAD' ? c.body(null, 206) : c.body(stream(file, range.start, range.end), 206)
  })
}

const stream = (file: string, start: number, end: number) =>
  Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>
