// The demo world of today, seeded once per run into a template database on the PostgreSQL server;
// each own server then starts on a copy instead of migrating, loading the boundaries and seeding
// the same world again (≈ 30 s each on a busy machine). The seed is deterministic for a date, so a
// copy is the world a fresh seed would make.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { todayInZhejiang } from '@zgm/domain'
import { startServerProcess } from '../../api/src/testing/server-process'
import { copyOfTemplate, dropDatabaseNamed, dropDatabasesLike } from '../../api/src/testing/template-database'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Ends the names of this run's template databases (dropped by the e2e global teardown). */
    demoTemplateTag: string
  }
}

const TEMPLATE_PREFIX = 'zgm_e2e_demo'

/** Seeds the template the way an own server seeds its database: the real server, DEMO=true. */
async function seedWithServer(templateUrl: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zgm-demo-template-'))
  try {
    await (
      await startServerProcess({ DATA_DIR: dir, DEMO: 'true', DATABASE_URL: templateUrl }, 600_000)
    ).kill(
      'SIGTERM', // a graceful stop closes the server's connections
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A fresh database holding the demo world of today (the real date), copied from this run's
 * template, which the first caller seeds. Same shape as createScratchDatabase.
 */
export async function demoWorldCopy(serverUrl: string, prefix: string) {
  const template = `${TEMPLATE_PREFIX}_${todayInZhejiang().replaceAll('-', '')}_${inject('demoTemplateTag')}`
  const name = `${prefix}_${Date.now()}_${process.pid}`
  const url = await copyOfTemplate(serverUrl, template, name, seedWithServer)
  return { name, url, drop: () => dropDatabaseNamed(serverUrl, name) }
}

/** Drops this run's templates (the e2e global teardown). */
export const dropDemoTemplates = (serverUrl: string, tag: string) =>
  dropDatabasesLike(serverUrl, [`${TEMPLATE_PREFIX}_%_${tag}`])
