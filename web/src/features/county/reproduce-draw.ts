// Anyone re-runs an evaluator draw in the browser with the domain's own code (the function the server
// used, docs/rules.md R3.2): the seed must hash to the commitment published before the draw, and the
// seed, the mine and the candidates in their published order must give the drawn agency.
import { drawFromCandidates, revealMatches } from '@zgm/domain'
import type { Schemas } from '../../api/schemas'

export interface Reproduction {
  /** sha256(seed) equals the published commitment. */
  commitmentMatches: boolean
  /** The agency the re-run draws. */
  agencyId: number
  /** The commitment matches and the re-run draws the published agency. */
  same: boolean
}

/** Null while the draw is not revealed (no seed yet) or has no candidate. */
export function reproduceDraw(draw: Schemas['EvaluatorDraw']): Reproduction | null {
  if (draw.seed === null || draw.candidates.length === 0) return null
  const ids = draw.candidates.map((c) => String(c.agencyId))
  const agencyId = Number(drawFromCandidates(draw.seed, String(draw.mineId), ids))
  const commitmentMatches = revealMatches(draw.commitment, draw.seed)
  return { commitmentMatches, agencyId, same: commitmentMatches && agencyId === draw.agencyId }
}
