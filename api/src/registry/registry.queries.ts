import { sql, type Insertable } from 'kysely'
import type { Conn } from '../db/database'
import type { DB, LicenceEventKind } from '../db/schema'

/** A licence with the mine it belongs to (the access policy's MineRef fields). */
export interface LicenceHead {
  id: number
  licenceNo: string
  holderId: number | null
  holderName: string
  status: 'registered' | 'transferred' | 'suspended' | 'cancelled'
  statusOn: string
  mineId: number
  mineName: string
  countyCode: string
  enterpriseId: number
  assignedAgencyIds: number[]
  lng: number
  lat: number
}

/** The licence and its mine; `lock` holds both rows for the rest of the transaction. */
export async function findLicence(
  conn: Conn,
  licenceId: number,
  lock = false,
): Promise<LicenceHead | undefined> {
  const { rows } = await sql<LicenceHead>`
    select l.id, l.licence_no as "licenceNo", l.holder_id as "holderId", l.holder_name as "holderName",
      l.status, l.status_on as "statusOn", m.id as "mineId", m.name as "mineName",
      m.county_code as "countyCode", m.enterprise_id as "enterpriseId",
      st_x(m.location) as lng, st_y(m.location) as lat,
      coalesce((select array_agg(distinct a.agency_id) from evaluator_assignment a where a.mine_id = m.id), '{}') as "assignedAgencyIds"
    from licence l join mine m on m.licence_id = l.id
    where l.id = ${licenceId} ${lock ? sql`for update` : sql``}`.execute(conn)
  return rows[0]
}

/** The licence id of a mine. */
export async function licenceIdOfMine(conn: Conn, mineId: number): Promise<number | undefined> {
  const row = await conn.selectFrom('mine').select('licence_id').where('id', '=', mineId).executeTakeFirst()
  return row?.licence_id
}

export function termsOf(conn: Conn, licenceId: number) {
  return conn
    .selectFrom('licence_term')
    .select(['seq', 'valid_from', 'valid_to', 'registered_on', 'kind'])
    .where('licence_id', '=', licenceId)
    .orderBy('seq')
    .execute()
}

export function licenceEventsOf(conn: Conn, licenceId: number) {
  return conn
    .selectFrom('licence_event')
    .select(['kind', 'occurred_on', 'from_holder_id', 'to_holder_id', 'reason'])
    .where('licence_id', '=', licenceId)
    .orderBy('occurred_on')
    .orderBy('id')
    .execute()
}

export function contractsOf(conn: Conn, licenceIds: readonly number[]) {
  return conn
    .selectFrom('licence_contract')
    .select(['id', 'licence_id', 'contract_no', 'signed_on', 'announcement_ref', 'duties', 'document_id'])
    .where('licence_id', 'in', licenceIds.length ? licenceIds : [0])
    .orderBy('signed_on')
    .orderBy('id')
    .execute()
}

export type ContractRow = Awaited<ReturnType<typeof contractsOf>>[number]

/** The date of the licence's newest recorded fact (terms registered, events, contracts signed). */
export async function lastLicenceFactOn(conn: Conn, licenceId: number): Promise<string | null> {
  const { rows } = await sql<{ on: string | null }>`
    select greatest(
      (select max(registered_on) from licence_term where licence_id = ${licenceId}),
      (select max(occurred_on) from licence_event where licence_id = ${licenceId})) as on`.execute(conn)
  return rows[0]?.on ?? null
}

export async function insertTerm(conn: Conn, row: Insertable<DB['licence_term']>) {
  await conn.insertInto('licence_term').values(row).execute()
}

export async function insertLicenceEvent(
  conn: Conn,
  row: { licenceId: number; kind: LicenceEventKind; on: string; actorUserId: number; reason?: string } & {
    fromHolderId?: number | null
    toHolderId?: number | null
  },
) {
  await conn
    .insertInto('licence_event')
    .values({
      licence_id: row.licenceId,
      kind: row.kind,
      occurred_on: row.on,
      from_holder_id: row.fromHolderId ?? null,
      to_holder_id: row.toHolderId ?? null,
      reason: row.reason ?? '',
      actor_user_id: row.actorUserId,
    })
    .execute()
}

/** The licence row's current status, holder or term (the history keeps every earlier value). */
export async function updateLicence(
  conn: Conn,
  licenceId: number,
  set: Partial<
    Pick<
      Insertable<DB['licence']>,
      'status' | 'status_on' | 'holder_id' | 'holder_name' | 'valid_from' | 'valid_to'
    >
  >,
) {
  await conn.updateTable('licence').set(set).where('id', '=', licenceId).execute()
}

export async function insertContract(conn: Conn, row: Insertable<DB['licence_contract']>): Promise<number> {
  const r = await conn.insertInto('licence_contract').values(row).returning('id').executeTakeFirstOrThrow()
  return r.id
}

export async function contractNoTaken(conn: Conn, licenceId: number, contractNo: string): Promise<boolean> {
  const row = await conn
    .selectFrom('licence_contract')
    .select('id')
    .where('licence_id', '=', licenceId)
    .where('contract_no', '=', contractNo)
    .executeTakeFirst()
  return row !== undefined
}

export function findEnterprise(conn: Conn, id: number) {
  return conn
    .selectFrom('organization')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('kind', '=', 'enterprise')
    .executeTakeFirst()
}

export async function licenceNoTaken(conn: Conn, licenceNo: string): Promise<boolean> {
  const row = await conn
    .selectFrom('licence')
    .select('id')
    .where('licence_no', '=', licenceNo)
    .executeTakeFirst()
  return row !== undefined
}

/** Whether the point lies in the county's polygon (false for an unknown county). */
export async function countyContains(conn: Conn, countyCode: string, [lng, lat]: [number, number]) {
  const { rows } = await sql<{ inside: boolean }>`
    select st_intersects(geom, st_setsrid(st_makepoint(${lng}, ${lat}), 4326)) as inside
    from admin_unit where code = ${countyCode} and level = 'county'`.execute(conn)
  return rows[0]?.inside === true
}

export async function insertLicence(conn: Conn, row: Insertable<DB['licence']>): Promise<number> {
  const r = await conn.insertInto('licence').values(row).returning('id').executeTakeFirstOrThrow()
  return r.id
}

export async function insertRegisteredMine(
  conn: Conn,
  row: Omit<Insertable<DB['mine']>, 'location'> & { lng: number; lat: number },
): Promise<number> {
  const { lng, lat, ...mine } = row
  const r = await conn
    .insertInto('mine')
    .values({ ...mine, location: sql<string>`st_setsrid(st_makepoint(${lng}, ${lat}), 4326)` })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** The newest equipment fact of a mine. */
export function lastEquipmentFact(conn: Conn, mineId: number) {
  return conn
    .selectFrom('mine_equipment_event')
    .select(['change', 'occurred_on'])
    .where('mine_id', '=', mineId)
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
}

export async function insertEquipmentFact(conn: Conn, row: Insertable<DB['mine_equipment_event']>) {
  await conn.insertInto('mine_equipment_event').values(row).execute()
  await conn
    .updateTable('mine')
    .set({ has_sand_equipment: row.change === 'installed' })
    .where('id', '=', row.mine_id)
    .execute()
}
