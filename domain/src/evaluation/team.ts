// §4.2 评估机构: an evaluation team needs ≥ 5 people and ≥ 2 senior; an agency ≥ 15 staff and ≥ 30% senior.

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

/** An agency on the provincial list: ≥ 15 professional staff, ≥ 30% senior. */
export function checkAgencyStaff(staff: readonly TeamMember[]): {
  ok: boolean
  size: number
  seniorShare: number
} {
  const people = distinct(staff)
  const seniorShare = people.length === 0 ? 0 : people.filter((m) => m.senior).length / people.length
  return {
    ok: people.length >= AGENCY_MIN_STAFF && seniorShare >= AGENCY_MIN_SENIOR_SHARE,
    size: people.length,
    seniorShare,
  }
}
