// Which failures mean "the database cannot be reached right now" (restart, failover, network cut)
// rather than a fault of the request: those answer 503 `database_unavailable` with Retry-After.

/** SQLSTATEs of a server going away or refusing connections for now. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping (restart, failover, pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, shutting down, in recovery
  '08000', // connection_exception
  '08001', // unable to establish a connection
  '08003', // connection_does_not_exist
  '08004', // server rejected the connection
  '08006', // connection_failure
  '53300', // too_many_connections
  '25006', // read_only_sql_transaction: a write reached a standby during failover
])

/** Socket errors while connecting or talking to the server. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])

/** node-postgres' own words for a connection that broke or could not be had in time. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Client has encountered a connection error|not queryable|timeout exceeded when trying to connect|Client was closed|Connection closed/i

/** Seconds a client should wait before retrying (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false
  const { code, message, errors, cause } = err as {
    code?: unknown
    message?: unknown
    errors?: unknown
    cause?: unknown
  }
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code)))
    return true
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true
  // Connecting to "localhost" tries ::1 and 127.0.0.1 and fails with an AggregateError of both.
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}
