import { sql, type Transaction } from 'kysely'
import {
  verificationDueOn,
  type Dealing,
  type GreenRecord,
  type GreenState,
  type ListedAgency,
  type OpsRecord,
  type MineStatus,
} from '@zgm/domain'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'

type Tx = Transaction<DB> | Db

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
export async function lockMine(tx: Tx, mineId: number): Promise<MineHead | undefined> {
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
export async function loadGreenRecord(tx: Tx, mine: MineHead): Promise<GreenRecord> {
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
    tx
      .selectFrom('self_assessment')
      .select(['id', 'received_on'])
      .where('mine_id', '=', id)
      .orderBy('received_on', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst(),
    tx
      .selectFrom('self_assessment')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mine_id', '=', id)
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('evaluator_assignment')
      .select(['agency_id', 'assigned_on'])
      .where('mine_id', '=', id)
      .orderBy('assigned_on', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst(),
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
    tx
      .selectFrom('rectification_order')
      .select(['issued_on', 'deadline'])
      .where('mine_id', '=', id)
      .where('closed_on', 'is', null)
      .orderBy('issued_on', 'desc')
      .executeTakeFirst(),
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
      ? { orderedOn: rectification.issued_on, deadline: rectification.deadline }
      : null,
    removedOn: entry?.removed_on ?? null,
  }
}

async function latestPublicity(tx: Tx, mineId: number, level: 'county' | 'province') {
  const row = await tx
    .selectFrom('publicity as p')
    .innerJoin('publicity_item as i', 'i.publicity_id', 'p.id')
    .select(['p.start_on', 'p.end_on', 'p.objection_channel'])
    .where('i.mine_id', '=', mineId)
    .where('p.level', '=', level)
    .orderBy('p.start_on', 'desc')
    .orderBy('p.id', 'desc')
    .executeTakeFirst()
  return row && { start: row.start_on, end: row.end_on, objectionChannel: row.objection_channel }
}

async function latestEventDate(tx: Tx, mineId: number, greenTo: GreenState): Promise<string | null> {
  const row = await tx
    .selectFrom('mine_event')
    .select((eb) => eb.fn.max('occurred_on').as('on'))
    .where('mine_id', '=', mineId)
    .where('green_to', '=', greenTo)
    .executeTakeFirst()
  return (row?.on as string | null) ?? null
}

export async function loadOpsRecord(tx: Tx, mine: MineHead): Promise<OpsRecord> {
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
      ? { documentRef: String(open.acceptance_document_id ?? ''), acceptedOn: open.accepted_on }
      : null,
  }
}

/** The provincial evaluator list (评估机构名单) valid on a date. */
export async function evaluatorList(tx: Tx, on: string): Promise<ListedAgency[]> {
  const rows = await tx
    .selectFrom('agency_listing as l')
    .innerJoin('organization as o', 'o.id', 'l.agency_id')
    .select(['l.agency_id', 'o.name', 'l.valid_from', 'l.valid_to'])
    .where('l.valid_from', '<=', on)
    .where('l.valid_to', '>=', on)
    .orderBy('l.agency_id')
    .execute()
  return rows.map((r) => ({
    agencyId: String(r.agency_id),
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }))
}

export async function dealingsFor(tx: Tx, mineId: number): Promise<Dealing[]> {
  const rows = await tx.selectFrom('agency_dealing').selectAll().where('mine_id', '=', mineId).execute()
  return rows.map((r) => ({
    partyId: String(r.party_id),
    mineId: String(r.mine_id),
    kind: r.kind,
    on: r.on_date,
  }))
}
