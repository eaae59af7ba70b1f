import { sql, type Kysely } from 'kysely'

/** The tile cache is re-rendered on demand, so it need not be written to the WAL (cheaper misses). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table tile_cache set unlogged`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table tile_cache set logged`.execute(db)
}
