import type { Conn } from '../db/database'
import type { ImportProgress } from './imports.service'

export interface NewImportJob {
  mineId: number
  userId: number
  kind: string
  filename: string
  commit: boolean
  total: number
}

export async function insertImportJob(conn: Conn, j: NewImportJob): Promise<number> {
  const row = await conn
    .insertInto('import_job')
    .values({
      mine_id: j.mineId,
      user_id: j.userId,
      kind: j.kind,
      filename: j.filename,
      commit: j.commit,
      total: j.total,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function recordImportProgress(conn: Conn, id: number, p: ImportProgress): Promise<void> {
  await conn
    .updateTable('import_job')
    .set({ phase: p.phase, processed: p.processed, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute()
}

export async function finishImportJob(
  conn: Conn,
  id: number,
  end: { status: 'done' | 'failed'; processed: number; report: unknown; error: unknown },
): Promise<void> {
  await conn
    .updateTable('import_job')
    .set({
      status: end.status,
      phase: 'finished',
      processed: end.processed,
      report: end.report === null ? null : JSON.stringify(end.report),
      error: end.error === null ? null : JSON.stringify(end.error),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute()
}

export function findImportJob(conn: Conn, id: number) {
  return conn.selectFrom('import_job').selectAll().where('id', '=', id).executeTakeFirst()
}
export type ImportJobRow = NonNullable<Awaited<ReturnType<typeof findImportJob>>>
