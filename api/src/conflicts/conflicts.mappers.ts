import type { z } from '@hono/zod-openapi'
import type { ConflictRow } from './conflicts.queries'
import type { Conflict } from './conflicts.schemas'

export const toConflict = (r: ConflictRow): z.infer<typeof Conflict> => ({
  id: r.id,
  mineId: r.mine_id,
  agencyId: r.party_id,
  agencyName: r.name,
  kind: r.kind,
  on: r.on_date,
  note: r.note,
  recordedAt: new Date(r.recorded_at).toISOString(),
})
