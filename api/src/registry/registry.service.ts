// The registry (issue 10 §1): mines and licences registered, renewed, transferred, suspended,
// reinstated, cancelled, and sand equipment installed or removed — each one transaction with its
// audit entry; earlier facts are never overwritten (terms and events are appended).
import {
  checkEquipmentChange,
  checkRenewal,
  checkTerm,
  isAfter,
  isBefore,
  regionLevelOf,
  type LicenceTerm,
} from '@zgm/domain'
import type { Transaction } from 'kysely'
import { z } from '@hono/zod-openapi'
import { appendAudit } from '../audit/audit.queries'
import type { Conn, Db } from '../db/database'
import type { DB, LicenceEventKind } from '../db/schema'
import { findDocumentMeta } from '../documents/documents.queries'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import { today } from '../workflow/workflow.service'
import { dropMineTiles } from '../workflow/workflow.writes'
import { requireRegistryRegion, requireRegistryWrite } from './registry-access'
import {
  contractNoTaken,
  countyContains,
  findEnterprise,
  findLicence,
  insertContract,
  insertEquipmentFact,
  insertLicence,
  insertLicenceEvent,
  insertRegisteredMine,
  insertTerm,
  lastEquipmentFact,
  lastLicenceFactOn,
  licenceIdOfMine,
  licenceNoTaken,
  termsOf,
  updateLicence,
  type LicenceHead,
} from './registry.queries'
import type {
  ContractBody,
  EquipmentBody,
  LicenceStatusBody,
  MineRegistration,
  RenewalBody,
  TransferBody,
} from './registry.schemas'

type Tx = Transaction<DB>

/** A business date: today by default, never in the future, never before `notBefore`. */
function businessDate(requested: string | undefined, notBefore: string | null): string {
  const now = today()
  const on = requested ?? now
  if (isAfter(on, now)) throw new HttpError({ code: 'future_date', on })
  if (notBefore && isBefore(on, notBefore)) throw new HttpError({ code: 'backdated', on, lastOn: notBefore })
  return on
}

interface Change {
  before?: Record<string, unknown> | null
  after: Record<string, unknown>
}

async function audit(
  tx: Tx,
  user: SessionUser,
  action: string,
  objectType: string,
  objectId: number,
  change: Change,
) {
  await appendAudit(tx, {
    actorUserId: user.id,
    actorRole: user.role,
    action: `registry.${action}`,
    objectType,
    objectId,
    before: change.before ?? null,
    after: change.after,
  })
}

async function requireEnterprise(conn: Conn, enterpriseId: number) {
  const enterprise = await findEnterprise(conn, enterpriseId)
  if (!enterprise) throw new HttpError({ code: 'enterprise_invalid', reason: 'unknown', enterpriseId })
  return enterprise
}

/** Registers a mine with its licence: the licence, its first term, the mine, and its first facts. */
export function registerMine(db: Db, user: SessionUser, body: z.infer<typeof MineRegistration>) {
  return db.transaction().execute(async (tx) => {
    if (regionLevelOf(body.countyCode) !== 'county') {
      throw new HttpError({
        code: 'invalid_input',
        field: 'countyCode',
        issue: 'invalid_value',
        expected: 'a county code',
      })
    }
    requireRegistryRegion(user, body.countyCode)
    const on = businessDate(body.on, null)
    const l = body.licence
    checkTerm(l.validFrom, l.validTo)
    if (l.elevationBottomM >= l.elevationTopM) {
      throw new HttpError({
        code: 'invalid_input',
        field: 'licence.elevationBottomM',
        issue: 'too_big',
        maximum: l.elevationTopM,
      })
    }
    const enterprise = await requireEnterprise(tx, body.enterpriseId)
    if (await licenceNoTaken(tx, l.licenceNo))
      throw new HttpError({ code: 'licence_no_taken', licenceNo: l.licenceNo })
    if (!(await countyContains(tx, body.countyCode, body.location))) {
      throw new HttpError({ code: 'location_outside_county', countyCode: body.countyCode, at: body.location })
    }
    const grantedOn = isBefore(l.validFrom, on) ? l.validFrom : on
    const licenceId = await insertLicence(tx, {
      licence_no: l.licenceNo,
      holder_id: enterprise.id,
      holder_name: enterprise.name,
      mine_name: body.name,
      minerals: l.minerals,
      mining_method: body.miningMethod,
      scale_10kt_per_year: l.scaleTenKtPerYear,
      declared_area_km2: l.declaredAreaKm2,
      elevation_top_m: l.elevationTopM,
      elevation_bottom_m: l.elevationBottomM,
      valid_from: l.validFrom,
      valid_to: l.validTo,
      issuer: l.issuer,
      status: 'registered',
      status_on: grantedOn,
      source_crs: l.sourceCrs,
    })
    await insertTerm(tx, {
      licence_id: licenceId,
      seq: 1,
      valid_from: l.validFrom,
      valid_to: l.validTo,
      registered_on: grantedOn,
      kind: 'granted',
      recorded_by: user.id,
    })
    await insertLicenceEvent(tx, { licenceId, kind: 'registered', on, actorUserId: user.id })
    const [lng, lat] = body.location
    const mineId = await insertRegisteredMine(tx, {
      licence_id: licenceId,
      enterprise_id: enterprise.id,
      name: body.name,
      county_code: body.countyCode,
      mineral: body.mineral,
      sector: body.sector,
      mining_method: body.miningMethod,
      ops_status: body.status,
      lng,
      lat,
    })
    await tx
      .insertInto('mine_event')
      .values({
        mine_id: mineId,
        type: 'registered',
        occurred_on: on,
        green_from: 'building',
        green_to: 'building',
        ops_from: body.status,
        ops_to: body.status,
        actor_user_id: user.id,
        actor_role: user.role,
        payload: JSON.stringify({ licenceNo: l.licenceNo }),
      })
      .execute()
    if (body.hasSandEquipment) {
      await insertEquipmentFact(tx, {
        mine_id: mineId,
        change: 'installed',
        occurred_on: on,
        actor_user_id: user.id,
      })
    }
    await audit(tx, user, 'register', 'mine', mineId, { after: { ...body, on, mineId, licenceId } })
    await dropMineTiles(tx, { lng, lat })
    return { mineId, licenceId }
  })
}

/** One licence step: the licence and its mine locked, the user's right to write checked, the date checked. */
function licenceStep<T>(
  db: Db,
  user: SessionUser,
  licenceId: number,
  requestedOn: string | undefined,
  step: (tx: Tx, licence: LicenceHead, on: string) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    const licence = await findLicence(tx, licenceId, true)
    if (!licence) throw notFound('licence', licenceId)
    requireRegistryWrite(user, { ...licence, id: licence.mineId })
    const on = businessDate(requestedOn, await lastLicenceFactOn(tx, licenceId))
    return step(tx, licence, on)
  })
}

function requireStatus(licence: LicenceHead, action: string, allowed: readonly LicenceHead['status'][]) {
  if (!allowed.includes(licence.status)) {
    throw new HttpError({ code: 'licence_state', licenceId: licence.id, status: licence.status, action })
  }
}

const toTerms = (rows: Awaited<ReturnType<typeof termsOf>>): LicenceTerm[] =>
  rows.map((t) => ({ validFrom: t.valid_from, validTo: t.valid_to, registeredOn: t.registered_on }))

/** A renewal (延续): the next term, starting the day after the last one ends. */
export function renewLicence(
  db: Db,
  user: SessionUser,
  licenceId: number,
  body: z.infer<typeof RenewalBody>,
) {
  return licenceStep(db, user, licenceId, body.on, async (tx, licence, on) => {
    requireStatus(licence, 'renew', ['registered', 'transferred', 'suspended'])
    const terms = await termsOf(tx, licenceId)
    checkRenewal(toTerms(terms), body)
    const seq = terms.length + 1
    await insertTerm(tx, {
      licence_id: licenceId,
      seq,
      valid_from: body.validFrom,
      valid_to: body.validTo,
      registered_on: on,
      kind: 'renewed',
      recorded_by: user.id,
    })
    await updateLicence(tx, licenceId, { valid_from: body.validFrom, valid_to: body.validTo })
    await insertLicenceEvent(tx, { licenceId, kind: 'renewed', on, actorUserId: user.id, reason: body.note })
    const last = terms.at(-1)
    await audit(tx, user, 'renew', 'licence', licenceId, {
      before: last ? { seq: last.seq, validFrom: last.valid_from, validTo: last.valid_to } : null,
      after: { seq, validFrom: body.validFrom, validTo: body.validTo, on },
    })
    return { licenceId }
  })
}

/** A transfer (转让): a new holder, dated; the mine follows its licence's holder. */
export function transferLicence(
  db: Db,
  user: SessionUser,
  licenceId: number,
  body: z.infer<typeof TransferBody>,
) {
  return licenceStep(db, user, licenceId, body.on, async (tx, licence, on) => {
    requireStatus(licence, 'transfer', ['registered', 'transferred'])
    const enterprise = await requireEnterprise(tx, body.toEnterpriseId)
    if (enterprise.id === licence.holderId) {
      throw new HttpError({ code: 'enterprise_invalid', reason: 'same_holder', enterpriseId: enterprise.id })
    }
    await updateLicence(tx, licenceId, {
      holder_id: enterprise.id,
      holder_name: enterprise.name,
      status: 'transferred',
      status_on: on,
    })
    await tx
      .updateTable('mine')
      .set({ enterprise_id: enterprise.id })
      .where('id', '=', licence.mineId)
      .execute()
    await insertLicenceEvent(tx, {
      licenceId,
      kind: 'transferred',
      on,
      actorUserId: user.id,
      reason: body.reason,
      fromHolderId: licence.holderId,
      toHolderId: enterprise.id,
    })
    if (body.contract) await addContract(tx, user, licence, body.contract)
    await audit(tx, user, 'transfer', 'licence', licenceId, {
      before: { holderId: licence.holderId, holderName: licence.holderName, status: licence.status },
      after: { holderId: enterprise.id, holderName: enterprise.name, status: 'transferred', on },
    })
    await dropMineTiles(tx, licence)
    return { licenceId }
  })
}

const STATUS_STEPS = {
  suspend: { from: ['registered', 'transferred'], to: 'suspended', event: 'suspended' },
  reinstate: { from: ['suspended'], to: 'registered', event: 'reinstated' },
  cancel: { from: ['registered', 'transferred', 'suspended'], to: 'cancelled', event: 'cancelled' },
} as const satisfies Record<
  string,
  { from: readonly LicenceHead['status'][]; to: LicenceHead['status']; event: LicenceEventKind }
>

export type LicenceStatusAction = keyof typeof STATUS_STEPS

/** Suspension (暂停), reinstatement and cancellation (注销) of a licence, dated and with a reason. */
export function changeLicenceStatus(
  db: Db,
  user: SessionUser,
  licenceId: number,
  action: LicenceStatusAction,
  body: z.infer<typeof LicenceStatusBody>,
) {
  const step = STATUS_STEPS[action]
  return licenceStep(db, user, licenceId, body.on, async (tx, licence, on) => {
    requireStatus(licence, action, step.from)
    await updateLicence(tx, licenceId, { status: step.to, status_on: on })
    await insertLicenceEvent(tx, {
      licenceId,
      kind: step.event,
      on,
      actorUserId: user.id,
      reason: body.reason,
    })
    await audit(tx, user, action, 'licence', licenceId, {
      before: { status: licence.status, statusOn: licence.statusOn },
      after: { status: step.to, on, reason: body.reason },
    })
    await dropMineTiles(tx, licence)
    return { licenceId }
  })
}

async function addContract(
  tx: Tx,
  user: SessionUser,
  licence: LicenceHead,
  body: z.infer<typeof ContractBody>,
) {
  if (isAfter(body.signedOn, today())) throw new HttpError({ code: 'future_date', on: body.signedOn })
  if (body.documentId !== undefined) {
    const doc = await findDocumentMeta(tx, body.documentId)
    if (!doc || doc.mine_id !== licence.mineId) throw notFound('document', body.documentId)
  }
  if (await contractNoTaken(tx, licence.id, body.contractNo)) {
    throw new HttpError({
      code: 'invalid_input',
      field: 'contractNo',
      issue: 'invalid_value',
      expected: 'a contract number not yet recorded for this licence',
    })
  }
  return insertContract(tx, {
    licence_id: licence.id,
    contract_no: body.contractNo,
    signed_on: body.signedOn,
    announcement_ref: body.announcementRef,
    duties: body.duties,
    document_id: body.documentId ?? null,
    recorded_by: user.id,
  })
}

/** R5: a transfer contract and the green duties written into it. */
export function recordContract(
  db: Db,
  user: SessionUser,
  licenceId: number,
  body: z.infer<typeof ContractBody>,
) {
  return db.transaction().execute(async (tx) => {
    const licence = await findLicence(tx, licenceId, true)
    if (!licence) throw notFound('licence', licenceId)
    requireRegistryWrite(user, { ...licence, id: licence.mineId })
    const id = await addContract(tx, user, licence, body)
    await audit(tx, user, 'contract', 'licence', licenceId, { after: { contractId: id, ...body } })
    return { licenceId }
  })
}

/** Sand equipment (机制砂石加工设备) installed or removed, as a dated fact that alternates. */
export function recordEquipment(
  db: Db,
  user: SessionUser,
  mineId: number,
  body: z.infer<typeof EquipmentBody>,
) {
  return db.transaction().execute(async (tx) => {
    const licenceId = await licenceIdOfMine(tx, mineId)
    const licence = licenceId === undefined ? undefined : await findLicence(tx, licenceId, true)
    if (!licence) throw notFound('mine', mineId)
    requireRegistryWrite(user, { ...licence, id: mineId })
    const last = await lastEquipmentFact(tx, mineId)
    const on = businessDate(body.on, last?.occurred_on ?? null)
    const installed = last?.change === 'installed'
    checkEquipmentChange(installed, body.change)
    await insertEquipmentFact(tx, {
      mine_id: mineId,
      change: body.change,
      occurred_on: on,
      note: body.note ?? '',
      actor_user_id: user.id,
    })
    await audit(tx, user, `equipment_${body.change}`, 'mine', mineId, {
      before: { sandEquipment: installed },
      after: { sandEquipment: body.change === 'installed', on, note: body.note ?? '' },
    })
    await dropMineTiles(tx, licence)
    return { mineId, change: body.change, on, installed: body.change === 'installed' }
  })
}
