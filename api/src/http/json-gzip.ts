// JSON answers of /api compressed with node:zlib instead of Hono's compress(). Hono's middleware
// can only skip small bodies that carry a Content-Length, which c.json() never sets, so every JSON
// answer, even a 141-byte refusal, went through a web CompressionStream: about 0.35 ms of CPU each
// (a 404 under /api: 7,200 answers/s without gzip, 2,000/s with it). Here the body is read once,
// sent as it is below 1 kB (with its length), gzipped above. Other media types (CSV, XLSX, documents)
// still pass through compress(), which sees the Content-Encoding or Content-Length set here.
import { createMiddleware } from 'hono/factory'
import { acceptsGzip, gzipped } from './gzip'

/** Bodies below this are not worth compressing (Hono's default threshold). */
const THRESHOLD = 1024

/** The JSON text of the answers made by c.json. */
const texts = new WeakMap<Response, string>()

type HeaderRecord = Record<string, string | string[]>

export const jsonGzip = createMiddleware(async (c, next) => {
  // c.json as Hono writes it, remembering the text: reading it back from the Response would build
  // a web Response and a stream for it (≈ 12 % of a small answer's CPU).
  const newResponse = c.newResponse as (text: string, arg?: unknown, headers?: HeaderRecord) => Response
  c.json = ((object: unknown, arg?: number | ResponseInit, headers?: HeaderRecord) => {
    const text = JSON.stringify(object)
    const res = newResponse(text, arg, { 'Content-Type': 'application/json', ...headers })
    texts.set(res, text)
    return res
  }) as typeof c.json
  await next()
  const res = c.res
  if (
    !/^application\/json\b/i.test(res.headers.get('content-type') ?? '') ||
    res.headers.has('content-encoding') ||
    res.headers.has('content-length') ||
    c.req.method === 'HEAD' ||
    res.status === 204 ||
    res.status === 304
  )
    return
  const text = Buffer.from(texts.get(res) ?? (await res.text()))
  const headers = new Headers(res.headers)
  let body: Buffer = text
  if (text.length >= THRESHOLD) {
    headers.append('vary', 'Accept-Encoding')
    if (acceptsGzip(c.req.header('accept-encoding'))) {
      body = await gzipped(text)
      headers.set('content-encoding', 'gzip')
      const etag = headers.get('etag')
      if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`)
    }
  }
  headers.set('content-length', String(body.length))
  // Cleared first: assigning over a response merges the old one's headers into the new.
  c.res = undefined
  c.res = new Response(new Uint8Array(body), { status: res.status, headers })
})
