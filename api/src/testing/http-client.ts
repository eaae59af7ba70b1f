// A lean HTTP/1.1 client for load generation (the benchmark and the load tests): node:http on
// kept-alive sockets, the body read as bytes and never decoded. The load client shares the
// machine with the server and PostgreSQL, so its cost is taken from theirs: fetch (undici) used
// about 0.9 ms of CPU per uncached tile, most of it gunzipping bodies nobody reads
// (docs/performance.md, seventh round).
import http from 'node:http'

export interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  /** The body as sent (still gzipped when the server gzipped it). */
  body: Buffer
}

export interface HttpClient {
  request(method: string, path: string, headers?: Record<string, string>, body?: string): Promise<HttpAnswer>
  get(path: string, headers?: Record<string, string>): Promise<HttpAnswer>
  /** Closes the kept-alive sockets. */
  close(): void
}

/** A client of `base` (http://host:port) with at most `sockets` connections. */
export function httpClient(base: string, sockets: number): HttpClient {
  const { hostname, port } = new URL(base)
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets })
  const request: HttpClient['request'] = (method, path, headers = {}, body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: hostname,
          port,
          method,
          path,
          agent,
          headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          )
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  return {
    request,
    get: (path, headers) => request('GET', path, headers),
    close: () => agent.destroy(),
  }
}
