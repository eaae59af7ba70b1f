import { resolve } from 'node:path'

/** Configuration, read once at boot from the environment, validated and frozen. */
export interface Config {
  port: number
  host: string
  /** A PostgreSQL/PostGIS server; when absent the embedded PostGIS is used. */
  databaseUrl: string | undefined
  dataDir: string
  /** Demo mode seeds demo data and demo accounts on an empty database. */
  demo: boolean
  /** Restoration/reclamation polygons may lie at most this far outside the mine footprint. */
  areaMaxDistanceM: number
  sessionHours: number
  /** Optional online basemap (Tianditu browser key); off when empty. */
  tiandituKey: string
  /** The map review number (审图号) to show with that basemap. */
  tiandituReviewNo: string
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const port = Number(env.PORT ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`)
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://')
  }
  const areaMaxDistanceM = Number(env.AREA_MAX_DISTANCE_M ?? 500)
  if (!(areaMaxDistanceM >= 0)) throw new Error('AREA_MAX_DISTANCE_M must be a non-negative number of metres')
  return Object.freeze({
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    demo: (env.DEMO ?? 'true') !== 'false',
    areaMaxDistanceM,
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    tiandituKey: env.TIANDITU_KEY ?? '',
    tiandituReviewNo: env.TIANDITU_REVIEW_NO ?? '',
  })
}
