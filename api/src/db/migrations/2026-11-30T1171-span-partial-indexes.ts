import { sql, type Kysely } from 'kysely'

/**
 * Two small slices of the snapshot spans (migration T1151) that whole-province reads ask for:
 * - the closed stretches of each mine, for `notClosedOn` (stats/directory-listing.queries.ts): the
 *   public directory, its tiles and the OGC directory ask "was this mine closed on the date?" of
 *   every listed mine. Closed mines are few, so most probes find nothing at once;
 * - the county-archived stretches, for the cities' reporting alerts (R3.6) that city and province
 *   statistics add to their counties' kept figures (stats.service `keptRows`): without it, a seq
 *   scan of every span (≈ 70 ms at 72,000 mines).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index mine_snapshot_span_closed on mine_snapshot_span (mine_id, from_on)
    where ops_status = 'closed'`.execute(db)
  await sql`create index mine_snapshot_span_county_archived on mine_snapshot_span (from_on, to_on)
    where green_state = 'county_archived'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index mine_snapshot_span_county_archived`.execute(db)
  await sql`drop index mine_snapshot_span_closed`.execute(db)
}
