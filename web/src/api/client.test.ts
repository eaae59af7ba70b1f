import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, read } from './client'
import { retry, retryDelay } from './query-client'

/** Answers every fetch with `body` and records the requests. */
function answer(status: number, body: unknown) {
  const requests: Request[] = []
  vi.stubGlobal('fetch', async (request: Request) => {
    requests.push(request)
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    return new Response(text, { status, headers: { 'content-type': 'application/json' } })
  })
  return requests
}

afterEach(() => vi.unstubAllGlobals())

describe('ApiError', () => {
  it('carries the status, code, message and params of the server’s error body', () => {
    const e = ApiError.from(422, {
      error: {
        code: 'geometry_self_intersection',
        message: 'ring crosses itself',
        params: { at: [119.9, 31] },
      },
    })
    expect(e).toMatchObject({
      status: 422,
      code: 'geometry_self_intersection',
      message: 'ring crosses itself',
    })
    expect(e.params).toEqual({ at: [119.9, 31] })
    expect(e.at).toEqual([119.9, 31])
  })

  it('reads `params`, and has no place without a valid `at`', () => {
    const e = ApiError.from(409, {
      error: { code: 'version_conflict', message: 'm', params: { currentVersion: 3 } },
    })
    expect(e.params).toEqual({ currentVersion: 3 })
    expect(e.at).toBeNull()
    expect(ApiError.from(400, { error: { code: 'x', message: 'm', params: { at: [1, 'a'] } } }).at).toBeNull()
  })

  it('still makes sense of a body that is not the API’s (a proxy’s HTML, nothing)', () => {
    expect(ApiError.from(502, '<html>Bad gateway</html>')).toMatchObject({
      code: 'http_error',
      message: 'HTTP 502',
    })
    expect(ApiError.from(500, undefined)).toMatchObject({ code: 'http_error', params: {} })
  })
})

describe('read', () => {
  it('builds the path and query from typed parameters and returns the JSON', async () => {
    const requests = answer(200, { id: 7 })
    expect(await read('/api/mines/{id}', { params: { path: { id: 7 } } })).toEqual({ id: 7 })
    await read('/api/areas/progress', { params: { query: { region: '330500', asOf: '2020-12-31' } } })
    const urls = requests.map((r) => new URL(r.url))
    expect(urls.map((u) => u.pathname)).toEqual(['/api/mines/7', '/api/areas/progress'])
    expect(Object.fromEntries(urls[1]!.searchParams)).toEqual({ region: '330500', asOf: '2020-12-31' })
    expect(requests[0]!.credentials).toBe('same-origin')
  })

  it('refuses, at compile time, a call the API would refuse (npm run typecheck)', async () => {
    answer(200, {})
    await Promise.all([
      // @ts-expect-error region is required
      read('/api/areas/progress'),
      // @ts-expect-error a mine id is a number
      read('/api/mines/{id}', { params: { path: { id: 'seven' } } }),
      // @ts-expect-error no such path
      read('/api/mine/{id}', { params: { path: { id: 7 } } }),
    ])
  })

  it('throws an ApiError with the server’s code on a refusal', async () => {
    answer(400, { error: { code: 'unknown_region', message: 'no region 339999' } })
    const failure = read('/api/areas/progress', { params: { query: { region: '339999' } } })
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ status: 400, code: 'unknown_region' })
  })
})

describe('retries', () => {
  it('tries server errors and dropped connections three more times, refusals never', () => {
    expect(retry(0, new ApiError(503, 'internal', 'x'))).toBe(true)
    expect(retry(2, new TypeError('Failed to fetch'))).toBe(true)
    expect(retry(3, new TypeError('Failed to fetch'))).toBe(false)
    expect(retry(0, new ApiError(401, 'unauthenticated', 'x'))).toBe(false)
    expect([0, 1, 2].map(retryDelay)).toEqual([400, 800, 1200])
  })
})
