// F4 on a PostgreSQL server: the API connects as a role that owns nothing (migrations run as the
// owner), so even a compromised API cannot switch off or drop audit_log's trigger or change an
// entry; and a rewrite by the owner is caught by `audit:verify --head` against a published head.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { appendAudit } from '../audit/audit.queries'
import { readConfig } from '../config'
import { openDatabase, type Database } from '../server'
import { rewriteAuditHistory } from '../testing/forge-audit'
import { noteSkip } from '../testing/skips'
import {
  startThrowawayCluster,
  throwawayClusterMissing,
  type ThrowawayCluster,
} from '../testing/throwaway-cluster'
import { createDb } from './database'

const missing = throwawayClusterMissing()
if (missing) noteSkip('the API as a non-owner database role', missing)

describe.skipIf(missing)('the API as a database role that owns nothing (throwaway cluster)', () => {
  let cluster: ThrowawayCluster, database: Database, appUrl: string
  beforeAll(async () => {
    cluster = await startThrowawayCluster()
    await cluster.query(`create role zgm_app login password 'app-secret'`)
    appUrl = cluster.url.replace('postgres@', 'zgm_app:app-secret@')
    const config = readConfig({ DATABASE_URL: appUrl, DATABASE_OWNER_URL: cluster.url, DEMO: 'false' })
    database = await openDatabase(config, () => {})
  })
  afterAll(async () => {
    await database?.close()
    cluster?.destroy()
  })

  it('serves the API and appends audit entries as that role', async () => {
    const { rows } = await sql<{ u: string }>`select current_user as u`.execute(database.db)
    expect(rows[0].u).toBe('zgm_app')
    const app = createApp({
      db: database.db,
      backend: 'server',
      databaseUrl: appUrl,
      demo: false,
      config: readConfig({ DEMO: 'false' }),
    })
    const res = await app.request('/api/public/regions?level=county')
    expect(res.status).toBe(200)
    expect(await res.json()).toHaveLength(89)
    for (const n of [1, 2, 3]) {
      await database.db.transaction().execute((tx) =>
        appendAudit(tx, {
          actorUserId: null,
          actorRole: 'system',
          action: `step-${n}`,
          objectType: 'x',
          objectId: n,
        }),
      )
    }
    expect(await (await app.request('/api/public/audit-head')).json()).toMatchObject({ entries: 3 })
  })

  it.each([
    ['disable the trigger', 'alter table audit_log disable trigger audit_log_no_update', /must be owner/],
    ['drop the trigger', 'drop trigger audit_log_no_update on audit_log', /must be owner/],
    ['drop the table', 'drop table audit_log', /must be owner/],
    ['update an entry', `update audit_log set action = 'forged'`, /permission denied/],
    ['delete entries', 'delete from audit_log', /permission denied/],
    ['truncate', 'truncate audit_log', /permission denied/],
    [
      'replace the guard function',
      'create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$ begin return new; end $$',
      /must be owner|permission denied/,
    ],
  ])('refuses the API role to %s', async (_, statement, error) => {
    await expect(sql.raw(statement).execute(database.db)).rejects.toThrow(error)
  })

  it('audit:verify passes a recomputed rewrite without a head, and catches it against the published head', async () => {
    const run = (...args: string[]) =>
      promisify(execFile)('npx', ['tsx', 'api/src/cli/audit-verify.ts', ...args], {
        cwd: new URL('../../..', import.meta.url).pathname,
        env: { ...process.env, DATABASE_URL: cluster.url, DATABASE_OWNER_URL: '' },
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      )
    const owner = createDb(cluster.url, { max: 1 })
    try {
      const head = await owner
        .selectFrom('audit_log')
        .select(['id', 'hash'])
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
      const published = `${head.id}:${head.hash}`
      expect(await run('--head', published)).toMatchObject({
        code: 0,
        out: expect.stringMatching(/intact: 3 entries, matches 1/),
      })
      await rewriteAuditHistory(owner, head.id - 1, { forged: true })
      expect(await run()).toMatchObject({ code: 0, out: expect.stringMatching(/intact: 3 entries/) })
      const caught = await run('--head', published)
      expect(caught.code).toBe(1)
      expect(caught.out).toMatch(
        new RegExp(`BROKEN at entry ${head.id}: hash differs from the published head`),
      )
    } finally {
      await owner.destroy()
    }
  }, 60_000)
})
