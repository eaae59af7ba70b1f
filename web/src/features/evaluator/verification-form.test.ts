import { CN_2020 } from '@zgm/domain'
import { describe, expect, it } from 'vitest'
import type { Expert } from './evaluator-queries'
import { EMPTY_FORM, liveResult, teamCheck, verificationBody } from './verification-form'

const expert = (id: number, senior: boolean): Expert => ({
  id,
  agencyId: 1,
  name: `专家${id}`,
  senior,
  specialty: '采矿',
  registeredFrom: '2018-01-01',
  registeredTo: null,
})
const EXPERTS = [expert(1, true), expert(2, true), expert(3, false), expert(4, false), expert(5, false)]

describe('the verification form', () => {
  it('R3.4: shows the team rule from the register (a chosen id of another agency does not count)', () => {
    expect(teamCheck({ ...EMPTY_FORM, team: [1, 3, 4, 5] }, EXPERTS)).toMatchObject({ ok: false, size: 4 })
    expect(teamCheck({ ...EMPTY_FORM, team: [1, 3, 4, 5, 99] }, EXPERTS)).toMatchObject({
      ok: false,
      size: 4,
    })
    expect(teamCheck({ ...EMPTY_FORM, team: [2, 3, 4, 5, 1] }, EXPERTS)).toMatchObject({
      ok: true,
      seniors: 2,
    })
  })

  it('turns what was typed into the file_verification body; blanks count as 0, unticked prerequisites as failed', () => {
    const form = {
      ...EMPTY_FORM,
      team: [1, 2],
      conforms: true,
      prerequisites: { [CN_2020.prerequisites[0].id]: true },
      groups: { [CN_2020.groups[0].id]: '187' },
      opinion: '  矿区整洁  ',
    }
    const body = verificationBody(form, CN_2020, 'DZ/T 0316-2018', 7)
    expect(body.team).toEqual([{ id: '1' }, { id: '2' }])
    expect(body.standard).toEqual({ code: 'DZ/T 0316-2018', conforms: true })
    expect(body.reason).toBe('矿区整洁')
    expect(body.expectedVersion).toBe(7)
    expect(body.scores.groups[CN_2020.groups[0].id]).toBe(187)
    expect(body.scores.groups[CN_2020.groups[1].id]).toBe(0)
    expect(Object.values(body.scores.prerequisites).filter((v) => !v)).toHaveLength(
      CN_2020.prerequisites.length - 1,
    )
    expect(liveResult(form, CN_2020)?.pass).toBe(false)
  })

  it('shows no verdict for an out-of-range score rather than a wrong one', () => {
    expect(liveResult({ ...EMPTY_FORM, groups: { [CN_2020.groups[0].id]: '9999' } }, CN_2020)).toBeUndefined()
  })
})
