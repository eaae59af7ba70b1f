import { describe, expect, it } from 'vitest'
import { areaEditAccess, mineAccess, type MineRef, type PolicyUser } from './policy'

const user = (
  role: NonNullable<PolicyUser>['role'],
  regionCode: string | null,
  organizationId: number | null = null,
) => ({
  role,
  regionCode,
  organizationId,
})

// Enterprise 7 owns mine A in Changxing (330522, Huzhou), evaluated by agency 20;
// enterprise 8 owns mine B in Hangzhou (330110), evaluated by agency 21.
const mineA: MineRef = { id: 1, countyCode: '330522', enterpriseId: 7, assignedAgencyIds: [20] }
const mineB: MineRef = { id: 2, countyCode: '330110', enterpriseId: 8, assignedAgencyIds: [21] }

describe('mineAccess and areaEditAccess by role, own mine (A) and other mine (B)', () => {
  it.each([
    ['enterprise 7', user('enterprise', null, 7), ['write', 'none'], ['write', 'none']],
    ['enterprise without organization', user('enterprise', null), ['none', 'none'], ['none', 'none']],
    ['evaluator of agency 20', user('evaluator', null, 20), ['read', 'none'], ['read', 'none']],
    ['evaluator without agency', user('evaluator', null), ['none', 'none'], ['none', 'none']],
    ['county 330522', user('county', '330522'), ['write', 'none'], ['read', 'none']],
    ['city 330500', user('city', '330500'), ['write', 'none'], ['read', 'none']],
    ['city 330100', user('city', '330100'), ['none', 'write'], ['none', 'read']],
    ['province', user('province', '330000'), ['write', 'write'], ['read', 'read']],
    ['leader', user('leader', '330000'), ['read', 'read'], ['read', 'read']],
    ['planner 330522', user('planner', '330522'), ['read', 'none'], ['write', 'none']],
    ['planner 330500 (city level)', user('planner', '330500'), ['read', 'none'], ['write', 'none']],
    ['county without region', user('county', null), ['none', 'none'], ['none', 'none']],
    ['the public', null, ['none', 'none'], ['none', 'none']],
  ] as const)('%s', (_name, who, mine, area) => {
    expect([mineAccess(who, mineA), mineAccess(who, mineB)]).toEqual(mine)
    expect([areaEditAccess(who, mineA), areaEditAccess(who, mineB)]).toEqual(area)
  })
})
