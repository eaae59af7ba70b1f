// R5 (§4.1): the green duties of each licence's transfer contract, and the flags they raise on a date.
import { contractOn, greenDutyFlags, PROVINCE_CODE, regionContains, regionPrefix } from '@zgm/domain'
import { HttpError } from '../http/errors'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { mineSnapshots, type MineSnapshot } from '../stats/stats.queries'
import { toDutyStatus } from './registry.mappers'
import { contractsOf, type ContractRow } from './registry.queries'

/** The programme's start: a mine in formal production since then, or still being built, is a new mine (新建矿山). */
export const PROGRAMME_START = '2018-01-01'

const isNewMine = (m: MineSnapshot) =>
  m.opsStatus === 'construction' || (m.productionStart !== null && m.productionStart >= PROGRAMME_START)

function statusOf(mine: MineSnapshot, licenceId: number, contracts: readonly ContractRow[], asOf: string) {
  const own = contracts
    .filter((c) => c.licence_id === licenceId)
    .map((c) => ({ row: c, contractNo: c.contract_no, signedOn: c.signed_on, duties: c.duties }))
  const flags = greenDutyFlags(
    {
      isNewMine: isNewMine(mine),
      productionStartedOn: mine.productionStart,
      selfAssessmentReceivedOn: mine.selfAssessmentReceivedOn,
      contracts: own,
    },
    asOf,
  )
  const current = contractOn(own, asOf)
  return toDutyStatus(
    mine,
    asOf,
    isNewMine(mine),
    current ? own.find((c) => c === current)!.row : null,
    flags,
  )
}

/** One mine's R5 status on `asOf` (the mine's access is checked by the caller). */
export async function mineDutyStatus(db: Db, mineId: number, licenceId: number, asOf: string) {
  const [snapshot] = await mineSnapshots(db, asOf, { mineIds: [mineId] })
  return statusOf(snapshot!, licenceId, await contractsOf(db, [licenceId]), asOf)
}

/** Every flagged mine in the user's region (the province's whole list for province and leaders). */
export async function dutyBreaches(db: Db, user: SessionUser, asOf: string, region?: string) {
  const own = user.role === 'county' || user.role === 'city' ? user.regionCode! : PROVINCE_CODE
  const regionCode = region ?? own
  if (!regionContains(own, regionCode)) {
    throw new HttpError({
      code: 'forbidden',
      reason: 'outside_region',
      regionCode,
      userRegionCode: user.regionCode,
    })
  }
  const snapshots = await mineSnapshots(db, asOf, { regionCode })
  const licences = await db
    .selectFrom('mine')
    .select(['id', 'licence_id'])
    .where('county_code', 'like', `${regionPrefix(regionCode)}%`)
    .execute()
  const licenceOf = new Map(licences.map((l) => [l.id, l.licence_id]))
  const contracts = await contractsOf(db, [...licenceOf.values()])
  const items = snapshots
    .filter((m) => m.licenceValidFrom <= asOf)
    .map((m) => statusOf(m, licenceOf.get(m.id)!, contracts, asOf))
    .filter((s) => s.flags.length > 0)
  return { asOf, items }
}
