// Load: 32 connections on a mix of tiles, statistics, lists and writes against the real server
// (its own process, PostgreSQL server backend, demo data) → no 5xx, every acknowledged write in
// the database afterwards, memory before/after. 10 s here; `npx tsx scripts/load.ts` runs longer.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../db/database'
import { runLoad } from '../testing/load'
import { createScratchDatabase } from '../testing/scratch-database'
import { startServerProcess, type ServerProcess } from '../testing/server-process'
import { noteSkip } from '../testing/skips'

const serverUrl = process.env.TEST_DATABASE_URL
if (!serverUrl) noteSkip('the load test', 'it needs a PostgreSQL server (TEST_DATABASE_URL)')

describe.skipIf(!serverUrl)('32 connections for 10 s on tiles, statistics, lists and writes', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>, server: ServerProcess
  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!, 'zgm_load')
    server = await startServerProcess({ DATABASE_URL: scratch.url, DEMO: 'true' })
  })
  afterAll(async () => {
    await server?.kill()
    await scratch?.drop()
  })

  it('answers no 5xx and loses no acknowledged write', async () => {
    // Warm up (first tiles, statistics) so that "before" is the server at work, not at rest.
    await runLoad(server.url, { connections: 4, seconds: 1 })
    const before = server.rssMiB()
    const result = await runLoad(server.url, { connections: 32, seconds: 10 })
    const after = server.rssMiB()
    console.log(
      `load: ${result.requests} requests in ${result.seconds} s over ${result.connections} connections ` +
        `(${Math.round(result.requests / result.seconds)}/s); statuses ${JSON.stringify(result.byStatus)}; ` +
        `latency ms ${JSON.stringify(result.byKind)}; server RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB`,
    )
    const fives = Object.entries(result.byStatus).filter(([s]) => Number(s) >= 500 || Number(s) === 0)
    expect(fives, result.errors.join('; ')).toEqual([])
    expect(result.byKind.write.n).toBeGreaterThan(10)
    expect(result.writtenIds).toHaveLength(result.byStatus[201] ?? 0)
    const db = createDb(scratch.url, { max: 1 })
    try {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from mine_area where id = any(${result.writtenIds})`.execute(db)
      expect(rows[0].n).toBe(result.writtenIds.length)
    } finally {
      await db.destroy()
    }
    // Memory settles; a leak of the order of the data served would show here.
    expect(after).toBeLessThan(before + 300)
  }, 120_000)
})
