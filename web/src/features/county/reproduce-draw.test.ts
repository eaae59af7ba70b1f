import { commitmentOf, drawFromCandidates } from '@zgm/domain'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '../../api/schemas'
import { reproduceDraw } from './reproduce-draw'

const seed = 'a1b2c3d4e5f6'
const candidates = [11, 12, 13, 14, 15].map((agencyId) => ({ agencyId, name: `机构${agencyId}` }))
const drawn = Number(
  drawFromCandidates(
    seed,
    '7',
    candidates.map((c) => String(c.agencyId)),
  ),
)
const draw: Schemas['EvaluatorDraw'] = {
  id: 1,
  mineId: 7,
  mineName: '测试矿',
  countyCode: '330522',
  committedOn: '2026-11-30',
  commitment: commitmentOf(seed),
  algorithm: 'xmur3+mulberry32',
  candidates,
  excluded: [],
  status: 'drawn',
  seed,
  drawnOn: '2026-11-30',
  agencyId: drawn,
  agencyName: `机构${drawn}`,
  redraw: null,
}

describe('reproducing an evaluator draw in the browser (R3.2)', () => {
  it('says the same agency when seed, hash and candidates agree', () => {
    expect(reproduceDraw(draw)).toEqual({ commitmentMatches: true, agencyId: drawn, same: true })
  })

  it('catches a published agency the seed does not give', () => {
    const other = candidates.find((c) => c.agencyId !== drawn)!.agencyId
    expect(reproduceDraw({ ...draw, agencyId: other })).toMatchObject({ same: false, agencyId: drawn })
  })

  it('catches a seed that does not match the hash published before the draw', () => {
    expect(reproduceDraw({ ...draw, commitment: commitmentOf('another seed') })).toMatchObject({
      commitmentMatches: false,
      same: false,
    })
  })

  it('has nothing to re-run before the reveal', () => {
    expect(reproduceDraw({ ...draw, status: 'committed', seed: null, agencyId: null })).toBeNull()
  })
})
