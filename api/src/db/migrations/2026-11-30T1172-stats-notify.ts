import { sql, type Kysely } from 'kysely'

/**
 * Every change to what the kept answers read notifies `zgm_stats` (stats/stats-memo.ts), delivered
 * at commit, so that each API instance drops the statistics and public directory answers it keeps.
 * They read the snapshot spans (rewritten by triggers whenever any history table changes,
 * migrations T1151/T1152; the replay with `knownAt` reads those same history tables), the regions,
 * the targets, and for the directory the mines' public facts and the directory entries.
 * Statement-level: one notification per statement, and PostgreSQL folds the repeats of a
 * transaction into one.
 */
const TABLES = ['mine_snapshot_span', 'county_stats_span', 'admin_unit', 'target', 'mine', 'directory_entry']

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function notify_stats_changed() returns trigger language plpgsql as $$
    begin
      perform pg_notify('zgm_stats', '');
      return null;
    end $$`.execute(db)
  for (const table of TABLES)
    await sql`create trigger ${sql.id(`${table}_stats_changed`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function notify_stats_changed()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES)
    await sql`drop trigger ${sql.id(`${table}_stats_changed`)} on ${sql.table(table)}`.execute(db)
  await sql`drop function notify_stats_changed()`.execute(db)
}
