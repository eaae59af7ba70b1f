// Times county entry rates as of a date (what GET /api/stats?level=county does, minus HTTP) on a
// migrated database: the snapshot spans against the event replay. Usage:
//   npx tsx scripts/measure-stats.ts postgres://…/db [--runs 5] [--replay-runs 1]
import { loadavg } from 'node:os'
import { createDb } from '../api/src/db/database'
import { spanMineSnapshots } from '../api/src/stats/snapshot-spans.queries'
import { regionStats } from '../api/src/stats/stats.service'

const args = process.argv.slice(2)
const url = args[0]
if (!url?.startsWith('postgres'))
  throw new Error('usage: measure-stats.ts postgres://… [--runs n] [--replay-runs n]')
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name)
  return i < 0 ? fallback : Number(args[i + 1])
}
const runs = flag('--runs', 5)
const replayRuns = flag('--replay-runs', 0)
const DATES = ['2018-12-31', '2019-06-30', '2019-12-31', '2020-12-31', '2023-06-30', '2026-11-29']
const EVERYTHING_KNOWN = '2999-12-31T23:59:59Z'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
/** Median wall time and this process's CPU time (the rest is the database and the scheduler). */
async function time(n: number, warmUps: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < warmUps; i++) await fn() // JIT and caches
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    await fn()
    const c = process.cpuUsage(c0)
    wall.push(performance.now() - t0)
    cpu.push((c.user + c.system) / 1000)
  }
  return `${median(wall).toFixed(0)} (cpu ${median(cpu).toFixed(0)})`
}

const db = createDb(url, { max: 2 })
const load = () => loadavg()[0].toFixed(1)
console.log(
  'as of: county stats kept | mine snapshots from spans | county stats by replay — ms (node cpu ms), load',
)
for (const asOf of DATES) {
  const kept = await time(runs, 3, () => regionStats(db, { asOf, level: 'county' }))
  const spans = await time(runs, 1, () => spanMineSnapshots(db, asOf))
  const replay = replayRuns
    ? await time(replayRuns, 0, () => regionStats(db, { asOf, level: 'county', knownAt: EVERYTHING_KNOWN }))
    : '—'
  console.log(`${asOf}: ${kept} | ${spans} | ${replay}, load ${load()}`)
}
await db.destroy()
