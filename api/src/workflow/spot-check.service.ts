import { drawSpotCheck, type Dealing } from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import { mineSnapshots, regionPrefix } from '../stats/stats.queries'
import { today } from './workflow.service'

export interface DrawRequest {
  seed: string
  regionCode: string
  ratio?: number
  count?: number
  inspectorsPerMine?: number
  on?: string
  publish?: boolean
}

/**
 * R6 双随机、一公开: draws directory mines and inspectors with a seed anyone can replay, and
 * records the whole draw (population, pool, conflicts respected) before any check happens.
 */
export async function drawSpotChecks(db: Db, user: SessionUser, req: DrawRequest) {
  const drawers = ['county', 'city', 'province']
  if (!drawers.includes(user.role)) {
    throw new HttpError({ code: 'forbidden', reason: 'role_required', roles: drawers, role: user.role })
  }
  if (!user.regionCode || !req.regionCode.startsWith(regionPrefix(user.regionCode))) {
    throw new HttpError({
      code: 'forbidden',
      reason: 'outside_region',
      regionCode: req.regionCode,
      userRegionCode: user.regionCode,
    })
  }
  if ((req.ratio === undefined) === (req.count === undefined)) {
    throw new HttpError({
      code: 'invalid_input',
      field: 'ratio',
      issue: 'exactly_one',
      fields: ['ratio', 'count'],
    })
  }
  const on = req.on ?? today()
  return db.transaction().execute(async (tx) => {
    const population = (await mineSnapshots(tx as unknown as Db, on, { regionCode: req.regionCode }))
      .filter((m) => m.greenState === 'in_directory')
      .map((m) => String(m.id))
    const experts = await tx.selectFrom('expert').select(['id']).orderBy('id').execute()
    const dealingRows = await tx
      .selectFrom('agency_dealing as d')
      .innerJoin('expert as e', 'e.agency_id', 'd.party_id')
      .select(['e.id as expertId', 'd.mine_id', 'd.kind', 'd.on_date'])
      .execute()
    const dealings: Dealing[] = dealingRows.map((d) => ({
      partyId: String(d.expertId),
      mineId: String(d.mine_id),
      kind: d.kind,
      on: d.on_date,
    }))
    const draw = drawSpotCheck({
      seed: req.seed,
      drawnOn: on,
      populationIds: population,
      inspectorIds: experts.map((e) => String(e.id)),
      size: req.ratio !== undefined ? { ratio: req.ratio } : { count: req.count! },
      inspectorsPerMine: req.inspectorsPerMine,
      dealings,
    })
    const row = await tx
      .insertInto('spot_check_draw')
      .values({
        drawn_on: on,
        seed: req.seed,
        region_code: req.regionCode,
        ratio: req.ratio ?? (population.length ? req.count! / population.length : 0),
        population: JSON.stringify(draw.populationIds),
        result: JSON.stringify(draw),
        published_on: req.publish ? on : null,
        drawn_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'spot_check.draw',
      objectType: 'spot_check_draw',
      objectId: row.id,
      after: { seed: req.seed, regionCode: req.regionCode, drawn: draw.assignments.map((a) => a.mineId) },
    })
    return { id: row.id, draw }
  })
}
