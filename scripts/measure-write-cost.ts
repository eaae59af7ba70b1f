// What the snapshot-span triggers add to a workflow write: the statements of one green event (the
// event row, the mine's new state and version) in a transaction, with the triggers and with them
// deferred (`zgm.defer_spans`, i.e. as before T1151), alternating, each rolled back so the data
// stays as it was. Usage: npx tsx scripts/measure-write-cost.ts postgres://…/db [--writes 200]
import { loadavg } from 'node:os'
import { sql } from 'kysely'
import { createDb } from '../api/src/db/database'

const args = process.argv.slice(2)
const url = args[0]
if (!url?.startsWith('postgres')) throw new Error('usage: measure-write-cost.ts postgres://… [--writes n]')
const i = args.indexOf('--writes')
const writes = i < 0 ? 200 : Number(args[i + 1])

const db = createDb(url, { max: 1 })
const mines = (
  await sql<{ id: number; state: string }>`
  select id, green_state as state from mine order by id`.execute(db)
).rows
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = { with: [] as number[], without: [] as number[] }

class Rollback extends Error {}
async function oneWrite(withTriggers: boolean, n: number) {
  const mine = mines[(n * 7919) % mines.length]
  const on = `2020-0${1 + (n % 9)}-15` // backdated into the history, so spans and counties change
  const t0 = performance.now()
  await db
    .transaction()
    .execute(async (tx) => {
      if (!withTriggers) await sql`set local zgm.defer_spans = on`.execute(tx)
      await sql`insert into mine_event (mine_id, type, occurred_on, green_from, green_to, actor_role)
        values (${mine.id}, 'bench_probe', ${on}, ${mine.state}, 'rectifying', 'province')`.execute(tx)
      await sql`update mine set green_state = 'rectifying', version = version + 1, updated_at = now()
        where id = ${mine.id}`.execute(tx)
      ms[withTriggers ? 'with' : 'without'].push(performance.now() - t0)
      throw new Rollback()
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err
    })
}

for (let n = 0; n < 20; n++) await oneWrite(n % 2 === 0, n) // warm-up
ms.with.length = 0
ms.without.length = 0
for (let n = 0; n < writes * 2; n++) await oneWrite(n % 2 === 0, n)
console.log(
  `one green event's statements, median of ${writes} each (load ${loadavg()[0].toFixed(1)}): ` +
    `without the span triggers ${median(ms.without).toFixed(1)} ms, with them ${median(ms.with).toFixed(1)} ms`,
)
await db.destroy()
