import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerClientErrorsAsJson } from './client-error'

/** Sends raw bytes and returns everything the server wrote before closing. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let out = ''
    socket.on('data', (d) => (out += d.toString('utf8')))
    socket.on('close', () => resolve(out))
    socket.on('error', reject)
  })
}

describe('requests Node refuses itself are answered as JSON errors', () => {
  let server: Server
  let port: number
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'))
    answerClientErrorsAsJson(server)
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as { port: number }).port
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('answers 431 headers_too_large for 20 kB of headers', async () => {
    const answer = await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`)
    expect(answer).toMatch(/^HTTP\/1\.1 431 /)
    expect(answer).toMatch(/content-type: application\/json/i)
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))
    expect(body.error.code).toBe('headers_too_large')
    expect(body.error.message).toMatch(/请求头过大/)
  })

  it('answers 400 bad_request for bytes that are not HTTP', async () => {
    const answer = await raw(port, 'HELLO\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.code).toBe('bad_request')
  })

  it('answers 408 request_timeout when the headers do not arrive in time', async () => {
    const slow = createServer(
      { requestTimeout: 300, headersTimeout: 300, connectionsCheckingInterval: 50 },
      (_q, r) => r.end('ok'),
    )
    answerClientErrorsAsJson(slow)
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r))
    try {
      const answer = await raw((slow.address() as { port: number }).port, 'GET / HTTP/1.1\r\nHost: x\r\n')
      expect(answer).toMatch(/^HTTP\/1\.1 408 /)
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.code).toBe('request_timeout')
    } finally {
      await new Promise<void>((r) => slow.close(() => r()))
    }
  })
})
