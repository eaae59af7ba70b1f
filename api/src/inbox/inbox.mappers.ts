import type { z } from '@hono/zod-openapi'
import type { Notification } from './inbox.schemas'
import type { NotificationKind } from './notify'
import type { NotificationRow } from './inbox.queries'

type Params = Record<string, string | number | null>

export function toNotification(row: NotificationRow): z.infer<typeof Notification> {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    mineId: row.mine_id,
    mineName: row.mine_name,
    countyCode: row.county_code,
    params: (row.params ?? {}) as Params,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  }
}
