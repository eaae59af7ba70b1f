// The one typed client for reading the API (openapi-fetch over the generated paths), and the one
// error type every failed call becomes. Holds no staff path: the public bundle includes it.
import createClient from 'openapi-fetch'
import type { LngLat } from '@zgm/domain'
import type { ResponseOf } from './schemas'
import type { paths } from './schema.gen'

/** A refused or failed call: the HTTP status and the server's `{"error":{"code","message","params"}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** From a response status and its parsed body (JSON, text, or nothing). */
  static from(status: number, body: unknown): ApiError {
    const err = (body as { error?: { code?: unknown; message?: unknown; params?: unknown } })?.error
    const params = err?.params
    return new ApiError(
      status,
      typeof err?.code === 'string' ? err.code : 'http_error',
      typeof err?.message === 'string' ? err.message : `HTTP ${status}`,
      params && typeof params === 'object' ? (params as Record<string, unknown>) : {},
    )
  }

  /** Where on the map the refusal points (`params.at`, [lng, lat]), if anywhere. */
  get at(): LngLat | null {
    const at = this.params.at
    return Array.isArray(at) &&
      at.length === 2 &&
      at.every((n) => typeof n === 'number' && Number.isFinite(n))
      ? [at[0], at[1]]
      : null
  }
}

/** Reads (GET), public and staff alike. The session cookie goes along; writes use write-client.ts. */
export const api = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  // Looked up per call, so that tests (and anything else) can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
})

type GetPath = {
  [P in keyof paths]: paths[P] extends { get: { parameters: unknown } } ? P : never
}[keyof paths]
type GetParams<P extends GetPath> = paths[P] extends { get: { parameters: infer X } }
  ? Pick<X, 'query' & keyof X> & Pick<X, 'path' & keyof X>
  : never

export interface ReadOptions<P extends GetPath> {
  params?: GetParams<P>
  signal?: AbortSignal
}
/** The options may be left out only when the path needs no parameter. */
type ReadArgs<P extends GetPath> =
  {} extends GetParams<P> ? [options?: ReadOptions<P>] : [options: ReadOptions<P> & { params: GetParams<P> }]

/**
 * GET a path: parameters typed by the path, the answer typed as the API's schema says. (The
 * answer is typed here rather than by openapi-fetch, whose Readable<T> widens tuples such as a
 * region's `bbox` to plain arrays; the API's schemas carry no read/write-only markers that
 * Readable<T> would otherwise be needed for.)
 */
export function read<P extends GetPath>(path: P, ...[options = {}]: ReadArgs<P>): Promise<ResponseOf<P>> {
  return ok(api.GET(path as never, options as never)) as Promise<ResponseOf<P>>
}

/** The data of a successful call; anything else throws an ApiError. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (!response.ok) throw ApiError.from(response.status, error)
  return data as T
}

/** Server errors and dropped connections are worth another try; a refusal (4xx) is not. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500
}
