// The rows a workflow step writes besides the event and the mine's state (see workflow.writes.ts).
import { sql, type Insertable } from 'kysely'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'

type NoticeLevel = 'county' | 'province' | 'removal'

/** The mine's self-assessments, newest first: the first is the current attempt's. */
export const selfAssessmentsNewestFirst = (db: Conn, mineId: number) =>
  db
    .selectFrom('self_assessment')
    .where('mine_id', '=', mineId)
    .orderBy('received_on', 'desc')
    .orderBy('id', 'desc')

/** The mine's verification assignments (not the re-check agencies drawn after rectification), newest first. */
export const assignmentsNewestFirst = (db: Conn, mineId: number) =>
  db
    .selectFrom('evaluator_assignment')
    .where('mine_id', '=', mineId)
    .where('purpose', '=', 'verification')
    .orderBy('assigned_on', 'desc')
    .orderBy('id', 'desc')

/** The notices of a level that list the mine, newest first. */
export const noticesOfMineNewestFirst = (db: Conn, mineId: number, level: NoticeLevel) =>
  db
    .selectFrom('publicity as p')
    .innerJoin('publicity_item as i', 'i.publicity_id', 'p.id')
    .where('i.mine_id', '=', mineId)
    .where('p.level', '=', level)
    .orderBy('p.start_on', 'desc')
    .orderBy('p.id', 'desc')

export async function mineSector(db: Conn, mineId: number): Promise<string> {
  const row = await db.selectFrom('mine').select('sector').where('id', '=', mineId).executeTakeFirstOrThrow()
  return row.sector
}

export async function insertSelfAssessment(db: Conn, row: Insertable<DB['self_assessment']>) {
  await db.insertInto('self_assessment').values(row).execute()
}

export async function insertAssignment(db: Conn, row: Insertable<DB['evaluator_assignment']>) {
  const { id } = await db
    .insertInto('evaluator_assignment')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function insertVerification(db: Conn, row: Insertable<DB['verification']>) {
  await db.insertInto('verification').values(row).execute()
}

export async function adminUnitName(db: Conn, code: string): Promise<string> {
  const unit = await db
    .selectFrom('admin_unit')
    .select('name')
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  return unit.name
}

export async function insertNotice(db: Conn, row: Insertable<DB['publicity']>): Promise<number> {
  const { id } = await db.insertInto('publicity').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export function findNotice(db: Conn, id: number) {
  return db.selectFrom('publicity').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function addToNotice(
  db: Conn,
  publicityId: number,
  mineId: number,
  remarks?: string,
  verificationId: number | null = null,
) {
  await db
    .insertInto('publicity_item')
    .values({
      publicity_id: publicityId,
      mine_id: mineId,
      verification_id: verificationId,
      ...(remarks ? { remarks } : {}),
    })
    .execute()
}

export async function closeNotice(db: Conn, id: number, on: string) {
  await db
    .updateTable('publicity')
    .set({ closed_on: on })
    .where('id', '=', id)
    .where('closed_on', 'is', null)
    .execute()
}

export async function insertDirectoryEntry(db: Conn, mineId: number, listPublicityId: number, on: string) {
  await db
    .insertInto('directory_entry')
    .values({ mine_id: mineId, list_publicity_id: listPublicityId, entered_on: on })
    .execute()
}

/** The city's report for a reporting window, opened by the first mine reported in it. */
export async function cityReportFor(
  db: Conn,
  report: { cityCode: string; windowEnd: string; on: string; userId: number },
): Promise<number> {
  const existing = await db
    .selectFrom('city_report')
    .select('id')
    .where('city_code', '=', report.cityCode)
    .where('window_end', '=', report.windowEnd)
    .executeTakeFirst()
  if (existing) return existing.id
  const row = await db
    .insertInto('city_report')
    .values({
      city_code: report.cityCode,
      window_end: report.windowEnd,
      submitted_on: report.on,
      submitted_by: report.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function addToCityReport(db: Conn, reportId: number, mineId: number) {
  await db.insertInto('city_report_item').values({ report_id: reportId, mine_id: mineId }).execute()
}

export function findDraw(db: Conn, id: number) {
  return db
    .selectFrom('spot_check_draw')
    .select([
      'id',
      'result',
      'seed_hash',
      'region_code',
      'period',
      sql<string | null>`cast(revealed_on as text)`.as('revealed_on'),
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The check already recorded for this draw and mine, if any. */
export function findSpotCheck(db: Conn, drawId: number, mineId: number) {
  return db
    .selectFrom('spot_check')
    .select(['id', sql<string>`cast(checked_on as text)`.as('checked_on')])
    .where('draw_id', '=', drawId)
    .where('mine_id', '=', mineId)
    .executeTakeFirst()
}

export async function insertSpotCheck(db: Conn, row: Insertable<DB['spot_check']>): Promise<number> {
  const { id } = await db.insertInto('spot_check').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function insertRectificationOrder(db: Conn, row: Insertable<DB['rectification_order']>) {
  await db.insertInto('rectification_order').values(row).execute()
}

/** Records the re-check on the open order; a failed one stays open until the province confirms the removal. */
export async function recordRecheck(db: Conn, mineId: number, on: string, passed: boolean) {
  await db
    .updateTable('rectification_order')
    .set({ recheck_on: on, recheck_passed: passed, ...(passed ? { closed_on: on } : {}) })
    .where('mine_id', '=', mineId)
    .where('closed_on', 'is', null)
    .execute()
}

/** R4: an accepted rectification closes the stop-production order's rectification. */
export async function closeNewMineRectification(db: Conn, mineId: number, acceptedOn: string) {
  await db
    .updateTable('rectification_order')
    .set({ recheck_on: acceptedOn, recheck_passed: true, closed_on: acceptedOn })
    .where('mine_id', '=', mineId)
    .where('cause', '=', 'new_mine_overdue')
    .where('closed_on', 'is', null)
    .execute()
}

export async function removeFromDirectory(db: Conn, mineId: number, on: string) {
  await db
    .updateTable('directory_entry')
    .set({ removed_on: on, removal_reason: 'recheck_failed' })
    .where('mine_id', '=', mineId)
    .where('removed_on', 'is', null)
    .execute()
}

export async function linkRemovalExposure(db: Conn, mineId: number, on: string, exposureId: number) {
  await db
    .updateTable('directory_entry')
    .set({ exposure_publicity_id: exposureId })
    .where('mine_id', '=', mineId)
    .where('removed_on', '=', on)
    .execute()
}

export async function insertBlacklistEntries(db: Conn, rows: Insertable<DB['blacklist_entry']>[]) {
  await db.insertInto('blacklist_entry').values(rows).execute()
}

export async function setProductionStart(db: Conn, mineId: number, on: string) {
  await db.updateTable('mine').set({ production_start: on }).where('id', '=', mineId).execute()
}

export async function insertSuspension(db: Conn, row: Insertable<DB['suspension']>) {
  await db.insertInto('suspension').values(row).execute()
}

export async function endSuspension(
  db: Conn,
  mineId: number,
  end: { acceptedOn: string | null; resumedOn: string; documentId: number | null },
) {
  await db
    .updateTable('suspension')
    .set({ accepted_on: end.acceptedOn, resumed_on: end.resumedOn, acceptance_document_id: end.documentId })
    .where('mine_id', '=', mineId)
    .where('resumed_on', 'is', null)
    .execute()
}
