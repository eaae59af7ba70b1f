// R8 for the seeded history: every generated event and area version gets the audit entry the same
// write path would have written (action, actor, before and after), dated when it was recorded and
// hash-chained in that order, so that `npm run audit:verify` checks the seeded history like any other.
import { entryHash, GENESIS_HASH } from '../audit/audit.queries'
import type { DemoTables, MineAreaVersionRow, MineEventRow } from './demo/types'

export interface AuditRow {
  id: number
  at: string
  actor_user_id: number | null
  actor_role: string
  action: string
  object_type: string
  object_id: string
  before: unknown
  after: unknown
  prev_hash: string
  hash: string
}

type Draft = Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>

/** What the workflow writes for a step: the state before, the state after with the date and the event. */
function eventEntry(e: MineEventRow): Draft {
  const { green_from, green_to, ops_from, ops_to } = e
  const state = (green: string | null, ops: string | null) => ({
    ...(green ? { greenState: green } : {}),
    ...(ops ? { opsStatus: ops } : {}),
  })
  return {
    at: e.recorded_at,
    actor_user_id: e.actor_user_id,
    actor_role: e.actor_role,
    action: `event.${e.type}`,
    object_type: 'mine',
    object_id: String(e.mine_id),
    before: green_from || ops_from ? state(green_from, ops_from) : null,
    after: {
      ...state(green_to, ops_to),
      on: e.occurred_on,
      event: { type: e.type, ...e.payload },
      eventId: e.id,
      demo: true,
    },
  }
}

/** What an area edit writes: the version before and after (attributes, not the geometry, as the API does). */
function areaEntry(v: MineAreaVersionRow, previous: MineAreaVersionRow | undefined, mineId: number): Draft {
  const view = (x: MineAreaVersionRow) => ({ mineId, version: x.version, ...x.attrs })
  return {
    at: v.changed_at,
    actor_user_id: v.changed_by,
    actor_role: v.changed_by ? 'planner' : 'system',
    action: `area.${v.change}`,
    object_type: 'mine_area',
    object_id: String(v.area_id),
    before: previous ? view(previous) : null,
    after: { ...view(v), demo: true },
  }
}

/** The audit entries of the seeded history, oldest first, chained from the genesis hash. */
export function demoAuditRows(
  tables: Pick<DemoTables, 'mine_event' | 'mine_area' | 'mine_area_version'>,
): AuditRow[] {
  const mineOfArea = new Map(tables.mine_area.map((a) => [a.id, a.mine_id]))
  const previous = new Map<number, MineAreaVersionRow>()
  const drafts: Draft[] = tables.mine_event.map(eventEntry)
  for (const v of tables.mine_area_version) {
    drafts.push(areaEntry(v, previous.get(v.area_id), mineOfArea.get(v.area_id)!))
    previous.set(v.area_id, v)
  }
  const when = (d: Draft) => Date.parse(d.at)
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((x, y) => when(x.d) - when(y.d) || x.i - y.i)
    .map(({ d }) => ({ ...d, at: new Date(d.at).toISOString() }))
  let prevHash = GENESIS_HASH
  return ordered.map((d, index) => {
    const hash = entryHash(prevHash, {
      at: d.at,
      actorUserId: d.actor_user_id,
      actorRole: d.actor_role,
      action: d.action,
      objectType: d.object_type,
      objectId: d.object_id,
      before: d.before,
      after: d.after,
    })
    const row = { id: index + 1, ...d, prev_hash: prevHash, hash }
    prevHash = hash
    return row
  })
}
