// Imports of GIS files as a mine's restoration/reclamation areas (the planner's editor), its
// footprint or its licensed area (the registry): a dry run lists every record with its problems;
// the commit writes all records or none, and keeps the original file and its CRS (a document, and
// the audit entry). Records are checked in batches, each in its own rolled-back transaction, so
// that a long import can report its progress between them (import jobs).
import { createHash } from 'node:crypto'
import {
  refusalMessage,
  refusalParams,
  type MultiPolygonGeometry,
  type Refusal,
  type RefusalLang,
} from '@zgm/domain'
import { sql, type Transaction } from 'kysely'
import type { z } from '@hono/zod-openapi'
import { checkedGeometry } from '../areas/area-geometry'
import { createAreaIn, replaceFootprintsIn, type AreaDeps } from '../areas/areas.service'
import { findMineRef } from '../areas/areas.queries'
import { appendAudit } from '../audit/audit.queries'
import { areaEditAccess, mineAccess, type MineRef } from '../auth/policy'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import { insertDocument } from '../documents/documents.queries'
import { HttpError, notFound } from '../http/errors'
import type { SessionUser } from '../http/env'
import { findMineLicence, reproject, setLicenceGeometry, type MineLicence } from './imports.queries'
import { readImport } from './readers/read-import'
import type { SourceFile } from './readers/source-file'
import type { IMPORT_KINDS, ImportRecord, ImportReport } from './imports.schemas'

/** How far the computed area may differ from a declared one (per cent). */
export const AREA_TOLERANCE_PCT = 1
/** Records checked per transaction (progress is reported between batches). */
export const CHECK_BATCH = 100

export type ImportKind = (typeof IMPORT_KINDS)[number]
/** Who may import registry geometry (footprints, licensed areas) of a mine they may write. */
export const REGISTRY_ROLES = ['county', 'city', 'province'] as const

export interface ImportInput {
  filename: string
  bytes: Uint8Array
  kind: ImportKind
  commit: boolean
  declaredAreaM2: number | null
}

export interface ImportProgress {
  phase: 'checking' | 'writing'
  processed: number
  total: number
}
/** Called between batches while checking, and per record while writing (`inTransaction`: the import's one transaction is open). */
export type OnProgress = (p: ImportProgress, inTransaction: boolean) => Promise<void> | void

type Tx = Transaction<DB>
type Report = z.infer<typeof ImportReport>
type RecordReport = z.infer<typeof ImportRecord>

/** The commit was refused because of the records' problems; the checked records come with it. */
export class ImportHasProblems extends HttpError {
  constructor(readonly report: Report) {
    super({
      code: 'import_has_problems',
      records: report.records.length,
      withProblems: report.records.filter((r) => r.problems.length).length,
    })
  }
}

/** A file read and authorised: what is left is checking its records (and writing them). */
export interface PreparedImport {
  mineId: number
  input: ImportInput
  source: SourceFile
  licence: MineLicence | undefined
}

function authorize(user: SessionUser, mine: MineRef, kind: ImportKind) {
  if (mineAccess(user, mine) === 'none') throw notFound('mine', mine.id)
  if (kind === 'footprint' || kind === 'licence') {
    const registry = (REGISTRY_ROLES as readonly string[]).includes(user.role)
    if (registry && mineAccess(user, mine) === 'write') return
    throw new HttpError({
      code: 'forbidden',
      reason: 'role_required',
      roles: [...REGISTRY_ROLES],
      role: user.role,
    })
  }
  if (areaEditAccess(user, mine) !== 'write') {
    throw new HttpError({
      code: 'forbidden',
      reason: 'area_editor',
      mineId: mine.id,
      regionCode: mine.countyCode,
      role: user.role,
    })
  }
}

/** Everything answered before any record is checked: the mine, who may, and the file itself. */
export async function prepareImport(
  db: Db,
  user: SessionUser,
  mineId: number,
  input: ImportInput,
): Promise<PreparedImport> {
  const mine = await findMineRef(db, mineId)
  if (!mine) throw notFound('mine', mineId)
  authorize(user, mine, input.kind)
  const licence = input.kind === 'licence' ? await findMineLicence(db, mineId) : undefined
  // A licensed area is checked against the licence's own 矿区面积 unless another is given; a
  // declared area given with the upload belongs to a file of one record.
  const declared = input.declaredAreaM2 ?? (licence ? licence.declared_area_km2 * 1_000_000 : null)
  const source = await readImport(input.filename, input.bytes, declared)
  if (declared !== null && source.records.length === 1) source.records[0].declaredAreaM2 ??= declared
  return { mineId, input, source, licence }
}

/** prepareImport and runImport in one call (the synchronous endpoint). */
export async function importFile(
  deps: AreaDeps,
  user: SessionUser,
  mineId: number,
  input: ImportInput,
  lang: RefusalLang,
): Promise<Report> {
  return runImport(deps, user, await prepareImport(deps.db, user, mineId, input), lang)
}

/** Checks every record (dry run), or checks and then writes them all in one transaction (commit). */
export async function runImport(
  deps: AreaDeps,
  user: SessionUser,
  prepared: PreparedImport,
  lang: RefusalLang,
  onProgress: OnProgress = () => {},
): Promise<Report> {
  const { source, input } = prepared
  const base = { format: source.format, sourceCrs: `EPSG:${source.srid}`, kind: input.kind }
  const records = await checkAll(deps, prepared, lang, onProgress)
  const dryRun = { ...base, committed: false, records, areaIds: [], sourceDocumentId: null }
  if (!input.commit) return dryRun
  if (records.some((r) => r.problems.length)) throw new ImportHasProblems(dryRun)
  await onProgress({ phase: 'writing', processed: 0, total: records.length }, false)
  return deps.db.transaction().execute(async (tx) => {
    const areaIds = await writeRecords(tx, deps, user, prepared, records, onProgress)
    const sha256 = createHash('sha256').update(input.bytes).digest('hex')
    const sourceDocumentId = await insertDocument(tx, {
      mineId: prepared.mineId,
      kind: 'other',
      filename: input.filename,
      mediaType: 'application/octet-stream',
      sha256,
      content: Buffer.from(input.bytes),
      uploadedBy: user.id,
    })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'import.commit',
      objectType: 'mine',
      objectId: prepared.mineId,
      after: {
        ...base,
        filename: input.filename,
        sha256,
        sourceDocumentId,
        areaIds,
        ...(source.format === 'corners' ? { originalText: originalText(input) } : {}),
      },
    })
    return { ...base, committed: true, records, areaIds, sourceDocumentId }
  })
}

const originalText = (input: ImportInput) => new TextDecoder().decode(input.bytes)

const named = (r: RecordReport, input: ImportInput) =>
  (r.name ?? `${input.filename} #${r.index + 1}`).slice(0, 200)

/** The checked records written as the import's kind; the ids of the areas created (none for a licence). */
async function writeRecords(
  tx: Tx,
  deps: AreaDeps,
  user: SessionUser,
  { mineId, input, source, licence }: PreparedImport,
  records: RecordReport[],
  onProgress: OnProgress,
): Promise<number[]> {
  const total = records.length
  const kind = input.kind
  if (kind === 'licence') {
    const geometry = records[0].geometry as MultiPolygonGeometry
    const after = {
      sourceCrs: `EPSG:${source.srid}`,
      cornerPointsText: source.format === 'corners' ? originalText(input) : null,
    }
    await setLicenceGeometry(tx, licence!.id, { geometry, ...after })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'licence.import',
      objectType: 'licence',
      objectId: licence!.id,
      before: { sourceCrs: licence!.source_crs, geometry: licence!.geojson && JSON.parse(licence!.geojson) },
      after: { ...after, geometry, areaM2: records[0].areaM2 },
    })
    await onProgress({ phase: 'writing', processed: 1, total }, true)
    return []
  }
  if (kind === 'footprint') {
    const polygons = records.map((r) => ({
      name: named(r, input),
      geometry: r.geometry as MultiPolygonGeometry,
      areaM2: r.areaM2!,
    }))
    const ids = await replaceFootprintsIn(tx, user, mineId, polygons)
    await onProgress({ phase: 'writing', processed: total, total }, true)
    return ids
  }
  const ids: number[] = []
  for (const r of records) {
    const area = await createAreaIn(tx, deps, user, mineId, {
      kind,
      name: named(r, input),
      geometry: r.geometry!,
    })
    ids.push(area.id)
    await onProgress({ phase: 'writing', processed: ids.length, total }, true)
  }
  return ids
}

const problem = (r: Refusal, lang: RefusalLang) => ({
  code: r.code,
  message: refusalMessage(r, lang),
  params: refusalParams(r) as Record<string, never>,
})

class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back')
  }
}

/** `work` in a transaction that is always rolled back: checks that write nothing. */
async function rolledBack<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .execute(async (tx) => {
      throw new RolledBack(await work(tx))
    })
    .catch((e) => {
      if (e instanceof RolledBack) return e.value as T
      throw e
    })
}

/** Every record checked, a batch per transaction, progress reported between batches. */
async function checkAll(
  deps: AreaDeps,
  { mineId, input, source }: PreparedImport,
  lang: RefusalLang,
  onProgress: OnProgress,
): Promise<RecordReport[]> {
  const total = source.records.length
  const out: RecordReport[] = []
  for (let from = 0; from < total; from += CHECK_BATCH) {
    const batch = source.records.slice(from, from + CHECK_BATCH)
    out.push(...(await rolledBack(deps.db, (tx) => checkRecords(tx, deps, mineId, batch, source.srid, lang))))
    await onProgress({ phase: 'checking', processed: out.length, total }, false)
  }
  if (input.kind === 'licence' && total > 1) {
    // A licence has one licensed area: every record after the first is a problem.
    for (const r of out.slice(1))
      r.problems.push(problem({ code: 'licence_one_polygon', records: total }, lang))
  }
  return out
}

/** Each record reprojected by PostGIS and put through the areas' own geometry rules. */
async function checkRecords(
  tx: Tx,
  deps: AreaDeps,
  mineId: number,
  records: SourceFile['records'],
  srid: number,
  lang: RefusalLang,
): Promise<RecordReport[]> {
  const out: RecordReport[] = []
  for (const r of records) {
    const problems: Refusal[] = [...r.problems]
    let geometry: RecordReport['geometry'] = null
    let areaM2: number | null = null
    // A savepoint per record: a geometry PostGIS cannot read must not abort the others' checks.
    await sql`savepoint import_record`.execute(tx)
    const moved = await reproject(tx, r, srid)
    if (moved.error) {
      await sql`rollback to savepoint import_record`.execute(tx)
      problems.push({ code: 'unreadable_geometry', detail: moved.error })
    } else if (moved.geojson) {
      geometry = JSON.parse(moved.geojson) as NonNullable<RecordReport['geometry']>
      try {
        areaM2 = Math.round((await checkedGeometry(tx, deps, geometry, mineId)).areaM2 * 10) / 10
      } catch (e) {
        if (!(e instanceof HttpError)) throw e
        await sql`rollback to savepoint import_record`.execute(tx)
        problems.push(e.refusal)
      }
    }
    await sql`release savepoint import_record`.execute(tx)
    if (areaM2 !== null && r.declaredAreaM2 !== null) {
      const off = (Math.abs(areaM2 - r.declaredAreaM2) / r.declaredAreaM2) * 100
      if (off > AREA_TOLERANCE_PCT) {
        problems.push({
          code: 'area_mismatch',
          areaM2,
          declaredAreaM2: r.declaredAreaM2,
          tolerancePct: AREA_TOLERANCE_PCT,
        })
      }
    }
    out.push({
      index: r.index,
      name: r.name,
      areaM2,
      declaredAreaM2: r.declaredAreaM2,
      geometry,
      problems: problems.map((p) => problem(p, lang)),
    })
  }
  return out
}
