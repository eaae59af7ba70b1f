import { sql, type Insertable, type Updateable } from 'kysely'
import {
  verificationDueOn,
  type Dealing,
  type GreenRecord,
  type GreenState,
  type ListedAgency,
  type OpsRecord,
  type MineStatus,
} from '@zgm/domain'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'
import {
  assignmentsNewestFirst,
  noticesOfMineNewestFirst,
  selfAssessmentsNewestFirst,
} from './workflow-records.queries'
import { openRectificationOrder } from './sanctions.queries'

export interface MineHead {
  id: number
  name: string
  countyCode: string
  enterpriseId: number
  greenState: GreenState
  opsStatus: MineStatus
  productionStart: string | null
  version: number
  assignedAgencyIds: number[]
  lng: number
  lat: number
}

/** The mine row, locked for the rest of the transaction so two events cannot race. */
export async function lockMine(tx: Conn, mineId: number): Promise<MineHead | undefined> {
  const { rows } = await sql<MineHead>`
    select m.id, m.name, m.county_code as "countyCode", m.enterprise_id as "enterpriseId",
      m.green_state as "greenState", m.ops_status as "opsStatus", m.production_start as "productionStart",
      m.version, st_x(m.location) as lng, st_y(m.location) as lat,
      coalesce((select array_agg(distinct a.agency_id) from evaluator_assignment a where a.mine_id = m.id), '{}') as "assignedAgencyIds"
    from mine m where m.id = ${mineId} for update`.execute(tx)
  return rows[0]
}

/**
 * The domain's view of a mine's green-mine file, rebuilt from the normalised tables, which stay
 * the single source of truth: the latest row of each kind describes the current attempt.
 */
export async function loadGreenRecord(tx: Conn, mine: MineHead): Promise<GreenRecord> {
  const id = mine.id
  const [
    sa,
    attempts,
    assignment,
    verification,
    countyPub,
    provincePub,
    archived,
    reported,
    entry,
    rectification,
  ] = await Promise.all([
    selfAssessmentsNewestFirst(tx, id).select(['id', 'received_on']).executeTakeFirst(),
    tx
      .selectFrom('self_assessment')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mine_id', '=', id)
      .executeTakeFirstOrThrow(),
    assignmentsNewestFirst(tx, id).select(['agency_id', 'assigned_on']).executeTakeFirst(),
    tx
      .selectFrom('verification')
      .selectAll()
      .where('mine_id', '=', id)
      .orderBy('verified_on', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst(),
    latestPublicity(tx, id, 'county'),
    latestPublicity(tx, id, 'province'),
    latestEventDate(tx, id, 'county_archived'),
    latestEventDate(tx, id, 'city_reported'),
    tx
      .selectFrom('directory_entry')
      .select(['entered_on', 'removed_on'])
      .where('mine_id', '=', id)
      .orderBy('entered_on', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst(),
    openRectificationOrder(tx, id),
  ])
  const received = sa?.received_on ?? null
  return {
    state: mine.greenState,
    attempt: Number(attempts.n),
    selfAssessmentReceivedOn: received,
    evaluatorAgencyId: assignment ? String(assignment.agency_id) : null,
    evaluatorAssignedOn: assignment?.assigned_on ?? null,
    verification: verification && {
      filedOn: verification.verified_on,
      dueOn: received ? verificationDueOn(received) : null,
      late: verification.late,
      pass: verification.passed,
      total: verification.total,
      indicatorSetId: verification.indicator_version,
      reason: (verification.scores as { reason?: string } | null)?.reason ?? null,
    },
    countyPublicity: countyPub ?? null,
    countyArchivedOn: archived,
    cityReportedOn: reported,
    provincePublicity: provincePub ?? null,
    enteredDirectoryOn: entry && !entry.removed_on ? entry.entered_on : null,
    rectification: rectification
      ? {
          orderedOn: rectification.issued_on,
          deadline: rectification.deadline,
          recheckAgencyId:
            rectification.recheck_agency_id === null ? null : String(rectification.recheck_agency_id),
          recheckFailedOn: rectification.recheck_passed === false ? rectification.recheck_on : null,
        }
      : null,
    removedOn: entry?.removed_on ?? null,
  }
}

async function latestPublicity(tx: Conn, mineId: number, level: 'county' | 'province') {
  const row = await noticesOfMineNewestFirst(tx, mineId, level)
    .select(['p.start_on', 'p.end_on', 'p.objection_channel', 'p.working_days'])
    .executeTakeFirst()
  return (
    row && {
      start: row.start_on,
      end: row.end_on,
      objectionChannel: row.objection_channel,
      workingDays: row.working_days,
    }
  )
}

/** The date of the mine's latest event, or of its latest event into `greenTo`. */
export async function latestEventDate(
  tx: Conn,
  mineId: number,
  greenTo?: GreenState,
): Promise<string | null> {
  const row = await tx
    .selectFrom('mine_event')
    .select((eb) => eb.fn.max('occurred_on').as('on'))
    .where('mine_id', '=', mineId)
    .$if(greenTo !== undefined, (qb) => qb.where('green_to', '=', greenTo!))
    .executeTakeFirst()
  return (row?.on as string | null) ?? null
}

/** The mine's operational record on `on`: its open suspension, and its directory entry then (R4). */
export async function loadOpsRecord(tx: Conn, mine: MineHead, on: string): Promise<OpsRecord> {
  const entry = await tx
    .selectFrom('directory_entry')
    .select('entered_on')
    .where('mine_id', '=', mine.id)
    .where('entered_on', '<=', on)
    .where((eb) => eb.or([eb('removed_on', 'is', null), eb('removed_on', '>', on)]))
    .orderBy('entered_on', 'desc')
    .executeTakeFirst()
  const suspension = await tx
    .selectFrom('suspension')
    .selectAll()
    .where('mine_id', '=', mine.id)
    .orderBy('ordered_on', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  const open = suspension && !suspension.resumed_on ? suspension : undefined
  return {
    status: mine.opsStatus,
    productionStartedOn: mine.productionStart,
    suspendedOn: open?.ordered_on ?? null,
    suspensionReason: (open?.rule as OpsRecord['suspensionReason']) ?? null,
    lastAcceptance: open?.accepted_on
      ? { documentId: String(open.acceptance_document_id ?? ''), acceptedOn: open.accepted_on }
      : null,
    enteredDirectoryOn: entry?.entered_on ?? null,
  }
}

/** The provincial evaluator list (评估机构名单) valid on a date. */
export async function evaluatorList(tx: Conn, on: string): Promise<ListedAgency[]> {
  const rows = await tx
    .selectFrom('agency_listing as l')
    .innerJoin('organization as o', 'o.id', 'l.agency_id')
    .select(['l.agency_id', 'o.name', 'l.valid_from', 'l.valid_to', 'l.staff_count', 'l.senior_count'])
    .where('l.valid_from', '<=', on)
    .where('l.valid_to', '>=', on)
    .orderBy('l.agency_id')
    .execute()
  return rows.map((r) => ({
    agencyId: String(r.agency_id),
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    staffCount: r.staff_count,
    seniorCount: r.senior_count,
  }))
}

export async function dealingsFor(tx: Conn, mineId: number): Promise<Dealing[]> {
  const rows = await tx.selectFrom('agency_dealing').selectAll().where('mine_id', '=', mineId).execute()
  return rows.map((r) => toDealing(r.party_id, r))
}

/** The event row of a step; its id ties the step's records and audit entry together. */
export async function insertMineEvent(tx: Conn, row: Insertable<DB['mine_event']>): Promise<number> {
  const { id } = await tx.insertInto('mine_event').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

/** Moves the mine to its new state and version; returns both machines' states as they now are. */
export function advanceMine(
  tx: Conn,
  mineId: number,
  state: Pick<Updateable<DB['mine']>, 'green_state' | 'ops_status'>,
) {
  return tx
    .updateTable('mine')
    .set((eb) => ({ ...state, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', mineId)
    .returning(['version', 'green_state', 'ops_status'])
    .executeTakeFirstOrThrow()
}

const toDealing = (
  partyId: number,
  r: { mine_id: number; kind: Dealing['kind']; on_date: Dealing['on'] },
): Dealing => ({
  partyId: String(partyId),
  mineId: String(r.mine_id),
  kind: r.kind,
  on: r.on_date,
})

/** Experts who may be drawn as inspectors, and their dealings with mines (conflicts of interest). */
export async function inspectorPool(tx: Conn): Promise<{ expertIds: number[]; dealings: Dealing[] }> {
  const experts = await tx.selectFrom('expert').select(['id']).orderBy('id').execute()
  const dealingRows = await tx
    .selectFrom('agency_dealing as d')
    .innerJoin('expert as e', 'e.agency_id', 'd.party_id')
    .select(['e.id as expertId', 'd.mine_id', 'd.kind', 'd.on_date'])
    .execute()
  return {
    expertIds: experts.map((e) => e.id),
    dealings: dealingRows.map((d) => toDealing(d.expertId, d)),
  }
}

export async function insertSpotCheckDraw(tx: Conn, row: Insertable<DB['spot_check_draw']>): Promise<number> {
  const { id } = await tx.insertInto('spot_check_draw').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}
