import { daysBetween, todayInZhejiang } from '@zgm/domain'
import { oneOf, type JsonValue } from '../http/common.schemas'
import type { BackdatedEntryRow } from './backdating.queries'
import { BACKDATE_STATUSES, type BackdatedEntryShape } from './backdating.schemas'

const isoDateTime = (value: Date | string) => new Date(value).toISOString()

export function toBackdatedEntry(row: BackdatedEntryRow): BackdatedEntryShape {
  return {
    id: row.id,
    mineId: row.mine_id,
    mineName: row.mine_name,
    countyCode: row.county_code,
    eventType: row.event_type,
    on: row.occurred_on,
    daysBack: daysBetween(row.occurred_on, todayInZhejiang(new Date(row.requested_at))),
    reason: row.reason,
    request: row.request as Record<string, JsonValue>,
    requestedBy: row.requested_by_username,
    requestedAt: isoDateTime(row.requested_at),
    status: oneOf(BACKDATE_STATUSES, row.status, 'backdated_entry.status'),
    decidedBy: row.decided_by_username,
    decidedAt: row.decided_at ? isoDateTime(row.decided_at) : null,
    decisionReason: row.decision_reason,
    eventId: row.event_id === null ? null : Number(row.event_id),
  }
}
