/** Settings of the accounts feature that config.ts does not (yet) carry; read once when the app is built. */
export interface AuthConfig {
  /** Behind one trusted reverse proxy: take the client IP from X-Forwarded-For and https from X-Forwarded-Proto. */
  trustProxy: boolean
}

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): Readonly<AuthConfig> {
  const raw = env.TRUST_PROXY ?? ''
  if (!['', '0', '1'].includes(raw)) throw new Error(`TRUST_PROXY must be 1 or 0, got "${raw}"`)
  return Object.freeze({ trustProxy: raw === '1' })
}
