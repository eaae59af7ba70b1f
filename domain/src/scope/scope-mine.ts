import type { IsoDate } from '../dates'
import type { MineStatus, MiningMethod } from '../mines'

/** What a scope policy needs to know about a mine, as of the date being asked about. */
export interface ScopeMine {
  status: MineStatus
  miningMethod: MiningMethod
  /** First day of the licence's first term; before it the mine is not in scope (nothing counts yet). */
  licenceValidFrom?: IsoDate | null
  /** Last day of the mining-right term (采矿权出让年限); null when unknown. */
  licenceValidTo: IsoDate | null
  /** Has machine-made sand-and-gravel processing equipment (机制砂石加工设备). */
  hasSandEquipment: boolean
}

export type ScopeReasonCode =
  | 'new_mine'
  | 'producing'
  | 'suspended_licence_valid'
  | 'suspended_licence_expired'
  | 'closed'
  | 'before_licence'
  | 'exempt_open_pit_short_term'
  | 'open_pit_with_sand_equipment'
  | 'term_unknown'
  | 'term_below_threshold'

/** The verdict on one mine, with the reason a user can read. */
export interface ScopeVerdict {
  mandatory: boolean
  policyId: string
  reason: ScopeReasonCode
  message: string
  messageZh: string
  /** Days from the as-of date to the end of the mining-right term; null when the term is unknown. */
  remainingTermDays: number | null
}
