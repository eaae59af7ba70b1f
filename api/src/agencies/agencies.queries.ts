import type { Insertable } from 'kysely'
import type { RegisteredExpert } from '@zgm/domain'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'

export const agencyRows = (tx: Conn, on?: string) =>
  tx
    .selectFrom('organization as o')
    .select(['o.id', 'o.name', 'o.region_code'])
    .where('o.kind', '=', 'agency')
    .$if(on !== undefined, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('agency_listing as l')
            .select('l.agency_id')
            .whereRef('l.agency_id', '=', 'o.id')
            .where('l.valid_from', '<=', on!)
            .where('l.valid_to', '>=', on!),
        ),
      ),
    )
    .orderBy('o.id')
    .execute()

export type AgencyRow = Awaited<ReturnType<typeof agencyRows>>[number]

export const listingRows = (tx: Conn, agencyIds: number[]) =>
  agencyIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('agency_listing')
        .selectAll()
        .where('agency_id', 'in', agencyIds)
        .orderBy('valid_from')
        .execute()

export type ListingRow = Awaited<ReturnType<typeof listingRows>>[number]

export const expertRows = (tx: Conn, agencyIds: number[]) =>
  agencyIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('expert')
        .select(['id', 'agency_id', 'name', 'senior', 'specialty', 'registered_from', 'registered_to'])
        .where('agency_id', 'in', agencyIds)
        .orderBy('id')
        .execute()

export type ExpertRow = Awaited<ReturnType<typeof expertRows>>[number]

export async function findAgency(tx: Conn, id: number) {
  return tx
    .selectFrom('organization')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('kind', '=', 'agency')
    .executeTakeFirst()
}

export async function insertAgency(
  tx: Conn,
  row: { name: string; credit_code: string | null; region_code: string | null },
): Promise<number> {
  const { id } = await tx
    .insertInto('organization')
    .values({ kind: 'agency', ...row })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export const insertListing = (tx: Conn, row: Insertable<DB['agency_listing']>) =>
  tx.insertInto('agency_listing').values(row).execute()

export async function insertExpert(tx: Conn, row: Insertable<DB['expert']>): Promise<number> {
  const { id } = await tx.insertInto('expert').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export const lockExpert = (tx: Conn, id: number) =>
  tx.selectFrom('expert').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

export const endExpertRegistration = (tx: Conn, id: number, registeredTo: string) =>
  tx.updateTable('expert').set({ registered_to: registeredTo }).where('id', '=', id).execute()

/** The registered experts of one agency (teams are checked against them). */
export async function rosterOf(tx: Conn, agencyId: number): Promise<RegisteredExpert[]> {
  const rows = await expertRows(tx, [agencyId])
  return rows.map((r) => ({
    id: String(r.id),
    agencyId: String(r.agency_id),
    senior: r.senior,
    registeredFrom: r.registered_from,
    registeredTo: r.registered_to,
  }))
}

export const regionExists = async (tx: Conn, code: string) =>
  Boolean(await tx.selectFrom('admin_unit').select('code').where('code', '=', code).executeTakeFirst())

export const creditCodeTaken = async (tx: Conn, creditCode: string) =>
  Boolean(
    await tx.selectFrom('organization').select('id').where('credit_code', '=', creditCode).executeTakeFirst(),
  )
