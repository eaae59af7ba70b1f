import type { z } from '@hono/zod-openapi'
import type { ImportJobRow } from './import-jobs.queries'
import type { ImportJob } from './imports.schemas'

const iso = (t: Date | string) => new Date(t).toISOString()

export function toImportJob(row: ImportJobRow): z.infer<typeof ImportJob> {
  return {
    id: row.id,
    mineId: row.mine_id,
    kind: row.kind as z.infer<typeof ImportJob>['kind'],
    filename: row.filename,
    commit: row.commit,
    status: row.status,
    phase: row.phase,
    processed: row.processed,
    total: row.total,
    ...(row.report ? { report: row.report as z.infer<typeof ImportJob>['report'] } : {}),
    error: (row.error ?? null) as z.infer<typeof ImportJob>['error'],
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  }
}
