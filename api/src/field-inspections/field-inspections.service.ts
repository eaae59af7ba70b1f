// Field inspections (issue 16 §4–5): recorded on a phone, often offline, kept in its outbox under an
// id of its own and sent when the connection returns. One write is one transaction: lock the mine
// (and see it) → replay or refuse a known id → business date → version check → sketch checks →
// insert → out-of-boundary alert → audit → notifications. A resend never makes a second record.
import { createHash } from 'node:crypto'
import {
  AREA_LIMITS,
  backdateVerdict,
  checkGeometry,
  isAfter,
  PROVINCE_CODE,
  type MultiPolygonGeometry,
} from '@zgm/domain'
import type { Transaction } from 'kysely'
import { appendAudit, canonicalJson } from '../audit/audit.queries'
import { measureGeometry, placeGeometry } from '../areas/areas.queries'
import { validityRefusal } from '../areas/validity-reason'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import { insertNotifications } from '../inbox/inbox.queries'
import { today, visibleMine } from '../workflow/workflow.service'
import type { MineHead } from '../workflow/workflow.queries'
import { toInspection, toMineChange } from './field-inspections.mappers'
import {
  findInspectionByClientId,
  insertAlert,
  insertInspection,
  measureSketch,
  mineChangesSince,
  type InspectionRow,
} from './field-inspections.queries'
import type { FieldInspectionInputShape, FieldInspectionShape } from './field-inspections.schemas'

/**
 * Outside area (m²) above which a sketch raises an out-of-boundary alert. A phone's GPS and a
 * finger on a map are good to a few metres: a 5 m wide sliver along a 10 m stretch of boundary is
 * 50 m², so anything smaller is drawing noise, not mining outside the licence.
 */
export const FIELD_ALERT_TOLERANCE_M2 = 50

/** Limits of a sketched disturbed area: a quarry face, not a county (10 km² is far beyond any licence here). */
export const FIELD_SKETCH_LIMITS = Object.freeze({
  ...AREA_LIMITS,
  minAreaM2: 1,
  maxAreaM2: 10_000_000,
  /** How far from the mine's footprint (else licence, else location) a sketch may lie. */
  maxDistanceM: 1000,
})

export interface FieldDeps {
  db: Db
  /** config.backdateDays: the most days back an inspection may be dated. */
  backdateDays: number
}

export interface PutResult {
  status: 200 | 201
  body: FieldInspectionShape
}

/** The hash that decides whether a resend is the same inspection (sorted keys, parsed input). */
export const bodyHashOf = (input: FieldInspectionInputShape) =>
  createHash('sha256').update(canonicalJson(input)).digest('hex')

export async function putInspection(
  deps: FieldDeps,
  user: SessionUser,
  clientId: string,
  input: FieldInspectionInputShape,
): Promise<PutResult> {
  // Pure checks before any database work: a hostile shape is refused without a transaction.
  const geometry = input.sketch ? checkedShape(input.sketch) : null
  const bodyHash = bodyHashOf(input)
  return deps.db.transaction().execute(async (tx) => {
    // The mine's row lock also serialises concurrent resends of one inspection.
    const mine = await visibleMine(tx, user, input.mineId, 'write')
    const known = await findInspectionByClientId(tx, clientId)
    if (known) return replay(known, user, bodyHash)
    checkDate(input.on, deps.backdateDays)
    if (mine.version !== input.baseVersion) await refuseStale(tx, mine, input.baseVersion)
    const sketch = geometry ? await measured(tx, mine.id, geometry) : null
    const id = await insertInspection(tx, {
      clientId,
      mineId: mine.id,
      inspectorId: user.id,
      regionCode: mine.countyCode,
      on: input.on,
      recordedAt: input.recordedAt,
      checklist: input.checklist,
      findings: input.findings,
      sketch: geometry,
      sketchAreaM2: sketch ? round1(sketch.sketchM2) : null,
      outsideAreaM2: sketch ? round1(sketch.outsideM2) : null,
      baseVersion: input.baseVersion,
      bodyHash,
    })
    if (id === undefined) {
      // A concurrent request with this id (on another mine's lock) committed first.
      return replay((await findInspectionByClientId(tx, clientId))!, user, bodyHash)
    }
    const alertId =
      sketch && sketch.outsideM2 > FIELD_ALERT_TOLERANCE_M2 && sketch.outsideJson
        ? await raiseAlert(tx, mine, id, input.on, round1(sketch.outsideM2), sketch.outsideJson)
        : null
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'field_inspection.record',
      objectType: 'field_inspection',
      objectId: id,
      after: {
        clientId,
        mineId: mine.id,
        on: input.on,
        baseVersion: input.baseVersion,
        checklist: input.checklist,
        findings: input.findings,
        sketchAreaM2: sketch ? round1(sketch.sketchM2) : null,
        outsideAreaM2: sketch ? round1(sketch.outsideM2) : null,
        toleranceM2: FIELD_ALERT_TOLERANCE_M2,
        alertId,
      },
    })
    return { status: 201, body: toInspection((await findInspectionByClientId(tx, clientId))!, false) }
  })
}

function checkedShape(input: unknown): MultiPolygonGeometry {
  const checked = checkGeometry(input, FIELD_SKETCH_LIMITS)
  if (!checked.ok) throw new HttpError(checked.problem)
  return checked.geometry
}

/** Same id, same body, same inspector: the stored record again (200). Anything else: 409. */
function replay(row: InspectionRow, user: SessionUser, bodyHash: string): PutResult {
  if (row.body_hash !== bodyHash || row.inspector_id !== user.id) {
    throw new HttpError({
      code: 'field.client_id_reused',
      clientId: row.client_id,
      kind: 'inspection',
      id: row.id,
    })
  }
  return { status: 200, body: toInspection(row, true) }
}

/** Not in the future; not further back than BACKDATE_DAYS (the same limit as other backdated entries). */
function checkDate(on: string, maxDays: number) {
  const now = today()
  if (isAfter(on, now)) throw new HttpError({ code: 'future_date', on })
  const verdict = backdateVerdict(on, now, maxDays)
  if (verdict.needsApproval) {
    throw new HttpError({ code: 'field.too_old', on, today: now, daysBack: verdict.daysBack, maxDays })
  }
}

/** The mine moved on since the inspector read it: 409 with what changed, who and when. Never overwritten. */
async function refuseStale(tx: Transaction<DB>, mine: MineHead, sent: number): Promise<never> {
  const changes = (await mineChangesSince(tx, mine.id, sent)).map(toMineChange)
  throw new HttpError({
    code: 'version_conflict',
    resource: 'mine',
    id: mine.id,
    sent,
    currentVersion: mine.version,
    greenState: mine.greenState,
    opsStatus: mine.opsStatus,
    changes,
  })
}

/** PostGIS: valid, in the size range, in the province and near the mine; then its part outside the licence. */
async function measured(tx: Transaction<DB>, mineId: number, geometry: MultiPolygonGeometry) {
  const measure = await measureGeometry(tx, geometry)
  if (!measure.valid) throw new HttpError(validityRefusal(measure.reason))
  const { minAreaM2, maxAreaM2, maxDistanceM, provinceToleranceM } = FIELD_SKETCH_LIMITS
  if (!(measure.areaM2 >= minAreaM2 && measure.areaM2 <= maxAreaM2)) {
    throw new HttpError({
      code: 'area_out_of_range',
      areaM2: round1(measure.areaM2),
      minM2: minAreaM2,
      maxM2: maxAreaM2,
    })
  }
  const place = await placeGeometry(tx, geometry, mineId, maxDistanceM, provinceToleranceM)
  if (place.insideProvince === false) throw new HttpError({ code: 'outside_province' })
  if (!place.withinReach) {
    throw new HttpError({
      code: 'too_far_from_footprint',
      distanceM: Math.round(place.distanceM),
      maxDistanceM,
      reference: place.reference,
    })
  }
  return measureSketch(tx, mineId, geometry)
}

/** 越界开采: the alert row and the county's and the province's inbox, in the inspection's transaction. */
async function raiseAlert(
  tx: Transaction<DB>,
  mine: MineHead,
  inspectionId: number,
  on: string,
  areaM2: number,
  outsideJson: string,
): Promise<number> {
  const alertId = await insertAlert(tx, {
    mineId: mine.id,
    inspectionId,
    regionCode: mine.countyCode,
    areaM2,
    outsideJson,
  })
  const params = { on, areaM2, alertId, inspectionId }
  await insertNotifications(tx, [
    { to: { role: 'county', region: mine.countyCode }, kind: 'boundary_alert', mineId: mine.id, params },
    { to: { role: 'province', region: PROVINCE_CODE }, kind: 'boundary_alert', mineId: mine.id, params },
  ])
  return alertId
}

const round1 = (n: number) => Math.round(n * 10) / 10
