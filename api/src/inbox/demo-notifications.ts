// The demo's inbox: the notifications the last month of seeded steps would have written, so that
// every demo account finds new work in its inbox on the day the demo lives in. A seeded event's
// payload is the event's fields (no `type`), so the event is the payload with its type.
import { addDays, type GreenEvent, type GreenState } from '@zgm/domain'
import { sql } from 'kysely'
import type { Conn } from '../db/database'
import { insertNotifications } from './inbox.queries'
import { notificationsFor } from './notify'

/** How far back the demo's inbox reaches. */
export const DEMO_INBOX_DAYS = 45

export async function seedDemoNotifications(tx: Conn, today: string): Promise<number> {
  const { rows } = await sql<{
    mineId: number
    name: string
    countyCode: string
    enterpriseId: number
    event: GreenEvent | null
    state: GreenState
    on: string
  }>`
    select e.mine_id as "mineId", m.name, m.county_code as "countyCode", m.enterprise_id as "enterpriseId",
      e.payload || jsonb_build_object('type', e.type) as event, e.green_to as state, cast(e.occurred_on as text) as "on"
    from mine_event e join mine m on m.id = e.mine_id
    where e.green_to is not null and e.occurred_on > ${addDays(today, -DEMO_INBOX_DAYS)}::date
      and e.occurred_on <= ${today}::date
    order by e.occurred_on, e.id`.execute(tx)
  const notes = rows.flatMap((r) =>
    r.event && typeof r.event === 'object' && 'type' in r.event
      ? notificationsFor({
          mine: { id: r.mineId, name: r.name, countyCode: r.countyCode, enterpriseId: r.enterpriseId },
          event: r.event,
          state: r.state,
          on: r.on,
        }).map((n) => ({ ...n, createdAt: `${r.on}T10:00:00+08:00` }))
      : [],
  )
  await insertNotifications(tx, notes)
  return notes.length
}
