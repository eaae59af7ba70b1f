// §4.2 采用公开、公平、公正方式…确定…评估单位: a recorded, reproducible pick from the eligible agencies.
import { isWithin, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import { conflictsFor, type Dealing } from '../evaluation/conflicts'
import { checkAgencyHeadcount } from '../evaluation/team'
import { createRng, PRNG_ALGORITHM } from '../random/prng'
import type { ListedAgency } from './record'

/** The published algorithm of an evaluator draw (docs/rules.md R3.2 shows how to re-run it). */
export const EVALUATOR_DRAW_ALGORITHM = `${PRNG_ALGORITHM}; index = floor(rng(seed|evaluator|mineId)() × candidates)`

export interface EvaluatorPick {
  algorithm: string
  seed: string
  on: IsoDate
  /** Eligible agencies, sorted: listed that day and without a conflict. */
  candidates: string[]
  agencyId: string
}

/** A listed agency left out of a draw, and why (published with the candidates). */
export type Exclusion =
  | { agencyId: string; reason: 'conflict'; conflicts: Dealing[] }
  | { agencyId: string; reason: 'understaffed'; staff: number; seniors: number }

export interface DrawInputs {
  on: IsoDate
  mineId: string
  evaluatorList: readonly ListedAgency[]
  dealings?: readonly Dealing[]
  /** Agencies that may not be drawn (a re-check: the original evaluator). */
  exclude?: readonly string[]
}

function understaffed(a: ListedAgency): Exclusion | null {
  if (a.staffCount === undefined || a.seniorCount === undefined) return null
  if (checkAgencyHeadcount(a.staffCount, a.seniorCount).ok) return null
  return { agencyId: a.agencyId, reason: 'understaffed', staff: a.staffCount, seniors: a.seniorCount }
}

/**
 * The candidates of a draw: agencies listed on the day, without a conflict with the mine (±1 year
 * business, or any report help) and with the headcount the list requires; sorted by id.
 */
export function drawCandidates(input: DrawInputs): { candidates: string[]; excluded: Exclusion[] } {
  const listed = input.evaluatorList.filter(
    (a) => isWithin(input.on, a.validFrom, a.validTo) && !input.exclude?.includes(a.agencyId),
  )
  const excluded: Exclusion[] = []
  const candidates = new Set<string>()
  for (const a of listed) {
    const conflicts = conflictsFor(a.agencyId, input.mineId, input.on, input.dealings ?? [])
    const staffing = understaffed(a)
    if (conflicts.length > 0) excluded.push({ agencyId: a.agencyId, reason: 'conflict', conflicts })
    else if (staffing) excluded.push(staffing)
    else candidates.add(a.agencyId)
  }
  return {
    candidates: [...candidates].sort(),
    excluded: excluded.sort((x, y) => x.agencyId.localeCompare(y.agencyId)),
  }
}

/** The drawn agency: the same seed, mine and candidates always give the same one. */
export function drawFromCandidates(seed: string, mineId: string, candidates: readonly string[]): string {
  const index = Math.floor(createRng(`${seed}|evaluator|${mineId}`)() * candidates.length)
  return candidates[index] as string
}

/** Picks one eligible agency with the seed; the same seed and list give the same pick. */
export function pickEvaluator(input: DrawInputs & { seed: string }): EvaluatorPick {
  const { candidates } = drawCandidates(input)
  if (candidates.length === 0) {
    throw new RuleError({ code: 'R3.2.evaluator_not_listed', reason: 'none_free', on: input.on })
  }
  return {
    algorithm: PRNG_ALGORITHM,
    seed: input.seed,
    on: input.on,
    candidates,
    agencyId: drawFromCandidates(input.seed, input.mineId, candidates),
  }
}
