// The field app's area packs: what a phone keeps of a county (or of today's assignments) to work
// without a connection, with the size of its tiles measured on a sample before anything is saved.
import { fieldTilePlan, type BBox, type PlannedTile } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import { getTile, unpackTile } from '../tiles/tile-service'
import { TILE_SETS } from '../tiles/tile-layers'
import { tileScopeOf } from '../tiles/tile-scope'
import { today } from '../workflow/workflow.service'
import { workQueue } from '../work/work.service'
import { toAssignment } from '../assignments/assignments.mappers'
import { agencyAssignments } from '../assignments/assignments.queries'
import { countyBox, fieldMineRows, type FieldMineRow } from './field-area.queries'
import { toFieldMine } from './field-area.mappers'

/** Tiles rendered to measure the average (spread evenly over the plan's sets and zooms). */
export const TILE_SAMPLE = 48
/** Around the assigned mines' box, so that the way in shows too (degrees, ≈ 2 km). */
const ASSIGNMENTS_PAD_DEG = 0.02

export type AreaRequest = { regionCode: string } | { scope: 'assignments' }

export async function areaPack(deps: AppDeps, user: SessionUser, req: AreaRequest) {
  const asOf = today()
  const work = await workQueue(deps.db, user, asOf)
  let rows: FieldMineRow[]
  let head: { kind: 'county' | 'assignments'; regionCode: string | null; name: string; bbox: BBox | null }
  if ('regionCode' in req) {
    const county = await countyBox(deps.db, req.regionCode)
    if (!county) throw new HttpError({ code: 'unknown_region', region: req.regionCode })
    rows = await fieldMineRows(deps.db, user, { county: county.code })
    head = { kind: 'county', regionCode: county.code, name: county.name, bbox: county.bbox }
  } else {
    // The work queue's mines, and for an evaluator its agency's open assignments (GET /api/assignments).
    const assigned =
      user.role === 'evaluator'
        ? (await agencyAssignments(deps.db, user.organizationId ?? -1))
            .filter((a) => toAssignment(a, asOf).open)
            .map((a) => a.mine_id)
        : []
    const ids = [
      ...new Set([...work.items.flatMap((i) => (i.mineId === null ? [] : [i.mineId])), ...assigned]),
    ]
    rows = await fieldMineRows(deps.db, user, { ids })
    head = { kind: 'assignments', regionCode: null, name: '今日任务', bbox: padded(unionOf(rows.map(boxOf))) }
  }
  const mines = rows.map((r) => toFieldMine(r, work.items))
  const plan = head.bbox ? fieldTilePlan({ bbox: head.bbox, mineBoxes: mines.map((m) => m.bbox) }) : []
  const sample = await measureTiles(deps, user, plan)
  return { ...head, asOf, mines, estimate: sample }
}

export async function nearMines(deps: AppDeps, user: SessionUser, at: [number, number], limit: number) {
  const asOf = today()
  const [work, rows] = await Promise.all([
    workQueue(deps.db, user, asOf),
    fieldMineRows(deps.db, user, { near: at, limit }),
  ])
  return { at, asOf, mines: rows.map((r) => toFieldMine(r, work.items)) }
}

/** Renders an even sample of the plan's tiles (as the caller would get them) and averages their bodies. */
async function measureTiles(deps: AppDeps, user: SessionUser, plan: readonly PlannedTile[]) {
  const step = Math.max(1, Math.floor(plan.length / TILE_SAMPLE))
  const sample = plan.filter((_, i) => i % step === 0).slice(0, TILE_SAMPLE)
  let bytes = 0
  for (const t of sample) {
    const set = TILE_SETS.get(t.set)
    if (!set) throw new Error(`field tile plan names an unknown tile set: ${t.set}`)
    const tile = await getTile(
      deps.db,
      set,
      tileScopeOf(set, user),
      { z: t.z, x: t.x, y: t.y },
      deps.config.tilesEncoder,
      [],
      {
        memo: deps.tileMemo,
      },
    )
    bytes += tile.body ? unpackTile(tile.body).length : 0
  }
  const avgTileBytes = sample.length ? Math.round(bytes / sample.length) : 0
  return {
    tileCount: plan.length,
    avgTileBytes,
    sampledTiles: sample.length,
    tileBytes: plan.length * avgTileBytes,
  }
}

const boxOf = (r: FieldMineRow): BBox => [r.w, r.s, r.e, r.n]

function unionOf(boxes: BBox[]): BBox | null {
  if (!boxes.length) return null
  return boxes.reduce((a, b) => [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3]),
  ])
}

function padded(box: BBox | null): BBox | null {
  const d = ASSIGNMENTS_PAD_DEG
  return box && [box[0] - d, box[1] - d, box[2] + d, box[3] + d]
}
