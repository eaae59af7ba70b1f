import { sql, type Kysely } from 'kysely'

/**
 * The closed stretches of each mine's snapshot spans (migration T1151), for `notClosedOn`
 * (stats/directory-listing.queries.ts): the public directory, its tiles and the OGC directory ask
 * "was this mine closed on the date?" of every listed mine. Closed mines are few, so the index is
 * small and most probes find nothing at once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index mine_snapshot_span_closed on mine_snapshot_span (mine_id, from_on)
    where ops_status = 'closed'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index mine_snapshot_span_closed`.execute(db)
}
