import { missingDuties, type DutyFlag } from '@zgm/domain'
import type { z } from '@hono/zod-openapi'
import type { ContractRow, LicenceHead, licenceEventsOf, termsOf } from './registry.queries'
import type { GreenDutyStatus, LicenceContract, LicenceHistory } from './registry.schemas'

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>

export function toContract(row: ContractRow): z.infer<typeof LicenceContract> {
  return {
    id: row.id,
    contractNo: row.contract_no,
    signedOn: row.signed_on,
    announcementRef: row.announcement_ref,
    duties: row.duties,
    missingDuties: missingDuties(row.duties),
    documentId: row.document_id,
  }
}

export function toLicenceHistory(
  licence: LicenceHead,
  terms: Rows<typeof termsOf>,
  events: Rows<typeof licenceEventsOf>,
  contracts: ContractRow[],
): z.infer<typeof LicenceHistory> {
  return {
    id: licence.id,
    licenceNo: licence.licenceNo,
    mineId: licence.mineId,
    holderId: licence.holderId,
    holderName: licence.holderName,
    status: licence.status,
    statusOn: licence.statusOn,
    terms: terms.map((t) => ({
      seq: t.seq,
      validFrom: t.valid_from,
      validTo: t.valid_to,
      registeredOn: t.registered_on,
      kind: t.kind,
    })),
    events: events.map((e) => ({
      kind: e.kind,
      on: e.occurred_on,
      fromHolderId: e.from_holder_id,
      toHolderId: e.to_holder_id,
      reason: e.reason,
    })),
    contracts: contracts.map(toContract),
  }
}

export function toDutyStatus(
  mine: { id: number; name: string; countyCode: string },
  asOf: string,
  newMine: boolean,
  contract: ContractRow | null,
  flags: DutyFlag[],
): z.infer<typeof GreenDutyStatus> {
  return {
    mineId: mine.id,
    mineName: mine.name,
    countyCode: mine.countyCode,
    asOf,
    newMine,
    contract: contract ? toContract(contract) : null,
    flags,
  }
}
