import type { z } from '@hono/zod-openapi'
import { parseIndicatorTable, RuleError } from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { toIndicatorSetView } from './indicator-sets.mappers'
import {
  indicatorGroupRows,
  indicatorSetRows,
  industryStandards,
  lockIndicatorSet,
  loadIndicatorSets,
  mineralStandards,
  setGroupPoints,
  setPassRule,
} from './indicator-sets.queries'
import type { IndicatorTableBody } from './indicator-sets.schemas'

export async function listIndicatorSets(db: Db) {
  const [sets, groups] = await Promise.all([indicatorSetRows(db), indicatorGroupRows(db)])
  return sets.map((s) => toIndicatorSetView(s, groups))
}

/**
 * R3.4: the province loads the official table of group points (CSV). It is checked whole against
 * the set (known groups, confirmed figures, the set's total) before anything changes; audited.
 */
export function importIndicatorTable(
  db: Db,
  user: SessionUser,
  setId: string,
  body: z.infer<typeof IndicatorTableBody>,
) {
  return db.transaction().execute(async (tx) => {
    const row = await lockIndicatorSet(tx, setId)
    const sets = await loadIndicatorSets(tx)
    const set = sets.find((s) => s.id === setId)
    if (!row || !set)
      throw new RuleError({ code: 'R3.4.unknown_indicator_set', id: setId, known: sets.map((s) => s.id) })
    const rows = parseIndicatorTable(body.csv, set)
    for (const r of rows) await setGroupPoints(tx, setId, r, body.source, user.id)
    if (body.passTotal !== undefined || body.groupMinShare !== undefined) {
      await setPassRule(
        tx,
        setId,
        body.passTotal ?? row.pass_total ?? set.maxTotal,
        body.groupMinShare ?? row.group_min_share ?? 0,
      )
    }
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'indicator_set.import',
      objectType: 'indicator_set',
      objectId: setId,
      before: { groups: set.groups.map((g) => ({ id: g.id, points: g.max })), passTotal: set.passTotal },
      after: { rows, source: body.source, passTotal: body.passTotal, groupMinShare: body.groupMinShare },
    })
    const [groups, fresh] = await Promise.all([indicatorGroupRows(tx), lockIndicatorSet(tx, setId)])
    return toIndicatorSetView(fresh!, groups)
  })
}

export async function listIndustryStandards(db: Db) {
  const [standards, minerals] = await Promise.all([industryStandards(db), mineralStandards(db)])
  return {
    standards: standards.map((s) => ({ code: s.code, sector: s.sector, titleZh: s.title_zh })),
    minerals: minerals.map((m) => ({ mineral: m.mineral, standard: m.standard_code })),
  }
}
