// §4.4 双随机、一公开: random inspectees, random inspectors, a result that can be published and re-run.
import { parseIsoDate, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import type { RefusalOf } from '../refusals/refusal'
import { conflictsFor, type Dealing } from '../evaluation/conflicts'
import { createRng, shuffle, PRNG_ALGORITHM } from '../random/prng'

export const MIN_INSPECTORS_PER_MINE = 2

export type DrawSize = { ratio: number } | { count: number }

export interface SpotCheckInput {
  seed: string
  drawnOn: IsoDate
  /** Mines in the directory (the population). Order does not matter. */
  populationIds: readonly string[]
  /** The inspector pool. Order does not matter. */
  inspectorIds: readonly string[]
  size: DrawSize
  /** At least 2. */
  inspectorsPerMine?: number
  /** Inspector–mine dealings (partyId = inspector); a conflicted inspector is never sent to that mine. */
  dealings?: readonly Dealing[]
}

export interface SpotCheckAssignment {
  mineId: string
  inspectorIds: string[]
}

/** Everything needed to publish and to re-run the draw. */
export interface SpotCheckDraw {
  algorithm: string
  seed: string
  drawnOn: IsoDate
  populationIds: string[]
  inspectorIds: string[]
  size: DrawSize
  inspectorsPerMine: number
  /** Conflicts that were respected, for the drawn mines only. */
  conflicts: { inspectorId: string; mineId: string }[]
  assignments: SpotCheckAssignment[]
}

const ALGORITHM = `zgm-spot-check/v1 (${PRNG_ALGORITHM}; least-loaded inspectors first)`

const invalid = (problem: DistributiveOmit<RefusalOf<'R6.invalid_draw'>, 'code'>) =>
  new RuleError({ code: 'R6.invalid_draw', ...problem })
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

function sampleSize(size: DrawSize, population: number): number {
  if ('count' in size) {
    if (!Number.isInteger(size.count) || size.count < 0 || size.count > population) {
      throw invalid({ reason: 'count', count: size.count, population })
    }
    return size.count
  }
  if (!(size.ratio > 0 && size.ratio <= 1)) {
    throw invalid({ reason: 'ratio', ratio: size.ratio })
  }
  return Math.ceil(size.ratio * population - 1e-9)
}

function assignInspectors(
  mineIds: readonly string[],
  inspectorIds: readonly string[],
  perMine: number,
  conflicts: readonly { inspectorId: string; mineId: string }[],
  seed: string,
): SpotCheckAssignment[] {
  const rng = createRng(`${seed}|inspectors`)
  const load = new Map(inspectorIds.map((id) => [id, 0]))
  return mineIds.map((mineId) => {
    const eligible = inspectorIds.filter(
      (id) => !conflicts.some((c) => c.inspectorId === id && c.mineId === mineId),
    )
    if (eligible.length < perMine) {
      throw new RuleError({
        code: 'R6.not_enough_inspectors',
        mineId,
        eligible: eligible.length,
        needed: perMine,
      })
    }
    // Shuffle first, then a stable sort by load: random among the least-loaded.
    const picked = shuffle(eligible, rng)
      .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0))
      .slice(0, perMine)
    for (const id of picked) load.set(id, (load.get(id) ?? 0) + 1)
    return { mineId, inspectorIds: picked }
  })
}

function run(draw: Omit<SpotCheckDraw, 'assignments' | 'algorithm'>): SpotCheckDraw {
  const n = sampleSize(draw.size, draw.populationIds.length)
  const mines = shuffle(draw.populationIds, createRng(`${draw.seed}|mines`)).slice(0, n)
  const assignments = assignInspectors(
    mines,
    draw.inspectorIds,
    draw.inspectorsPerMine,
    draw.conflicts,
    draw.seed,
  )
  return { algorithm: ALGORITHM, ...draw, assignments }
}

const sortedUnique = (ids: readonly string[]) => [...new Set(ids)].sort()

/** Draws mines and inspectors. Same input and seed → the same draw, whatever the order of the lists. */
export function drawSpotCheck(input: SpotCheckInput): SpotCheckDraw {
  parseIsoDate(input.drawnOn)
  if (!input.seed.trim()) throw invalid({ reason: 'seed' })
  const perMine = input.inspectorsPerMine ?? MIN_INSPECTORS_PER_MINE
  if (!Number.isInteger(perMine) || perMine < MIN_INSPECTORS_PER_MINE) {
    throw invalid({ reason: 'inspectors_per_mine', perMine, minimum: MIN_INSPECTORS_PER_MINE })
  }
  const populationIds = sortedUnique(input.populationIds)
  const inspectorIds = sortedUnique(input.inspectorIds)
  const n = sampleSize(input.size, populationIds.length)
  const drawn = shuffle(populationIds, createRng(`${input.seed}|mines`)).slice(0, n)
  const conflicts = drawn.flatMap((mineId) =>
    inspectorIds
      .filter(
        (inspectorId) => conflictsFor(inspectorId, mineId, input.drawnOn, input.dealings ?? []).length > 0,
      )
      .map((inspectorId) => ({ inspectorId, mineId })),
  )
  return run({
    seed: input.seed,
    drawnOn: input.drawnOn,
    populationIds,
    inspectorIds,
    size: input.size,
    inspectorsPerMine: perMine,
    conflicts,
  })
}

/** Re-runs a stored draw from its own fields; anyone can check a published draw this way. */
export function replaySpotCheckDraw(draw: SpotCheckDraw): SpotCheckDraw {
  const { assignments: _a, algorithm: _b, ...inputs } = draw
  return run(inputs)
}

/** True when a stored draw is exactly what its seed and lists produce. */
export function verifySpotCheckDraw(draw: SpotCheckDraw): boolean {
  return JSON.stringify(replaySpotCheckDraw(draw)) === JSON.stringify(draw)
}
