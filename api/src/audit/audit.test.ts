import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noteSkip } from '../testing/skips'
import { backends, freshDb, type TestDb } from '../testing/test-db'
import { rewriteAuditHistory } from '../testing/forge-audit'
import { testApp } from '../testing/world'
import { appendAudit, auditTrail, verifyAuditChain } from './audit.queries'

describe.each(backends)('R8 audit trail on $name PostGIS', (backend) => {
  let t: TestDb
  beforeAll(async () => {
    t = await freshDb(backend)
    for (const [i, action] of ['create', 'update', 'approve'].entries()) {
      await t.db.transaction().execute((tx) =>
        appendAudit(tx, {
          actorUserId: null,
          actorRole: 'system',
          action,
          objectType: 'mine_area',
          objectId: 7,
          before: i ? { version: i, name: '复绿区' } : undefined,
          after: { version: i + 1, name: '复绿区', nested: { b: 1, a: [1, 2] } },
        }),
      )
    }
  })
  afterAll(() => t.drop())

  it('R8: chains every entry to the one before and verifies intact', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 3 })
    const trail = await auditTrail(t.db, 'mine_area', 7)
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'approve'])
  })

  it('R8: concurrent appenders still form one chain', async () => {
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        t.db.transaction().execute((tx) =>
          appendAudit(tx, {
            actorUserId: null,
            actorRole: 'system',
            action: `parallel-${n}`,
            objectType: 'x',
            objectId: n,
          }),
        ),
      ),
    )
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 7 })
  })

  it('R8: the database refuses UPDATE and DELETE on the audit log', async () => {
    await expect(sql`update audit_log set action = 'forged'`.execute(t.db)).rejects.toThrow(/append-only/)
    await expect(sql`delete from audit_log where action = 'create'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    )
  })

  it('R8: a row altered behind the trigger is detected and named', async () => {
    const victim = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow()
    // An owner can switch the trigger off; the hash chain still gives the forgery away.
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.db)
    await sql`update audit_log set after = '{"version": 99}' where id = ${victim.id}`.execute(t.db)
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.db)
    const verdict = await verifyAuditChain(t.db)
    expect(verdict).toMatchObject({ ok: false, brokenId: victim.id })
  })

  it('F4: a rewrite with every hash recomputed passes the chain check, but not a published head', async () => {
    const app = testApp(t)
    const res = await app.request('/api/public/audit-head')
    expect(res.status).toBe(200)
    const published = (await res.json()) as { id: number; hash: string; entries: number }
    expect(published).toMatchObject({ entries: 7, hash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const victim = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'approve')
      .executeTakeFirstOrThrow()
    await rewriteAuditHistory(t.db, victim.id, { version: 3, name: '改写的复绿区' })
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 7 })
    expect(await verifyAuditChain(t.db, [published])).toMatchObject({
      ok: false,
      brokenId: published.id,
      reason: expect.stringMatching(/published head/),
    })
    const now = (await (await app.request('/api/public/audit-head')).json()) as { hash: string }
    expect(now.hash).not.toBe(published.hash)
    // A head that was removed altogether is named too.
    expect(await verifyAuditChain(t.db, [{ id: 10_000, hash: published.hash }])).toMatchObject({
      ok: false,
      brokenId: 10_000,
    })
  })

  it('F4: publishes the head at a year’s close (entries written before 1 January)', async () => {
    const app = testApp(t)
    const past = (await (await app.request('/api/public/audit-head?year=2019')).json()) as Record<
      string,
      unknown
    >
    expect(past).toEqual({ entries: 0, id: null, hash: '0'.repeat(64), at: null, year: 2019 })
    const thisYear = new Date().getUTCFullYear()
    const res = await app.request(`/api/public/audit-head?year=${thisYear}`)
    expect(await res.json()).toMatchObject({ entries: 7, year: thisYear })
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect((await app.request('/api/public/audit-head?year=1999')).status).toBe(400)
  })
})

describe('R8 audit:verify command', () => {
  const server = backends.find((b) => b.name === 'server')
  if (!server) noteSkip('the audit:verify command test', 'it needs a PostgreSQL server (TEST_DATABASE_URL)')
  it.runIf(server)(
    'R8: npm run audit:verify names the broken entry and exits non-zero',
    async () => {
      // The CLI works on the public schema of the database it is given: forge a row there.
      const url = server!.url
      const run = () =>
        promisify(execFile)('npx', ['tsx', 'api/src/cli/audit-verify.ts'], {
          cwd: new URL('../../..', import.meta.url).pathname,
          env: { ...process.env, DATABASE_URL: url },
        })
      const ok = await run()
      expect(ok.stdout).toMatch(/audit chain intact/)
      const pub = (await import('../db/database')).createDb(url)
      await pub.transaction().execute((tx) =>
        appendAudit(tx, {
          actorUserId: null,
          actorRole: 'system',
          action: 'genuine',
          objectType: 'x',
          objectId: 1,
        }),
      )
      const row = await pub
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'genuine')
        .executeTakeFirstOrThrow()
      await sql`alter table audit_log disable trigger audit_log_no_update`.execute(pub)
      await sql`update audit_log set action = 'forged' where id = ${row.id}`.execute(pub)
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(pub)
      await pub.destroy()
      const failed = await run().then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      )
      expect(failed?.code).toBe(1)
      expect(failed?.stderr).toMatch(new RegExp(`BROKEN at entry ${row.id}`))
    },
    120_000,
  )
})
