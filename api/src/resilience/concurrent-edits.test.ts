// Two edits of one object at the same moment: exactly one wins, the other gets 409, and nothing
// of the loser is written. Areas have their own (areas.routes.test.ts, and across two instances in
// two-instances.test.ts); this is the mine's workflow: the same step sent twice at once.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../audit/audit.queries'
import { backends, type TestDb } from '../testing/test-db'
import { openWorld, type Clients, type World } from '../testing/world'

describe.each(backends)('concurrent workflow steps on one mine on $name PostGIS', (backend) => {
  let t: TestDb, w: World, c: Clients
  beforeAll(async () => {
    ;({ t, w, c } = await openWorld(backend))
  })
  afterAll(() => t.drop())

  const counts = async () =>
    (
      await sql<{ events: number; assessments: number; audit: number }>`
        select (select count(*)::int from mine_event where mine_id = ${w.mineId}) as events,
          (select count(*)::int from self_assessment where mine_id = ${w.mineId}) as assessments,
          (select count(*)::int from audit_log) as audit`.execute(w.db)
    ).rows[0]

  it('of the same step sent 4 times at once at one version, exactly one is applied', async () => {
    const before = await counts()
    const send = () =>
      c.as('enterprise').post(`/api/mines/${w.mineId}/events/submit_self_assessment`, {
        on: '2020-01-06',
        recipients: ['county_land', 'county_environment'],
        expectedVersion: 1,
      })
    const answers = await Promise.all([send(), send(), send(), send()])
    const statuses = answers.map((r) => r.status).sort()
    expect(statuses).toEqual([200, 409, 409, 409])
    const codes = await Promise.all(
      answers
        .filter((r) => r.status === 409)
        .map(async (r) => ((await r.json()) as { error: { code: string } }).error.code),
    )
    // The losers are told the mine moved on: the workflow checks the step against the new state
    // before the version, so a step no longer legal reads R3.illegal_transition (also 409).
    for (const code of codes) expect(['version_conflict', 'R3.illegal_transition']).toContain(code)
    const after = await counts()
    expect(after).toEqual({
      events: before.events + 1,
      assessments: before.assessments + 1,
      audit: before.audit + 1,
    })
    const mine = await w.db
      .selectFrom('mine')
      .select(['version', 'green_state'])
      .where('id', '=', w.mineId)
      .executeTakeFirstOrThrow()
    expect(mine).toEqual({ version: 2, green_state: 'self_assessed' })
    expect(await verifyAuditChain(w.db)).toMatchObject({ ok: true })
  })
})
