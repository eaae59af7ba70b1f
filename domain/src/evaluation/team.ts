// §4.2 评估机构: an evaluation team needs ≥ 5 people and ≥ 2 senior; an agency ≥ 15 staff and ≥ 30% senior.
import { isWithin, type IsoDate } from '../dates'
import { RuleError } from '../errors'

export interface TeamMember {
  id: string
  /** Holds a senior professional title (高级职称). */
  senior: boolean
}

export interface TeamCheck {
  ok: boolean
  size: number
  seniors: number
  reasons: { code: 'too_few_members' | 'too_few_seniors'; message: string; messageZh: string }[]
}

export const TEAM_MIN_SIZE = 5
export const TEAM_MIN_SENIORS = 2
export const AGENCY_MIN_STAFF = 15
export const AGENCY_MIN_SENIOR_SHARE = 0.3

function distinct(members: readonly TeamMember[]): TeamMember[] {
  return [...new Map(members.map((m) => [m.id, m])).values()]
}

/** An evaluation team: ≥ 5 distinct people of whom ≥ 2 senior. */
export function checkTeam(members: readonly TeamMember[]): TeamCheck {
  const people = distinct(members)
  const seniors = people.filter((m) => m.senior).length
  const reasons: TeamCheck['reasons'] = []
  if (people.length < TEAM_MIN_SIZE) {
    reasons.push({
      code: 'too_few_members',
      message: `Team has ${people.length} people; at least ${TEAM_MIN_SIZE} are required`,
      messageZh: `核查组 ${people.length} 人，不少于 ${TEAM_MIN_SIZE} 人`,
    })
  }
  if (seniors < TEAM_MIN_SENIORS) {
    reasons.push({
      code: 'too_few_seniors',
      message: `Team has ${seniors} senior members; at least ${TEAM_MIN_SENIORS} are required`,
      messageZh: `核查组高级职称 ${seniors} 人，不少于 ${TEAM_MIN_SENIORS} 人`,
    })
  }
  return { ok: reasons.length === 0, size: people.length, seniors, reasons }
}

/** An agency's headcount as its listing records it: ≥ 15 professional staff, ≥ 30% senior. */
export function checkAgencyHeadcount(
  staff: number,
  seniors: number,
): {
  ok: boolean
  size: number
  seniorShare: number
} {
  const seniorShare = staff === 0 ? 0 : seniors / staff
  return {
    ok: staff >= AGENCY_MIN_STAFF && seniorShare >= AGENCY_MIN_SENIOR_SHARE,
    size: staff,
    seniorShare,
  }
}

/** An agency on the provincial list, from its staff: ≥ 15 professional staff, ≥ 30% senior. */
export function checkAgencyStaff(staff: readonly TeamMember[]) {
  const people = distinct(staff)
  return checkAgencyHeadcount(people.length, people.filter((m) => m.senior).length)
}

/** An expert on the province's register, with the agency they are registered for. */
export interface RegisteredExpert {
  id: string
  agencyId: string
  senior: boolean
  registeredFrom: IsoDate
  /** Null while still registered. */
  registeredTo: IsoDate | null
}

/**
 * The team an evaluator names: every member a registered expert of `agencyId` on `on` (seniority
 * as registered, never as claimed), then ≥ 5 people of whom ≥ 2 senior.
 */
export function checkRegisteredTeam(
  memberIds: readonly string[],
  roster: readonly RegisteredExpert[],
  agencyId: string,
  on: IsoDate,
): TeamMember[] {
  const registered = new Map(
    roster
      .filter(
        (e) => e.agencyId === agencyId && isWithin(on, e.registeredFrom, e.registeredTo ?? '9999-12-31'),
      )
      .map((e) => [e.id, e]),
  )
  const unknown = [...new Set(memberIds.filter((id) => !registered.has(id)))]
  if (unknown.length > 0) {
    throw new RuleError({ code: 'R3.4.unregistered_team_member', memberIds: unknown, agencyId, on })
  }
  const members = memberIds.map((id) => ({ id, senior: registered.get(id)!.senior }))
  const team = checkTeam(members)
  if (!team.ok) {
    throw new RuleError({
      code: 'R3.4.team_invalid',
      size: team.size,
      seniors: team.seniors,
      minSize: TEAM_MIN_SIZE,
      minSeniors: TEAM_MIN_SENIORS,
    })
  }
  return members
}
