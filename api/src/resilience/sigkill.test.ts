// SIGKILL in the middle of writes: the server process is killed while 16 clients create and
// submit restoration areas (each step one transaction: area row, version row, audit entry, tile
// invalidation). Afterwards every touched area is wholly before or after each step (its version
// rows and audit entries match its version), every acknowledged step is there, the audit chain
// verifies, and a new server on the same database serves on.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../audit/audit.queries'
import { createDb, type Db } from '../db/database'
import { createScratchDatabase } from '../testing/scratch-database'
import { squareAround } from '../testing/shapes'
import { httpSignIn, startServerProcess, type ServerProcess } from '../testing/server-process'
import { noteSkip } from '../testing/skips'

const serverUrl = process.env.TEST_DATABASE_URL
if (!serverUrl) noteSkip('SIGKILL during writes', 'it needs a PostgreSQL server (TEST_DATABASE_URL)')

/** Clients writing until the server dies; what it acknowledged. */
async function writeUntilKilled(server: ServerProcess, round: number, killAfterMs: number) {
  const planner = {
    ...(await httpSignIn(server.url, 'planner.changxing', 'demo1234')),
    'content-type': 'application/json',
  }
  const mines = (await (
    await fetch(`${server.url}/api/mines?county=330522&pageSize=16`, { headers: planner })
  ).json()) as {
    items: { id: number; lng: number; lat: number }[]
  }
  const acked = { created: [] as number[], submitted: [] as number[] }
  let alive = true
  const clients = mines.items.map(async (m, i) => {
    for (let n = 0; alive; n++) {
      try {
        const res = await fetch(`${server.url}/api/mines/${m.id}/areas`, {
          method: 'POST',
          headers: planner,
          body: JSON.stringify({
            kind: 'restoration',
            name: `断电测试 ${round}-${i}-${n}`,
            geometry: squareAround([m.lng, m.lat], 0.0003),
          }),
        })
        if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`)
        const { id } = (await res.json()) as { id: number }
        acked.created.push(id)
        const sub = await fetch(`${server.url}/api/areas/${id}/submit`, {
          method: 'POST',
          headers: planner,
          body: '{"version":1}',
        })
        if (sub.status !== 200) throw new Error(`submit: ${sub.status} ${await sub.text()}`)
        acked.submitted.push(id)
      } catch (e) {
        if (alive) throw e
      }
    }
  })
  await new Promise((r) => setTimeout(r, killAfterMs))
  alive = false
  const exited = new Promise((r) => server.child.once('exit', r))
  server.child.kill('SIGKILL')
  await exited
  await Promise.all(clients)
  return acked
}

describe.skipIf(!serverUrl)('SIGKILL while areas are being created and submitted', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>, server: ServerProcess, db: Db
  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!, 'zgm_kill')
    db = createDb(scratch.url, { max: 2 })
  })
  afterAll(async () => {
    await server?.kill()
    await db?.destroy()
    await scratch?.drop()
  })

  it('leaves every record wholly before or after, and nothing acknowledged lost (2 rounds)', async () => {
    const all = { created: [] as number[], submitted: [] as number[] }
    for (const [round, ms] of [
      [1, 1500],
      [2, 2300],
    ] as const) {
      server = await startServerProcess({ DATABASE_URL: scratch.url, DEMO: 'true' })
      const acked = await writeUntilKilled(server, round, ms)
      expect(server.child.signalCode).toBe('SIGKILL')
      all.created.push(...acked.created)
      all.submitted.push(...acked.submitted)
    }
    const { rows } = await sql<{
      id: number
      version: number
      approval: string
      versions: number
      audits: number
      last: string | null
    }>`
      select a.id, a.version, a.approval,
        (select count(*)::int from mine_area_version v where v.area_id = a.id) as versions,
        (select count(*)::int from audit_log l where l.object_type = 'mine_area' and l.object_id = a.id::text) as audits,
        (select v.change from mine_area_version v where v.area_id = a.id order by version desc limit 1) as last
      from mine_area a where a.name like '断电测试%'`.execute(db)
    console.log(
      `SIGKILL ×2: ${all.created.length} creates and ${all.submitted.length} submits acknowledged; ` +
        `${rows.length} areas in the database, ${rows.filter((r) => r.approval === 'submitted').length} submitted`,
    )
    expect(all.created.length).toBeGreaterThan(10)
    // Wholly before or after: the area's version, its version rows and its audit entries agree.
    for (const r of rows) {
      expect({ id: r.id, versions: r.versions, audits: r.audits }).toEqual({
        id: r.id,
        versions: r.version,
        audits: r.version,
      })
      expect(r.approval).toBe(r.version === 1 ? 'draft' : 'submitted')
    }
    // Nothing acknowledged is lost; at most the steps cut at commit time exist unacknowledged.
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const id of all.created) expect(byId.has(id)).toBe(true)
    for (const id of all.submitted) expect(byId.get(id)?.approval).toBe('submitted')
    expect(rows.length - all.created.length).toBeLessThanOrEqual(32)
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true })

    // A new server on the same database serves on.
    server = await startServerProcess({ DATABASE_URL: scratch.url, DEMO: 'true' })
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
  }, 180_000)
})
