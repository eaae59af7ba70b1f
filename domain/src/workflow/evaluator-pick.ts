// §4.2 采用公开、公平、公正方式…确定…评估单位: a recorded, reproducible pick from the eligible agencies.
import { isWithin, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import { hasConflict, type Dealing } from '../evaluation/conflicts'
import { createRng, PRNG_ALGORITHM } from '../random/prng'
import type { ListedAgency } from './record'

export interface EvaluatorPick {
  algorithm: string
  seed: string
  on: IsoDate
  /** Eligible agencies, sorted: listed that day and without a conflict. */
  candidates: string[]
  agencyId: string
}

/** Picks one eligible agency with the seed; the same seed and list give the same pick. */
export function pickEvaluator(input: {
  seed: string
  on: IsoDate
  mineId: string
  evaluatorList: readonly ListedAgency[]
  dealings?: readonly Dealing[]
  /** Agencies that may not be picked (a re-check: the original evaluator). */
  exclude?: readonly string[]
}): EvaluatorPick {
  const candidates = [
    ...new Set(
      input.evaluatorList
        .filter((a) => isWithin(input.on, a.validFrom, a.validTo))
        .map((a) => a.agencyId)
        .filter((id) => !input.exclude?.includes(id))
        .filter((id) => !hasConflict(id, input.mineId, input.on, input.dealings ?? [])),
    ),
  ].sort()
  if (candidates.length === 0) {
    throw new RuleError({ code: 'R3.2.evaluator_not_listed', reason: 'none_free', on: input.on })
  }
  const index = Math.floor(createRng(`${input.seed}|evaluator|${input.mineId}`)() * candidates.length)
  return {
    algorithm: PRNG_ALGORITHM,
    seed: input.seed,
    on: input.on,
    candidates,
    agencyId: candidates[index] as string,
  }
}
