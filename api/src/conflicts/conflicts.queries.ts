import type { Insertable } from 'kysely'
import type { Conn } from '../db/database'
import type { DB } from '../db/schema'

export const conflictRows = (tx: Conn, mineId: number) =>
  tx
    .selectFrom('agency_dealing as d')
    .innerJoin('organization as o', 'o.id', 'd.party_id')
    .select(['d.id', 'd.mine_id', 'd.party_id', 'o.name', 'd.kind', 'd.on_date', 'd.note', 'd.recorded_at'])
    .where('d.mine_id', '=', mineId)
    .orderBy('d.id')
    .execute()

export type ConflictRow = Awaited<ReturnType<typeof conflictRows>>[number]

export async function insertConflict(tx: Conn, row: Insertable<DB['agency_dealing']>): Promise<number> {
  const { id } = await tx.insertInto('agency_dealing').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}
