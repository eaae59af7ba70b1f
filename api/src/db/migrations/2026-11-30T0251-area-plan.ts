import { sql, type Kysely } from 'kysely'

/**
 * The planner's attributes of a restoration/reclamation area (planned start and end, who is
 * responsible, notes) and evidence documents (plans, photos) attached to one area.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table mine_area
      add column planned_start date,
      add column planned_end date,
      add column responsible_party text check (length(responsible_party) <= 200),
      add column notes text check (length(notes) <= 2000),
      add constraint mine_area_planned_order check (planned_end >= planned_start)`.execute(db)
  await sql`alter table document add column area_id int references mine_area (id)`.execute(db)
  await sql`create index document_area on document (area_id) where area_id is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table document drop column area_id`.execute(db)
  await sql`
    alter table mine_area
      drop constraint mine_area_planned_order,
      drop column planned_start,
      drop column planned_end,
      drop column responsible_party,
      drop column notes`.execute(db)
}
