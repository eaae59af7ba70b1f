// A database seeded once per run and copied for each use (`CREATE DATABASE … TEMPLATE`, under a
// second on the PostgreSQL server): the demo world for the API files on the server backend
// (demo-template.ts) and for the browser files' own servers (web/e2e/demo-template.ts).
import pg from 'pg'

/** `serverUrl` pointing at database `name`. */
export function onDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function withAdmin<T>(url: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    return await fn(admin)
  } finally {
    await admin.end()
  }
}

async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  await admin.query(`alter database ${name} with is_template false allow_connections true`).catch(() => {})
  await admin.query(`drop database if exists ${name} with (force)`)
}

/**
 * Creates database `name` as a copy of `template` and returns its URL. When the template does not
 * exist yet, creates it and lets `seed` fill it first (its connections closed when it resolves: a
 * template must have none when copied); an advisory lock keeps two callers from seeding it twice.
 */
export async function copyOfTemplate(
  serverUrl: string,
  template: string,
  name: string,
  seed: (templateUrl: string) => Promise<void>,
): Promise<string> {
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template])
    const found = await admin.query('select 1 from pg_database where datname = $1', [template])
    if (!found.rowCount) {
      await admin.query(`create database ${template}`)
      try {
        await seed(onDatabase(serverUrl, template))
        await admin.query(`alter database ${template} with is_template true allow_connections false`)
      } catch (e) {
        await dropDatabase(admin, template)
        throw e
      }
    }
    await admin.query(`create database ${name} template ${template}`)
  })
  return onDatabase(serverUrl, name)
}

/** Drops database `name` (a copy or a template). */
export const dropDatabaseNamed = (serverUrl: string, name: string) =>
  withAdmin(serverUrl, (admin) => dropDatabase(admin, name))

/** Drops every database whose name matches one of the LIKE patterns (a run's templates and copies). */
export async function dropDatabasesLike(serverUrl: string, patterns: string[]): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    for (const pattern of patterns) {
      const { rows } = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [pattern],
      )
      for (const { datname } of rows) await dropDatabase(admin, datname)
    }
  })
}
