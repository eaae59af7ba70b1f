// §4.1 将绿色矿山建设要求纳入采矿权出让公告和出让合同…对未履行…的新建矿山企业，追究相关违约责任: R5 flags per mine.
import { isOnOrBefore, type IsoDate } from '../dates'
import { newMineClocks } from '../clocks/new-mine'
import { isContractBreached, missingDuties, type GreenDutyId } from './green-duties'

/** A transfer contract as recorded: the duties written into it and its date. */
export interface DutyContract {
  contractNo: string
  signedOn: IsoDate
  duties: readonly string[]
}

export interface DutyMine {
  /** Under construction (新建) or in formal production since the programme began: R5 applies. */
  isNewMine: boolean
  productionStartedOn: IsoDate | null
  selfAssessmentReceivedOn: IsoDate | null
  contracts: readonly DutyContract[]
}

/**
 * What R5 flags on a date:
 * - `no_contract`: a new mine without a recorded transfer contract (the duties cannot be enforced);
 * - `duties_missing`: its contract leaves out some of the five duties (the bureau's announcement and
 *   contract fall short of §4.1);
 * - `construction_overdue`: the enterprise's breach — a contract with the duties, formal production
 *   more than six months ago and no self-assessment received by the due date.
 */
export type DutyFlag =
  | { kind: 'no_contract' }
  | { kind: 'duties_missing'; contractNo: string; missing: GreenDutyId[] }
  | { kind: 'construction_overdue'; contractNo: string; dueOn: IsoDate }

/** The contract in force on `asOf`: the latest signed by then. */
export function contractOn(contracts: readonly DutyContract[], asOf: IsoDate): DutyContract | null {
  const signed = contracts.filter((c) => isOnOrBefore(c.signedOn, asOf))
  return signed.sort((a, b) => a.signedOn.localeCompare(b.signedOn)).at(-1) ?? null
}

export function greenDutyFlags(mine: DutyMine, asOf: IsoDate): DutyFlag[] {
  if (!mine.isNewMine) return []
  const contract = contractOn(mine.contracts, asOf)
  if (!contract) return [{ kind: 'no_contract' }]
  const flags: DutyFlag[] = []
  const missing = missingDuties(contract.duties)
  if (missing.length > 0) flags.push({ kind: 'duties_missing', contractNo: contract.contractNo, missing })
  const started = mine.productionStartedOn
  if (started) {
    const facts = { productionStartedOn: started, selfAssessmentReceivedOn: mine.selfAssessmentReceivedOn }
    if (isContractBreached({ ...facts, contractDuties: contract.duties }, asOf)) {
      const dueOn = newMineClocks(facts, asOf).constructionDueOn
      flags.push({ kind: 'construction_overdue', contractNo: contract.contractNo, dueOn })
    }
  }
  return flags
}
