// Writes each mine's intents as mine_event rows, in date order, by applying them through the domain
// state machines (applyGreenEvent / applyOpsEvent): the generator cannot write a step the rules
// refuse, and green_from/green_to and ops_from/ops_to are what the machine says. Steps planned on or
// after `today` have not happened yet and are left out.
import { applyGreenEvent, applyOpsEvent, type GreenRecord, type OpsRecord } from '@zgm/domain'
import { stamp, type Builder, type Intent } from './builder'
import { DEMO_INDICATOR_SET } from './scores'
import type { MineEventRow } from './types'

export function writeEvents(b: Builder): void {
  const written: { row: MineEventRow; seq: number; intent: Intent }[] = []
  for (const m of b.mines) {
    const intents = b
      .intentsOf(m.row.id)
      .map((intent, i) => ({ intent, i }))
      .filter(({ intent }) => intent.on < b.today)
      .sort((x, y) => x.intent.on.localeCompare(y.intent.on) || x.i - y.i)
    let green: GreenRecord = { state: 'building' }
    let ops: OpsRecord = { status: m.isNew ? 'construction' : 'producing' }
    intents.forEach(({ intent }, seq) => {
      const row: MineEventRow = {
        id: 0,
        mine_id: m.row.id,
        type: intent.note ?? intent.green?.type ?? intent.ops!.type,
        occurred_on: intent.on,
        green_from: null,
        green_to: null,
        ops_from: null,
        ops_to: null,
        actor_user_id: intent.actorUserId,
        actor_role: intent.role,
        payload: {},
        recorded_at: stamp(intent.on, 9 + (seq % 8), (seq * 7) % 60),
        is_demo: true,
      }
      try {
        if (intent.note === 'baseline' || intent.note === 'registered') {
          row.green_from = row.green_to = green.state
          row.ops_from = row.ops_to = ops.status
        } else if (intent.green) {
          const next = applyGreenEvent(green, intent.green, {
            role: intent.role,
            on: intent.on,
            mineId: String(m.row.id),
            enterpriseId: String(m.enterprise.id),
            indicatorSet: DEMO_INDICATOR_SET,
            ...intent.ctx,
          })
          row.green_from = green.state
          row.green_to = next.state
          green = next.record
        } else if (intent.ops) {
          const next = applyOpsEvent(ops, intent.ops, { role: intent.role, on: intent.on })
          row.ops_from = ops.status
          row.ops_to = next.status
          ops = next.record
        }
      } catch (error) {
        throw new Error(
          `demo history of mine ${m.row.id} (${m.row.name}) refused ${row.type} on ${intent.on}: ${(error as Error).message}`,
        )
      }
      const { type: _type, ...fields } = (intent.green ?? intent.ops ?? {}) as Record<string, unknown>
      row.payload = { ...fields, ...intent.payload }
      written.push({ row, seq, intent })
    })
    m.row.green_state = green.state
    m.row.ops_status = ops.status
    m.row.production_start = ops.productionStartedOn ?? null
    m.row.updated_at = written.at(-1)?.row.recorded_at ?? m.row.updated_at
  }
  // Ids in date order, so that "the last event on or before D" can break same-day ties by id.
  written.sort(
    (x, y) =>
      x.row.occurred_on.localeCompare(y.row.occurred_on) || x.row.mine_id - y.row.mine_id || x.seq - y.seq,
  )
  for (const w of written) {
    w.row.id = b.nextId('mine_event')
    b.tables.mine_event.push(w.row)
    w.intent.onEvent?.(w.row)
  }
}
