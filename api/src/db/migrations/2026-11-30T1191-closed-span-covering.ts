import { sql, type Kysely } from 'kysely'

/**
 * The closed stretches of each mine (migration T1171) with their end date in the index, so that
 * `notClosedOn` (stats/directory-listing.queries.ts) is answered from the index alone. Without
 * it every public-mines tile and directory read fetched each closed span's heap page to check
 * `to_on`: at 72,000 mines 7,345 pages and ≈ 115 of the 230 ms of the densest z5 public tile.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index mine_snapshot_span_closed`.execute(db)
  await sql`create index mine_snapshot_span_closed on mine_snapshot_span (mine_id, from_on) include (to_on)
    where ops_status = 'closed'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index mine_snapshot_span_closed`.execute(db)
  await sql`create index mine_snapshot_span_closed on mine_snapshot_span (mine_id, from_on)
    where ops_status = 'closed'`.execute(db)
}
