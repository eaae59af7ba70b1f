// §2 建设范围: is this mine in scope (应建) on this date, and why.
import { parseIsoDate, type IsoDate } from '../dates'
import { getScopePolicy } from './policies'
import type { ScopeMine, ScopeVerdict } from './scope-mine'

/** Verdict and reason under the named policy (default `ZJ-2018`). */
export function isMandatory(mine: ScopeMine, asOf: IsoDate, policyId?: string): ScopeVerdict {
  parseIsoDate(asOf)
  if (mine.licenceValidTo !== null) parseIsoDate(mine.licenceValidTo)
  if (mine.licenceValidFrom) parseIsoDate(mine.licenceValidFrom)
  return getScopePolicy(policyId).decide(mine, asOf)
}
