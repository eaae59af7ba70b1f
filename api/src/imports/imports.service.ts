// Imports of GIS files as restoration/reclamation areas: a dry run lists every record with its
// problems; the commit writes all records (each through the areas' own create path) or none,
// and keeps the original file and its CRS (a document, and the audit entry).
import { createHash } from 'node:crypto'
import { refusalMessage, refusalParams, type Refusal, type RefusalLang } from '@zgm/domain'
import { sql, type Transaction } from 'kysely'
import type { z } from '@hono/zod-openapi'
import { checkedGeometry } from '../areas/area-geometry'
import { createAreaIn, type AreaDeps } from '../areas/areas.service'
import { findMineRef } from '../areas/areas.queries'
import { appendAudit } from '../audit/audit.queries'
import { areaEditAccess } from '../auth/policy'
import type { DB } from '../db/schema'
import { insertDocument } from '../documents/documents.queries'
import { HttpError, notFound } from '../http/errors'
import type { SessionUser } from '../http/env'
import type { AREA_KINDS } from '../areas/area.schemas'
import { reproject } from './imports.queries'
import { readImport } from './readers/read-import'
import type { SourceFile } from './readers/source-file'
import type { ImportRecord, ImportReport } from './imports.schemas'

/** How far the computed area may differ from a declared one (per cent). */
export const AREA_TOLERANCE_PCT = 1

export interface ImportInput {
  filename: string
  bytes: Uint8Array
  kind: (typeof AREA_KINDS)[number]
  commit: boolean
  declaredAreaM2: number | null
}

type Tx = Transaction<DB>
type Report = z.infer<typeof ImportReport>
type RecordReport = z.infer<typeof ImportRecord>

class DryRunDone extends Error {
  constructor(readonly records: RecordReport[]) {
    super('dry run rolled back')
  }
}

export async function importAreas(
  deps: AreaDeps,
  user: SessionUser,
  mineId: number,
  input: ImportInput,
  lang: RefusalLang,
): Promise<Report> {
  const mine = await findMineRef(deps.db, mineId)
  if (!mine) throw notFound('mine', mineId)
  if (areaEditAccess(user, mine) !== 'write') {
    throw new HttpError({
      code: 'forbidden',
      reason: 'area_editor',
      mineId,
      regionCode: mine.countyCode,
      role: user.role,
    })
  }
  const source = await readImport(input.filename, input.bytes, input.declaredAreaM2)
  const base = { format: source.format, sourceCrs: `EPSG:${source.srid}` }
  if (!input.commit) {
    // Every check runs in a transaction that is always rolled back: the dry run writes nothing.
    const records = await deps.db
      .transaction()
      .execute(async (tx) => {
        throw new DryRunDone(await checkRecords(tx, deps, mineId, source, lang))
      })
      .catch((e) => {
        if (e instanceof DryRunDone) return e.records
        throw e
      })
    return { ...base, committed: false, records, areaIds: [], sourceDocumentId: null }
  }
  return deps.db.transaction().execute(async (tx) => {
    const records = await checkRecords(tx, deps, mineId, source, lang)
    const withProblems = records.filter((r) => r.problems.length).length
    if (withProblems)
      throw new HttpError({ code: 'import_has_problems', records: records.length, withProblems })
    const areaIds: number[] = []
    for (const r of records) {
      const name = r.name ?? `${input.filename} #${r.index + 1}`
      const area = await createAreaIn(tx, deps, user, mineId, {
        kind: input.kind,
        name: name.slice(0, 200),
        geometry: r.geometry!,
      })
      areaIds.push(area.id)
    }
    const sha256 = createHash('sha256').update(input.bytes).digest('hex')
    const sourceDocumentId = await insertDocument(tx, {
      mineId,
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
      objectId: mineId,
      after: {
        ...base,
        filename: input.filename,
        sha256,
        sourceDocumentId,
        areaIds,
        ...(source.format === 'corners' ? { originalText: new TextDecoder().decode(input.bytes) } : {}),
      },
    })
    return { ...base, committed: true, records, areaIds, sourceDocumentId }
  })
}

const problem = (r: Refusal, lang: RefusalLang) => ({
  code: r.code,
  message: refusalMessage(r, lang),
  params: refusalParams(r) as Record<string, never>,
})

/** Each record reprojected by PostGIS and put through the areas' own geometry rules. */
async function checkRecords(
  tx: Tx,
  deps: AreaDeps,
  mineId: number,
  source: SourceFile,
  lang: RefusalLang,
): Promise<RecordReport[]> {
  const out: RecordReport[] = []
  for (const r of source.records) {
    const problems: Refusal[] = [...r.problems]
    let geometry: RecordReport['geometry'] = null
    let areaM2: number | null = null
    // A savepoint per record: a geometry PostGIS cannot read must not abort the others' checks.
    await sql`savepoint import_record`.execute(tx)
    const moved = await reproject(tx, r, source.srid)
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
