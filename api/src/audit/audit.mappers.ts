import type { JsonValue } from '../http/common.schemas'
import type { AuditRow } from './audit.queries'
import type { AuditEntryShape } from './audit.schemas'

export function toAuditEntry(row: AuditRow): AuditEntryShape {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    // jsonb: JSON by construction.
    before: (row.before ?? null) as JsonValue,
    after: (row.after ?? null) as JsonValue,
  }
}
