// Import jobs, for large files and bulk loading: the file is read and authorised in the request
// (a refused file is answered at once, nothing written), then its records are checked and
// written after the 202 answer, the job's phase and records processed kept in import_job so that
// any instance can report them. The result is the same report as the synchronous import's.
import type { RefusalLang } from '@zgm/domain'
import type { AreaDeps } from '../areas/areas.service'
import { errorBody, HttpError, notFound } from '../http/errors'
import type { SessionUser } from '../http/env'
import {
  findImportJob,
  finishImportJob,
  insertImportJob,
  recordImportProgress,
  type ImportJobRow,
} from './import-jobs.queries'
import {
  ImportHasProblems,
  prepareImport,
  runImport,
  type ImportInput,
  type ImportProgress,
  type PreparedImport,
} from './imports.service'

/**
 * The jobs this process runs, with their progress. While the records are written the import's one
 * transaction holds its connection (the embedded database has one only, so a status read from
 * the database would wait for it): this process answers for its own jobs from here, and
 * import_job receives the count between batches and at the end.
 */
const running = new Map<number, { row: ImportJobRow; progress: ImportProgress }>()

export async function startImportJob(
  deps: AreaDeps,
  user: SessionUser,
  mineId: number,
  input: ImportInput,
  lang: RefusalLang,
): Promise<ImportJobRow> {
  const prepared = await prepareImport(deps.db, user, mineId, input)
  const total = prepared.source.records.length
  const id = await insertImportJob(deps.db, {
    mineId,
    userId: user.id,
    kind: input.kind,
    filename: input.filename,
    commit: input.commit,
    total,
  })
  const row = (await findImportJob(deps.db, id))!
  running.set(id, { row, progress: { phase: 'checking', processed: 0, total } })
  void runJob(deps, user, prepared, lang, id)
  return row
}

async function runJob(
  deps: AreaDeps,
  user: SessionUser,
  prepared: PreparedImport,
  lang: RefusalLang,
  id: number,
): Promise<void> {
  const total = prepared.source.records.length
  try {
    const report = await runImport(deps, user, prepared, lang, async (p, inTransaction) => {
      running.get(id)!.progress = p
      if (!inTransaction) await recordImportProgress(deps.db, id, p)
    })
    await finishImportJob(deps.db, id, { status: 'done', processed: total, report, error: null })
  } catch (e) {
    if (!(e instanceof HttpError)) console.error(`import job ${id} failed:`, e)
    const refusal = e instanceof HttpError ? e.refusal : ({ code: 'internal' } as const)
    const report = e instanceof ImportHasProblems ? e.report : null
    await finishImportJob(deps.db, id, {
      status: 'failed',
      processed: running.get(id)?.progress.processed ?? 0,
      report,
      error: errorBody(refusal, lang).error,
    }).catch((err) => console.error(`import job ${id}: could not record the failure:`, err))
  } finally {
    running.delete(id)
  }
}

/** A job its owner asks about (anyone else: 404); live from this process when it runs the job. */
export async function importJobOf(deps: AreaDeps, user: SessionUser, id: number): Promise<ImportJobRow> {
  const live = running.get(id)
  const row = live
    ? { ...live.row, ...live.progress, updated_at: new Date() }
    : await findImportJob(deps.db, id)
  if (!row || row.user_id !== user.id) throw notFound('import_job', id)
  return row
}
