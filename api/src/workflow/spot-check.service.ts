// R6 双随机、一公开: one draw per region and period, committed (seed hash, population and inspector
// pool published) before it is revealed and used; the revealed draw is replayable from public data.
import {
  backdateVerdict,
  drawSeed,
  drawSpotCheck,
  isAfter,
  isBefore,
  isWithin,
  periodBounds,
  regionContains,
  revealMatches,
  sha256Hex,
  type SpotCheckDraw,
} from '@zgm/domain'
import { sql } from 'kysely'
import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import { mineSnapshots } from '../stats/stats.queries'
import { inspectorPool, insertSpotCheckDraw } from './workflow.queries'
import { today } from './workflow.service'

const DRAWERS = ['county', 'city', 'province'] as const

export interface CommitRequest {
  regionCode: string
  /** `2026` or `2026-H1` / `2026-H2`. */
  period: string
  /** SHA-256 (hex) of the seed that will be revealed. */
  seedHash: string
  ratio?: number
  count?: number
  inspectorsPerMine?: number
  on?: string
}

function checkDrawer(user: SessionUser, regionCode: string) {
  if (!(DRAWERS as readonly string[]).includes(user.role)) {
    throw new HttpError({ code: 'forbidden', reason: 'role_required', roles: [...DRAWERS], role: user.role })
  }
  if (!user.regionCode || !regionContains(user.regionCode, regionCode)) {
    throw new HttpError({
      code: 'forbidden',
      reason: 'outside_region',
      regionCode,
      userRegionCode: user.regionCode,
    })
  }
}

/**
 * The draw's business date: not in the future, and not further back than the backdating limit —
 * a commit dated back would choose its population (the directory on that day) after the fact.
 */
function businessDay(on: string | undefined, maxDays: number) {
  const now = today()
  const day = on ?? now
  if (isAfter(day, now)) throw new HttpError({ code: 'future_date', on: day })
  const { daysBack, needsApproval } = backdateVerdict(day, now, maxDays)
  if (needsApproval)
    throw new HttpError({ code: 'R6.draw_backdated', on: day, today: now, daysBack, maxDays })
  return day
}

/**
 * Commits the period's draw: the seed's hash, the population (directory mines of the region that day)
 * and the inspector pool are recorded and published now; the seed is revealed later. A second draw
 * for the same region and period is refused, whatever its seed (R6.draw_exists).
 */
export async function commitSpotCheckDraw(db: Db, user: SessionUser, req: CommitRequest, maxDays: number) {
  checkDrawer(user, req.regionCode)
  if ((req.ratio === undefined) === (req.count === undefined)) {
    throw new HttpError({
      code: 'invalid_input',
      field: 'ratio',
      issue: 'exactly_one',
      fields: ['ratio', 'count'],
    })
  }
  const bounds = periodBounds(req.period)
  if (!bounds) throw new HttpError({ code: 'R6.invalid_period', period: req.period })
  const on = businessDay(req.on, maxDays)
  if (isAfter(on, bounds.end)) throw new HttpError({ code: 'R6.invalid_period', period: req.period })
  return db.transaction().execute(async (tx) => {
    // One committer per region at a time, so two racing commits cannot both pass the check below.
    await sql`select pg_advisory_xact_lock(hashtext(${`spot_check_draw:${req.regionCode}`}))`.execute(tx)
    const earlier = await tx
      .selectFrom('spot_check_draw')
      .select(['id', sql<string>`cast(committed_on as text)`.as('committed_on')])
      .where('region_code', '=', req.regionCode)
      .where('period', '=', req.period)
      .executeTakeFirst()
    if (earlier) {
      throw new HttpError({
        code: 'R6.draw_exists',
        regionCode: req.regionCode,
        period: req.period,
        drawId: earlier.id,
        committedOn: earlier.committed_on,
      })
    }
    const population = (await mineSnapshots(tx, on, { regionCode: req.regionCode }))
      .filter((m) => m.greenState === 'in_directory')
      .map((m) => String(m.id))
      .sort()
    const { expertIds } = await inspectorPool(tx)
    const size = req.ratio !== undefined ? { ratio: req.ratio } : { count: req.count! }
    // The size is checked against the population now, not at the reveal.
    drawSpotCheck({
      seed: 'size-check',
      drawnOn: on,
      populationIds: population,
      inspectorIds: expertIds.map(String),
      size,
      inspectorsPerMine: req.inspectorsPerMine,
    })
    const drawId = await insertSpotCheckDraw(tx, {
      drawn_on: on,
      committed_on: on,
      published_on: on,
      seed: null,
      seed_hash: req.seedHash.toLowerCase(),
      region_code: req.regionCode,
      level: user.role as (typeof DRAWERS)[number],
      period: req.period,
      ratio: req.ratio ?? (population.length ? req.count! / population.length : 0),
      size: JSON.stringify(size),
      inspectors_per_mine: req.inspectorsPerMine ?? 2,
      population: JSON.stringify(population),
      inspectors: JSON.stringify(expertIds.map(String)),
      result: null,
      drawn_by: user.id,
    })
    const entropy = await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'spot_check.commit',
      objectType: 'spot_check_draw',
      objectId: drawId,
      after: { regionCode: req.regionCode, period: req.period, seedHash: req.seedHash, population, size },
    })
    await tx
      .updateTable('spot_check_draw')
      .set({ commit_entropy: entropy })
      .where('id', '=', drawId)
      .execute()
    return {
      id: drawId,
      commitEntropy: entropy,
      populationIds: population,
      inspectorIds: expertIds.map(String),
    }
  })
}

/** Reveals the committed seed and runs the draw on the committed population and pool; once only. */
export async function revealSpotCheckDraw(
  db: Db,
  user: SessionUser,
  drawId: number,
  seed: string,
  on: string | undefined,
  maxDays: number,
) {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('spot_check_draw')
      .selectAll()
      .where('id', '=', drawId)
      .forUpdate()
      .executeTakeFirst()
    if (!row || !row.seed_hash || !row.commit_entropy) throw notFound('spot_check_draw', drawId)
    checkDrawer(user, row.region_code)
    if (row.revealed_on) {
      throw new HttpError({
        code: 'R6.draw_exists',
        regionCode: row.region_code,
        period: row.period ?? '',
        drawId,
        committedOn: String(row.committed_on),
      })
    }
    if (!revealMatches(row.seed_hash, seed)) {
      throw new HttpError({
        code: 'R6.seed_mismatch',
        drawId,
        seedHash: row.seed_hash,
        revealedHash: sha256Hex(seed),
      })
    }
    const day = businessDay(on, maxDays)
    const { dealings } = await inspectorPool(tx)
    const draw = drawSpotCheck({
      seed: drawSeed(seed, row.commit_entropy),
      drawnOn: String(row.committed_on),
      populationIds: row.population as string[],
      inspectorIds: row.inspectors as string[],
      size: row.size as SpotCheckDraw['size'],
      inspectorsPerMine: row.inspectors_per_mine ?? undefined,
      dealings,
    })
    await tx
      .updateTable('spot_check_draw')
      .set({ seed, result: JSON.stringify(draw), revealed_on: day })
      .where('id', '=', drawId)
      .execute()
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'spot_check.reveal',
      objectType: 'spot_check_draw',
      objectId: drawId,
      after: { seed, drawn: draw.assignments.map((a) => a.mineId) },
    })
    return { id: drawId, draw }
  })
}

/** A spot check may only use a draw that was committed, revealed and published, for this mine's region and date. */
export function checkDrawUsable(
  draw: {
    id: number
    seed_hash: string | null
    revealed_on: string | null
    region_code: string
    period: string | null
  },
  countyCode: string,
  on: string,
): void {
  const refuse = (reason: 'not_revealed' | 'not_committed' | 'other_region' | 'other_period') =>
    new HttpError({ code: 'R6.draw_not_published', drawId: draw.id, reason })
  if (!draw.seed_hash || !draw.period) throw refuse('not_committed')
  if (!draw.revealed_on) throw refuse('not_revealed')
  if (!regionContains(draw.region_code, countyCode)) throw refuse('other_region')
  const bounds = periodBounds(draw.period)!
  if (isBefore(on, draw.revealed_on) || !isWithin(on, bounds.start, bounds.end)) throw refuse('other_period')
}
