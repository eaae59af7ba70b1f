import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Refusal } from '@zgm/domain'
import { errorBody } from './errors'
import { refusalStatus } from './refusal-status'

/** Node's parser errors that have an answer of their own; anything else is a 400. */
function refusalOf(code: string | undefined): Refusal {
  if (code === 'HPE_HEADER_OVERFLOW') return { code: 'headers_too_large' }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'HPE_HEADERS_TIMEOUT')
    return { code: 'request_timeout' }
  return { code: 'bad_request' }
}

/**
 * Requests that Node refuses before Hono sees them (headers too large, too slow, unparsable)
 * are answered in the API's JSON error shape (in Chinese: no headers could be read), then the
 * connection is closed. A socket already answering or gone is just closed.
 */
export function answerClientErrorsAsJson(server: {
  on(event: 'clientError', listener: (err: NodeJS.ErrnoException, socket: Duplex) => void): unknown
}): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node itself does: answer unless the connection is gone or an answer has already begun
    // (a body trickled in too slowly times out while its request is with the app: still a 408).
    const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage
    if (err.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
      socket.destroy()
      return
    }
    const refusal = refusalOf(err.code)
    const status = refusalStatus(refusal.code)
    const body = JSON.stringify(errorBody(refusal, 'zh'))
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    )
  })
}
