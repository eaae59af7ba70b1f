// The demo world of today, seeded once per run into a template database on the PostgreSQL server;
// each own server then starts on a copy (`CREATE DATABASE … TEMPLATE`, under a second) instead of
// migrating, loading the boundaries and seeding the same world again (≈ 30 s each on a busy
// machine). The seed is deterministic for a date, so a copy is the world a fresh seed would make.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import { todayInZhejiang } from '@zgm/domain'
import { startServerProcess } from '../../api/src/testing/server-process'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Ends the names of this run's template databases (dropped by the e2e global teardown). */
    demoTemplateTag: string
  }
}

const TEMPLATE_PREFIX = 'zgm_e2e_demo'

/** A database name for this run's template of the demo world of `date` (YYYY-MM-DD). */
export function templateName(date: string, tag: string): string {
  return `${TEMPLATE_PREFIX}_${date.replaceAll('-', '')}_${tag}`
}

async function withAdmin<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    return await fn(admin)
  } finally {
    await admin.end()
  }
}

/** Seeds the template the way an own server seeds its database: the real server, DEMO=true. */
async function seedTemplate(admin: pg.Client, serverUrl: string, name: string): Promise<void> {
  await admin.query(`create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const dir = mkdtempSync(join(tmpdir(), 'zgm-demo-template-'))
  try {
    const server = await startServerProcess(
      { DATA_DIR: dir, DEMO: 'true', DATABASE_URL: url.toString() },
      600_000,
    )
    // A graceful stop closes the server's connections: a template must have none when copied.
    await server.kill('SIGTERM')
    await admin.query(`alter database ${name} with is_template true allow_connections false`)
  } catch (e) {
    await dropTemplate(admin, name)
    throw e
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function dropTemplate(admin: pg.Client, name: string): Promise<void> {
  await admin.query(`alter database ${name} with is_template false allow_connections true`).catch(() => {})
  await admin.query(`drop database if exists ${name} with (force)`)
}

/**
 * A fresh database holding the demo world of today (the real date), copied from this run's
 * template, which the first caller seeds (an advisory lock keeps two callers from seeding it twice).
 * Same shape as createScratchDatabase.
 */
export async function demoWorldCopy(serverUrl: string, prefix: string) {
  const template = templateName(todayInZhejiang(), inject('demoTemplateTag'))
  const name = `${prefix}_${Date.now()}_${process.pid}`
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template])
    const found = await admin.query('select 1 from pg_database where datname = $1', [template])
    if (!found.rowCount) await seedTemplate(admin, serverUrl, template)
    await admin.query(`create database ${name} template ${template}`)
  })
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin(serverUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`)),
  }
}

/** Drops this run's templates (the e2e global teardown). */
export async function dropDemoTemplates(serverUrl: string, tag: string): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${TEMPLATE_PREFIX}_%_${tag}`],
    )
    for (const { datname } of rows) await dropTemplate(admin, datname)
  })
}
