// What the evaluation tests share: passing CN-2020 scores, the world mine's industry standard, and
// the registered team of an agency.
import { CN_2020 } from '@zgm/domain'
import type { Db } from '../db/database'

/**
 * Scores that pass CN-2020 as loaded by the migration: the two confirmed groups at 85 %, the four
 * unconfirmed ones 120 each (within the 560 points they share); total 854.
 */
export const PASSING_SCORES = {
  prerequisites: Object.fromEntries(CN_2020.prerequisites.map((p) => [p.id, true])),
  groups: Object.fromEntries(
    CN_2020.groups.map((g) => [g.id, g.max === null ? 120 : Math.round(g.max * 0.85)]),
  ),
}

/** The world mines are 建筑用凝灰岩 (construction stone): 砂石, DZ/T 0316-2018. */
export const WORLD_STANDARD = 'DZ/T 0316-2018'

export const CONFORMS = { code: WORLD_STANDARD, conforms: true }

/** The agency's registered experts as a team (the world has five, two senior). */
export async function registeredTeam(db: Db, agencyId: number): Promise<{ id: string }[]> {
  const rows = await db
    .selectFrom('expert')
    .select('id')
    .where('agency_id', '=', agencyId)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: String(r.id) }))
}

interface Poster {
  post(path: string, body: unknown): Promise<Response>
}

/** R3.2's direct path: the county asks with a reason, the province approves, the county assigns. */
export async function assignDirectly(
  county: Poster,
  province: Poster,
  mineId: number,
  agencyId: number,
  on?: string,
): Promise<Response> {
  const asked = await county.post(`/api/mines/${mineId}/evaluator-exceptions`, {
    kind: 'direct',
    agencyId,
    reason: '测试：其余机构均有利害关系，申请直接委托',
    on,
  })
  if (asked.status !== 201) throw new Error(`exception request: ${asked.status} ${await asked.text()}`)
  const { id } = (await asked.json()) as { id: number }
  const decided = await province.post(`/api/evaluator-exceptions/${id}/decision`, {
    approve: true,
    note: '同意直接委托',
    on,
  })
  if (decided.status !== 200) throw new Error(`exception decision: ${decided.status} ${await decided.text()}`)
  return county.post(`/api/mines/${mineId}/events/assign_evaluator`, { agencyId, exceptionId: id, on })
}
