// Restoration/reclamation areas: every write is one transaction that checks, applies the change
// at the version the client read, keeps the version in mine_area_version, audits and
// invalidates the tiles that show it (R8; PRODUCT §6 "Nothing lost").
import {
  applyAreaEvent,
  AREA_EVENTS,
  mayFireAreaEvent,
  type AreaAction,
  type AreaChange,
  type MultiPolygonGeometry,
} from '@zgm/domain'
import type { Transaction } from 'kysely'
import { appendAudit } from '../audit/audit.queries'
import { areaEditAccess, mineAccess, type MineRef } from '../auth/policy'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import { HttpError, notFound } from '../http/errors'
import type { SessionUser } from '../http/env'
import { AREA_TILE_SETS } from '../tiles/tile-layers'
import { invalidateTiles } from '../tiles/tile-cache.queries'
import { attributesOf, auditView, toFeature } from './area-feature'
import { checkedGeometry } from './area-geometry'
import type {
  AreaFeatureShape,
  AreaQueueShape,
  AreaVersionShape,
  CreateAreaInput,
  UpdateAreaInput,
} from './area.schemas'
import { visibleTo } from '../mines/mines.queries'
import {
  findArea,
  findMineRef,
  insertArea,
  listAreas,
  listSubmitted,
  listVersions,
  recordVersion,
  updateAreaAt,
  type AreaAttributes,
  type AreaChanges,
  type AreaRow,
} from './areas.queries'

export interface AreaDeps {
  db: Db
  /** config.areaMaxDistanceM: how far outside the mine footprint an area may reach. */
  maxDistanceM: number
}

type Tx = Transaction<DB>

export async function listMineAreas(deps: AreaDeps, user: SessionUser, mineId: number) {
  await readableMine(deps.db, user, mineId)
  return (await listAreas(deps.db, mineId)).map(toFeature)
}

export async function getArea(deps: AreaDeps, user: SessionUser, id: number) {
  const row = await findArea(deps.db, id)
  if (!row || row.deleted_at) throw notFound('area', id)
  await readableMine(deps.db, user, row.mine_id)
  return toFeature(row)
}

/** The bureau's queue: submitted areas in the approver's region (county, city, province). */
export async function approvalQueue(deps: AreaDeps, user: SessionUser): Promise<AreaQueueShape['items']> {
  const approvers = AREA_EVENTS.approve.roles
  if (!approvers.includes(user.role)) {
    throw new HttpError({
      code: 'forbidden',
      reason: 'role_required',
      roles: [...approvers],
      role: user.role,
    })
  }
  return (await listSubmitted(deps.db, visibleTo(user))).map((row) => ({
    area: toFeature(row),
    mineName: row.mine_name,
    countyCode: row.county_code,
    submittedAt: new Date(row.submitted_at).toISOString(),
    submittedBy:
      row.submitted_by === null ? null : { id: row.submitted_by, displayName: row.submitted_by_name ?? '' },
  }))
}

export async function areaHistory(
  deps: AreaDeps,
  user: SessionUser,
  id: number,
): Promise<AreaVersionShape[]> {
  const row = await findArea(deps.db, id)
  if (!row) throw notFound('area', id)
  await readableMine(deps.db, user, row.mine_id)
  return (await listVersions(deps.db, id)).map((v) => ({
    version: v.version,
    change: v.change,
    changedAt: new Date(v.changed_at).toISOString(),
    changedBy: v.changed_by === null ? null : { id: v.changed_by, displayName: v.changed_by_name ?? '' },
    attrs: v.attrs,
    geometry: JSON.parse(v.geojson),
  }))
}

export async function createArea(deps: AreaDeps, user: SessionUser, mineId: number, input: CreateAreaInput) {
  return deps.db.transaction().execute((tx) => createAreaIn(tx, deps, user, mineId, input))
}

/** createArea inside the caller's transaction (imports create many areas, all or none). */
export async function createAreaIn(
  tx: Tx,
  deps: AreaDeps,
  user: SessionUser,
  mineId: number,
  input: CreateAreaInput,
) {
  const mine = await findMineRef(tx, mineId)
  if (!mine) throw notFound('mine', mineId)
  authorize(user, mine, 'create')
  const attributes = attributeColumns(input)
  checkPlannedOrder(attributes.planned_start ?? null, attributes.planned_end ?? null)
  const geometry = await checkedGeometry(tx, deps, input.geometry, mineId)
  const id = await insertArea(tx, {
    mineId,
    kind: input.kind,
    name: input.name,
    damage_type: null,
    target_land_class: null,
    progress: 'planned',
    planned_start: null,
    planned_end: null,
    responsible_party: null,
    notes: null,
    ...attributes,
    geometry: geometry.geometry,
    areaM2: geometry.areaM2,
    userId: user.id,
  })
  const after = (await findArea(tx, id))!
  await keepTrace(tx, user, 'create', undefined, after)
  return toFeature(after)
}

/**
 * A mine's footprint replaced by the given polygons inside the caller's transaction (a registry
 * import): the live footprints are deleted and the new ones created, each with its version row,
 * audit entry and tile invalidation. Footprints are registry data: they are written approved.
 */
export async function replaceFootprintsIn(
  tx: Tx,
  user: SessionUser,
  mineId: number,
  polygons: readonly { name: string; geometry: MultiPolygonGeometry; areaM2: number }[],
): Promise<number[]> {
  const old = (await listAreas(tx, mineId)).filter((a) => a.kind === 'footprint')
  for (const row of old) {
    await updateAreaAt(tx, row.id, row.version, user.id, { deleted: true })
    await keepTrace(tx, user, 'delete', row, (await findArea(tx, row.id))!)
  }
  const ids: number[] = []
  for (const p of polygons) {
    const id = await insertArea(tx, {
      mineId,
      kind: 'footprint',
      name: p.name,
      damage_type: null,
      planned_start: null,
      planned_end: null,
      responsible_party: null,
      notes: null,
      target_land_class: null,
      progress: 'planned',
      geometry: p.geometry,
      areaM2: p.areaM2,
      userId: user.id,
      approval: 'approved',
    })
    await keepTrace(tx, user, 'create', undefined, (await findArea(tx, id))!)
    ids.push(id)
  }
  return ids
}

export async function updateArea(deps: AreaDeps, user: SessionUser, id: number, input: UpdateAreaInput) {
  const { version, geometry: geometryInput } = input
  const attributes = attributeColumns(input)
  if (geometryInput === undefined && Object.keys(attributes).length === 0) {
    throw new HttpError({ code: 'nothing_to_change' })
  }
  return deps.db.transaction().execute(async (tx) => {
    const { row, next } = await lockForAction(tx, user, id, version, 'edit')
    checkPlannedOrder(
      attributes.planned_start === undefined ? row.planned_start : attributes.planned_start,
      attributes.planned_end === undefined ? row.planned_end : attributes.planned_end,
    )
    const changes: AreaChanges = { attributes, approval: next.approval }
    if (geometryInput !== undefined)
      changes.geometry = await checkedGeometry(tx, deps, geometryInput, row.mine_id)
    return applyChange(tx, user, row, version, next.change, changes)
  })
}

export async function deleteArea(deps: AreaDeps, user: SessionUser, id: number, version: number) {
  await deps.db.transaction().execute(async (tx) => {
    const { row, next } = await lockForAction(tx, user, id, version, 'delete')
    await applyChange(tx, user, row, version, next.change, { deleted: true })
  })
}

/** submit (editor), approve and reject (approver, reject with a reason). */
export async function decideArea(
  deps: AreaDeps,
  user: SessionUser,
  id: number,
  action: 'submit' | 'approve' | 'reject',
  version: number,
  reason?: string,
) {
  return deps.db.transaction().execute(async (tx) => {
    const { row, next } = await lockForAction(tx, user, id, version, action)
    return applyChange(tx, user, row, version, next.change, { approval: next.approval }, reason)
  })
}

/** The attributes a request sets, as columns; what it leaves out stays out. */
function attributeColumns(input: Omit<UpdateAreaInput, 'version' | 'geometry'>): Partial<AreaAttributes> {
  const columns: Partial<Record<keyof AreaAttributes, unknown>> = {
    kind: input.kind,
    name: input.name,
    damage_type: input.damageType,
    target_land_class: input.targetLandClass,
    progress: input.progress,
    planned_start: input.plannedStart,
    planned_end: input.plannedEnd,
    responsible_party: input.responsibleParty,
    notes: input.notes,
  }
  return Object.fromEntries(
    Object.entries(columns).filter(([, v]) => v !== undefined),
  ) as Partial<AreaAttributes>
}

function checkPlannedOrder(plannedStart: string | null, plannedEnd: string | null) {
  if (plannedStart && plannedEnd && plannedEnd < plannedStart) {
    throw new HttpError({ code: 'planned_end_before_start', plannedStart, plannedEnd })
  }
}

async function readableMine(db: Db, user: SessionUser, mineId: number): Promise<MineRef> {
  const mine = await findMineRef(db, mineId)
  if (!mine) throw notFound('mine', mineId)
  // A mine the user may not see answers like one that does not exist.
  if (mineAccess(user, mine) === 'none') throw notFound('mine', mineId)
  return mine
}

/** Role × region × ownership, decided by auth/policy.ts. */
function authorize(user: SessionUser, mine: MineRef, action: AreaAction) {
  // A mine the user may not see answers like one that does not exist.
  if (mineAccess(user, mine) === 'none') throw notFound('mine', mine.id)
  if (AREA_EVENTS[action].actor === 'editor') {
    if (areaEditAccess(user, mine) !== 'write') {
      throw new HttpError({
        code: 'forbidden',
        reason: 'area_editor',
        mineId: mine.id,
        regionCode: mine.countyCode,
        role: user.role,
      })
    }
    return
  }
  const approver = mayFireAreaEvent(action, user.role) && mineAccess(user, mine) === 'write'
  if (!approver) {
    throw new HttpError({
      code: 'forbidden',
      reason: 'area_approver',
      mineId: mine.id,
      regionCode: mine.countyCode,
      role: user.role,
    })
  }
}

/** Locks the area, then checks in this order: exists, allowed, not a footprint, version current, state allows. */
async function lockForAction(
  tx: Tx,
  user: SessionUser,
  id: number,
  version: number,
  action: Exclude<AreaAction, 'create'>,
) {
  const row = await findArea(tx, id, { lock: true })
  if (!row || row.deleted_at) throw notFound('area', id)
  const mine = (await findMineRef(tx, row.mine_id))!
  authorize(user, mine, action)
  if (row.kind === 'footprint') {
    throw new HttpError({ code: 'footprint_read_only', id })
  }
  if (row.version !== version) throw versionConflict(row, version)
  // The area state machine (domain): R3.illegal_transition (409) when the state does not allow it.
  return { row, next: applyAreaEvent(row.approval, action, user.role) }
}

async function applyChange(
  tx: Tx,
  user: SessionUser,
  before: AreaRow,
  version: number,
  change: AreaChange,
  changes: AreaChanges,
  reason?: string,
): Promise<AreaFeatureShape> {
  const newVersion = await updateAreaAt(tx, before.id, version, user.id, changes)
  if (newVersion === undefined) {
    const current = await findArea(tx, before.id)
    if (!current || current.deleted_at) throw notFound('area', before.id)
    throw versionConflict(current, version)
  }
  const after = (await findArea(tx, before.id))!
  await keepTrace(tx, user, change, before, after, reason)
  // The reason is in the version row written just now, after `after` was read.
  return toFeature(reason && after.approval === 'rejected' ? { ...after, rejection_reason: reason } : after)
}

function versionConflict(current: AreaRow, sent: number) {
  return new HttpError({
    code: 'version_conflict',
    resource: 'area',
    id: current.id,
    sent,
    currentVersion: current.version,
    current: toFeature(current),
  })
}

/** The version row, the audit entry and the tile invalidation, in the caller's transaction. */
async function keepTrace(
  tx: Tx,
  user: SessionUser,
  change: AreaChange,
  before: AreaRow | undefined,
  after: AreaRow,
  reason?: string,
) {
  const attrs = { ...attributesOf(after), ...(reason ? { reason } : {}) }
  await recordVersion(tx, after.id, change, user.id, attrs)
  // The invalidation's and the audit chain's locks are held to the commit, the audit's by every
  // writer: both come last, the audit entry (one statement) at the very end.
  const layers = new Set([before?.kind, after.kind].flatMap((k) => (k ? AREA_TILE_SETS[k] : [])))
  await invalidateTiles(tx, [...layers], unionBox(before?.bbox, after.bbox))
  await appendAudit(tx, {
    actorUserId: user.id,
    actorRole: user.role,
    action: `area.${change}`,
    objectType: 'mine_area',
    objectId: after.id,
    before: before ? auditView(before) : undefined,
    after: { ...auditView(after), ...(reason ? { reason } : {}) },
  })
}

function unionBox(a: AreaRow['bbox'] | undefined, b: AreaRow['bbox']): AreaRow['bbox'] {
  if (!a) return b
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]
}
