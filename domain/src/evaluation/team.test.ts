import { describe, expect, it } from 'vitest'
import { checkRegisteredTeam, type RegisteredExpert } from './team'

const expert = (id: string, senior: boolean, more: Partial<RegisteredExpert> = {}): RegisteredExpert => ({
  id,
  agencyId: 'A',
  senior,
  registeredFrom: '2021-01-01',
  registeredTo: null,
  ...more,
})
const roster = [
  expert('1', true),
  expert('2', true),
  expert('3', false),
  expert('4', false),
  expert('5', false),
  expert('6', true, { registeredTo: '2021-03-10' }),
  expert('7', true, { registeredFrom: '2021-04-01' }),
  expert('8', true, { agencyId: 'B' }),
]
const refused = (ids: string[], code: string, params: object = {}) =>
  expect(() => checkRegisteredTeam(ids, roster, 'A', '2021-03-20')).toThrow(
    expect.objectContaining({ code, refusal: expect.objectContaining(params) }),
  )

describe('R3.4 registered teams', () => {
  it('R3.4: only experts registered with the assigned agency on the day, with their registered seniority', () => {
    expect(checkRegisteredTeam(['1', '2', '3', '4', '5'], roster, 'A', '2021-03-20')).toHaveLength(5)
    refused(['x1', 'x2', 'x3', 'x4', 'x5'], 'R3.4.unregistered_team_member', {
      memberIds: ['x1', 'x2', 'x3', 'x4', 'x5'],
    })
    refused(['1', '3', '4', '5', '6'], 'R3.4.unregistered_team_member', { memberIds: ['6'] })
    refused(['1', '3', '4', '5', '7'], 'R3.4.unregistered_team_member', { memberIds: ['7'] })
    refused(['1', '3', '4', '5', '8'], 'R3.4.unregistered_team_member', { memberIds: ['8'] })
    refused(['1', '3', '4', '5', '5'], 'R3.4.team_invalid', { size: 4 })
    refused(['1', '3', '4', '5'], 'R3.4.team_invalid', { seniors: 1 })
  })
})
