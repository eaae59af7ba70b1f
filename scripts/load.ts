// `npx tsx scripts/load.ts [seconds] [connections]` (default 30 s, 32): boots the real server on a
// scratch database of TEST_DATABASE_URL's server with demo data and runs the load test's mix
// (tiles, statistics, lists, writes), printing statuses, latencies, lost writes and server memory.
import { sql } from 'kysely'
import { createDb } from '../api/src/db/database'
import { runLoad } from '../api/src/testing/load'
import { createScratchDatabase } from '../api/src/testing/scratch-database'
import { startServerProcess } from '../api/src/testing/server-process'

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const seconds = Number(process.argv[2] ?? 30)
const connections = Number(process.argv[3] ?? 32)
const scratch = await createScratchDatabase(serverUrl, 'zgm_load')
const server = await startServerProcess({ DATABASE_URL: scratch.url, DEMO: 'true' })
try {
  const idle = server.rssMiB()
  await runLoad(server.url, { connections: 4, seconds: 2 })
  const before = server.rssMiB()
  const r = await runLoad(server.url, { connections, seconds })
  const after = server.rssMiB()
  const db = createDb(scratch.url, { max: 1 })
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from mine_area where id = any(${r.writtenIds})`.execute(db)
  await db.destroy()
  console.log(
    `${r.requests} requests in ${seconds} s over ${connections} connections (${(r.requests / seconds).toFixed(0)}/s)`,
  )
  console.log(`statuses: ${JSON.stringify(r.byStatus)}`)
  for (const [kind, s] of Object.entries(r.byKind))
    console.log(`  ${kind.padEnd(6)} n=${s.n} p50=${s.p50} ms p95=${s.p95} ms max=${s.max} ms`)
  console.log(
    `writes acknowledged ${r.writtenIds.length}, found afterwards ${rows[0].n} (lost ${r.writtenIds.length - rows[0].n})`,
  )
  console.log(
    `server RSS: idle ${idle.toFixed(0)} MiB, warmed ${before.toFixed(0)} MiB, after load ${after.toFixed(0)} MiB`,
  )
  if (r.errors.length) console.log(`errors: ${r.errors.join('; ')}`)
} finally {
  await server.kill()
  await scratch.drop()
}
