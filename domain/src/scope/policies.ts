// §2 建设范围: scope (应建) as named, versioned policies.
import { addYears, daysBetween, isAfter, isOnOrAfter, isOnOrBefore, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import type { ScopeMine, ScopeReasonCode, ScopeVerdict } from './scope-mine'

export interface ScopePolicy {
  id: string
  title: string
  titleZh: string
  source: string
  decide(mine: ScopeMine, asOf: IsoDate): ScopeVerdict
}

const REASONS: Record<ScopeReasonCode, { en: string; zh: string }> = {
  new_mine: { en: 'New mine: must build a green mine', zh: '新建矿山，应建绿色矿山' },
  producing: { en: 'Producing mine: must build a green mine', zh: '生产矿山，应建绿色矿山' },
  suspended_licence_valid: {
    en: 'Suspended mine whose mining right is still valid: counted as a producing mine',
    zh: '停产矿山，采矿权仍在有效期内，按生产矿山计入应建',
  },
  suspended_licence_expired: {
    en: 'Suspended mine whose mining right has expired: not in scope',
    zh: '停产矿山，采矿权已过期，不计入应建',
  },
  closed: { en: 'Closed mine: not in scope', zh: '已关闭矿山，不计入应建' },
  before_licence: {
    en: 'Before its mining licence starts: not yet in scope',
    zh: '采矿许可证有效期尚未开始，不计入应建',
  },
  exempt_open_pit_short_term: {
    en: 'Open-pit mine with at most 1 year of mining-right term left and no machine-made sand equipment: exempt (§2)',
    zh: '采矿权剩余出让年限在1年以内且没有机制砂石加工设备的露天开采矿山，不列入建设范围（§2）',
  },
  open_pit_with_sand_equipment: {
    en: 'Open-pit mine with at most 1 year left but with machine-made sand equipment: must build (§2)',
    zh: '露天开采矿山剩余年限在1年以内但有机制砂石加工设备，应建绿色矿山（§2）',
  },
  term_unknown: {
    en: 'Mining-right term unknown: counted as in scope until the term is recorded',
    zh: '采矿权期限未登记，暂计入应建',
  },
  term_below_threshold: {
    en: 'Less than 3 years of mining-right term left: not in scope under ALT-3Y',
    zh: '采矿权剩余年限不足3年，按 ALT-3Y 口径不计入应建',
  },
}

function verdict(
  policyId: string,
  mandatory: boolean,
  reason: ScopeReasonCode,
  remainingTermDays: number | null,
): ScopeVerdict {
  const text = REASONS[reason]
  return { mandatory, policyId, reason, message: text.en, messageZh: text.zh, remainingTermDays }
}

function remainingDays(mine: ScopeMine, asOf: IsoDate): number | null {
  return mine.licenceValidTo === null ? null : daysBetween(asOf, mine.licenceValidTo)
}

/** Status part shared by both policies: closed, not yet licensed, and suspended with an expired right are out. */
function statusReason(mine: ScopeMine, asOf: IsoDate): ScopeReasonCode | null {
  if (mine.status === 'closed') return 'closed'
  if (mine.licenceValidFrom && isAfter(mine.licenceValidFrom, asOf)) return 'before_licence'
  if (
    mine.status === 'suspended' &&
    mine.licenceValidTo !== null &&
    !isOnOrAfter(mine.licenceValidTo, asOf)
  ) {
    return 'suspended_licence_expired'
  }
  return null
}

function inScopeReason(mine: ScopeMine): ScopeReasonCode {
  return mine.status === 'construction'
    ? 'new_mine'
    : mine.status === 'producing'
      ? 'producing'
      : 'suspended_licence_valid'
}

/** ZJ-2018 (浙土资发〔2018〕10号 §2): all new and producing mines, except short-term open-pit mines without sand equipment. */
const ZJ_2018_ID = 'ZJ-2018'
export const ZJ_2018: ScopePolicy = {
  id: ZJ_2018_ID,
  title: 'Zhejiang 2018 three-year action, §2',
  titleZh: '浙土资发〔2018〕10号 二、建设范围',
  source: 'seed §2',
  decide(mine, asOf) {
    const days = remainingDays(mine, asOf)
    const out = statusReason(mine, asOf)
    if (out) return verdict(ZJ_2018_ID, false, out, days)
    if (mine.miningMethod === 'open_pit' && mine.licenceValidTo !== null) {
      // "剩余出让年限在1年以内": the term ends on or before the same date one year on.
      const shortTerm = isOnOrBefore(mine.licenceValidTo, addYears(asOf, 1))
      if (shortTerm && !mine.hasSandEquipment)
        return verdict(ZJ_2018_ID, false, 'exempt_open_pit_short_term', days)
      if (shortTerm) return verdict(ZJ_2018_ID, true, 'open_pit_with_sand_equipment', days)
    }
    if (mine.licenceValidTo === null && mine.miningMethod === 'open_pit' && !mine.hasSandEquipment) {
      return verdict(ZJ_2018_ID, true, 'term_unknown', days)
    }
    return verdict(ZJ_2018_ID, true, inScopeReason(mine), days)
  },
}

/** ALT-3Y: other provincial documents count only mines with ≥ 3 years of term left, whatever the method. */
const ALT_3Y_ID = 'ALT-3Y'
export const ALT_3Y: ScopePolicy = {
  id: ALT_3Y_ID,
  title: 'Alternative: remaining mining-right term of at least 3 years',
  titleZh: '备选口径：采矿权剩余年限3年以上',
  source: 'PRODUCT.md R1 (other provincial documents)',
  decide(mine, asOf) {
    const days = remainingDays(mine, asOf)
    const out = statusReason(mine, asOf)
    if (out) return verdict(ALT_3Y_ID, false, out, days)
    if (mine.licenceValidTo === null) return verdict(ALT_3Y_ID, true, 'term_unknown', days)
    if (isOnOrAfter(mine.licenceValidTo, addYears(asOf, 3)))
      return verdict(ALT_3Y_ID, true, inScopeReason(mine), days)
    return verdict(ALT_3Y_ID, false, 'term_below_threshold', days)
  },
}

export const SCOPE_POLICIES: Readonly<Record<string, ScopePolicy>> = {
  [ZJ_2018.id]: ZJ_2018,
  [ALT_3Y.id]: ALT_3Y,
}

export const DEFAULT_SCOPE_POLICY_ID = ZJ_2018.id

export function getScopePolicy(policyId: string = DEFAULT_SCOPE_POLICY_ID): ScopePolicy {
  const policy = SCOPE_POLICIES[policyId]
  if (!policy) {
    throw new RuleError({ code: 'R1.unknown_policy', policyId, known: Object.keys(SCOPE_POLICIES) })
  }
  return policy
}
