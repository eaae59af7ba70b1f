import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { DEFAULT_AREA_MAX_DISTANCE_M, DEFAULT_BACKDATE_DAYS } from '@zgm/domain'
import type { TileEncoder } from './tiles/tile-render.queries'

/**
 * Configuration, read once at boot from the environment, validated and frozen, and passed down
 * (AppDeps.config). No other module of the server reads process.env; the CLIs read only their
 * own prompts' variables (ZGM_PASSWORD in cli/create-user.ts), the tests only theirs
 * (TEST_DATABASE_URL, ZGM_NO_SKIP).
 */
export interface Config {
  port: number
  host: string
  /** A PostgreSQL/PostGIS server; when absent the embedded PostGIS is used. */
  databaseUrl: string | undefined
  /**
   * The owner of the schema, for migrations and first seeding, when the API itself connects
   * (DATABASE_URL) as a role that owns nothing and so cannot alter audit_log or its triggers.
   */
  databaseOwnerUrl: string | undefined
  /**
   * A streaming replica of DATABASE_URL's server: read-only work (public endpoints, tiles,
   * statistics, OGC reads) goes there while it is reachable and has caught up with the reader's
   * own writes (db/replica.ts); undefined = everything on the primary.
   */
  databaseReadUrl: string | undefined
  dataDir: string
  /** Demo mode seeds demo data and demo accounts on an empty database. */
  demo: boolean
  /** Restoration/reclamation polygons may lie at most this far outside the mine footprint. */
  areaMaxDistanceM: number
  /** Session lifetime in hours. */
  sessionHours: number
  /** Behind one trusted reverse proxy: take the client IP from X-Forwarded-For and https from X-Forwarded-Proto. */
  trustProxy: boolean
  /** Forces a vector-tile encoding path (benchmarks, tests); `auto` asks the database once whether it has ST_AsMVT. */
  tilesEncoder: TileEncoder | 'auto'
  /** Optional online basemap (Tianditu browser key); off when empty. */
  tiandituKey: string
  /** The map review number (审图号) to show with that basemap. */
  tiandituReviewNo: string
  /** Events dated more than this many days before the day they are recorded wait for the province's approval. */
  backdateDays: number
  /** An operator-supplied PMTiles vector basemap (absolute path), served with range requests; '' = none. */
  basemapPmtiles: string
  /** HTTP server timeouts in seconds: all headers, the whole request (body included), an idle keep-alive connection. */
  httpTimeouts: { headersS: number; requestS: number; keepAliveS: number }
  /** Minimum publicity period (公示期) in working days on the official holiday calendar (Zhejiang 2020 practice: 7). */
  publicityMinWorkingDays: number
  /**
   * A test clock (demo mode only): a file holding the business date `YYYY-MM-DD` that every rule takes
   * for today, read again on each use so a test can move it forward; '' = the real date.
   */
  clockFile: string
}

/** Reads and validates every variable; the error names the variable, what it must be and what it got. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const port = Number(env.PORT || 8787)
  if (!/^\d+$/.test(env.PORT || '8787') || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), got "${env.PORT}"`)
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://')
  }
  const databaseOwnerUrl = env.DATABASE_OWNER_URL || undefined
  if (databaseOwnerUrl && !databaseUrl)
    throw new Error('DATABASE_OWNER_URL needs DATABASE_URL (the role the API connects as)')
  if (databaseOwnerUrl && !/^postgres(ql)?:\/\//.test(databaseOwnerUrl)) {
    throw new Error('DATABASE_OWNER_URL must start with postgres:// or postgresql://')
  }
  const databaseReadUrl = env.DATABASE_READ_URL || undefined
  if (databaseReadUrl && !databaseUrl)
    throw new Error(
      'DATABASE_READ_URL needs DATABASE_URL (the primary it replicates; the embedded PostGIS has no replica)',
    )
  if (databaseReadUrl && !/^postgres(ql)?:\/\//.test(databaseReadUrl)) {
    throw new Error('DATABASE_READ_URL must start with postgres:// or postgresql://')
  }
  const areaMaxDistanceM = Number(env.AREA_MAX_DISTANCE_M ?? DEFAULT_AREA_MAX_DISTANCE_M)
  if (!(areaMaxDistanceM >= 0)) throw new Error('AREA_MAX_DISTANCE_M must be a non-negative number of metres')
  const sessionHours = Number(env.SESSION_HOURS || 12)
  if (!(sessionHours > 0) || !Number.isFinite(sessionHours))
    throw new Error(`SESSION_HOURS must be a positive number of hours, got "${env.SESSION_HOURS}"`)
  const backdateRaw = env.BACKDATE_DAYS || String(DEFAULT_BACKDATE_DAYS)
  if (!/^\d{1,6}$/.test(backdateRaw))
    throw new Error(`BACKDATE_DAYS must be a whole number of days (0 or more), got "${env.BACKDATE_DAYS}"`)
  const seconds = (name: string, fallback: number) => {
    const raw = env[name] || String(fallback)
    const value = Number(raw)
    if (!/^\d+(\.\d+)?$/.test(raw) || !(value > 0) || value > 3600)
      throw new Error(`${name} must be a number of seconds (0 < s ≤ 3600), got "${env[name]}"`)
    return value
  }
  const httpTimeouts = Object.freeze({
    headersS: seconds('HTTP_HEADERS_TIMEOUT_S', 10),
    requestS: seconds('HTTP_REQUEST_TIMEOUT_S', 60),
    keepAliveS: seconds('HTTP_KEEPALIVE_TIMEOUT_S', 5),
  })
  const publicityMinWorkingDays = Number(env.PUBLICITY_MIN_WORKING_DAYS || 7)
  if (
    !/^\d+$/.test(env.PUBLICITY_MIN_WORKING_DAYS || '7') ||
    publicityMinWorkingDays < 1 ||
    publicityMinWorkingDays > 60
  )
    throw new Error(
      `PUBLICITY_MIN_WORKING_DAYS must be a whole number of working days from 1 to 60, got "${env.PUBLICITY_MIN_WORKING_DAYS}"`,
    )
  if (httpTimeouts.headersS > httpTimeouts.requestS)
    throw new Error('HTTP_HEADERS_TIMEOUT_S must not be larger than HTTP_REQUEST_TIMEOUT_S')
  return Object.freeze({
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    databaseOwnerUrl,
    databaseReadUrl,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    demo: oneOf(env, 'DEMO', ['true', 'false'], 'true') === 'true',
    areaMaxDistanceM,
    sessionHours,
    trustProxy: oneOf(env, 'TRUST_PROXY', ['0', '1'], '0') === '1',
    tilesEncoder: oneOf(env, 'TILES_ENCODER', ['js', 'postgis', 'auto'], 'auto'),
    tiandituKey: env.TIANDITU_KEY ?? '',
    tiandituReviewNo: env.TIANDITU_REVIEW_NO ?? '',
    backdateDays: Number(backdateRaw),
    basemapPmtiles: pmtilesPath(env.BASEMAP_PMTILES),
    httpTimeouts,
    publicityMinWorkingDays,
    clockFile: clockFileOf(env),
  })
}

/** CLOCK_FILE: a readable file holding a date, and only in demo mode (a real programme runs on the real date). */
function clockFileOf(env: NodeJS.ProcessEnv): string {
  const value = env.CLOCK_FILE
  if (!value) return ''
  if (env.DEMO === 'false') throw new Error('CLOCK_FILE is a test clock: it is refused when DEMO=false')
  const path = resolve(value)
  if (!existsSync(path) || !statSync(path).isFile())
    throw new Error(
      `CLOCK_FILE must name a readable file holding a date YYYY-MM-DD, got "${value}" (no such file)`,
    )
  return path
}

/** BASEMAP_PMTILES: a readable file ending in .pmtiles, resolved to an absolute path; unset = none. */
function pmtilesPath(value: string | undefined): string {
  if (!value) return ''
  const path = resolve(value)
  if (!path.endsWith('.pmtiles')) throw new Error(`BASEMAP_PMTILES must name a .pmtiles file, got "${value}"`)
  if (!existsSync(path) || !statSync(path).isFile())
    throw new Error(`BASEMAP_PMTILES must name a readable .pmtiles file, got "${value}" (no such file)`)
  return path
}

/** An enumerated variable; unset or empty means the default. */
function oneOf<const T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = env[name] || fallback
  if (!allowed.includes(value as T)) {
    throw new Error(`${name} must be ${allowed.join(' or ')}, got "${value}"`)
  }
  return value as T
}
