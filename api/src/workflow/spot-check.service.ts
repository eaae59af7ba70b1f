import { drawSpotCheck, isAfter, regionContains } from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import { mineSnapshots } from '../stats/stats.queries'
import { inspectorPool, insertSpotCheckDraw } from './workflow.queries'
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
  if (!user.regionCode || !regionContains(user.regionCode, req.regionCode)) {
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
  if (isAfter(on, today())) throw new HttpError({ code: 'future_date', on })
  return db.transaction().execute(async (tx) => {
    const population = (await mineSnapshots(tx, on, { regionCode: req.regionCode }))
      .filter((m) => m.greenState === 'in_directory')
      .map((m) => String(m.id))
    const { expertIds, dealings } = await inspectorPool(tx)
    const draw = drawSpotCheck({
      seed: req.seed,
      drawnOn: on,
      populationIds: population,
      inspectorIds: expertIds.map(String),
      size: req.ratio !== undefined ? { ratio: req.ratio } : { count: req.count! },
      inspectorsPerMine: req.inspectorsPerMine,
      dealings,
    })
    const drawId = await insertSpotCheckDraw(tx, {
      drawn_on: on,
      seed: req.seed,
      region_code: req.regionCode,
      ratio: req.ratio ?? (population.length ? req.count! / population.length : 0),
      population: JSON.stringify(draw.populationIds),
      result: JSON.stringify(draw),
      published_on: req.publish ? on : null,
      drawn_by: user.id,
    })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'spot_check.draw',
      objectType: 'spot_check_draw',
      objectId: drawId,
      after: { seed: req.seed, regionCode: req.regionCode, drawn: draw.assignments.map((a) => a.mineId) },
    })
    return { id: drawId, draw }
  })
}
