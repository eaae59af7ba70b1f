import { sql, type Kysely } from 'kysely'

/**
 * Every update or delete of sessions or users notifies `zgm_session` (auth/session-memo.ts) with
 * the ids of the users concerned, delivered at commit, so that each API instance drops the sessions
 * it keeps of them: a sign-out, a disabled account, a changed role or region reach every instance,
 * whoever made the change (the API, the CLI or an operator's SQL). A statement that changed no row
 * says nothing (a login's clean-up of expired sessions mostly deletes none); an empty payload (a
 * truncate, or more ids than a notification carries) means everyone. Inserts need none: a new
 * session is in no instance's memory.
 */
const TABLES = { user_session: 'user_id', app_user: 'id' }

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, userId] of Object.entries(TABLES)) {
    // The transition table is named `changed` in every trigger that calls this function.
    await sql`
      create function ${sql.id(`notify_${table}_changed`)}() returns trigger language plpgsql as $$
      declare ids text;
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('zgm_session', '');
        else
          select string_agg(distinct ${sql.ref(userId)}::text, ',') into ids from changed;
          if ids is not null then
            perform pg_notify('zgm_session', case when length(ids) > 7000 then '' else ids end);
          end if;
        end if;
        return null;
      end $$`.execute(db)
    for (const event of ['update', 'delete'])
      await sql`create trigger ${sql.id(`${table}_${event}_sessions`)}
        after ${sql.raw(event)} on ${sql.table(table)} referencing old table as changed
        for each statement execute function ${sql.id(`notify_${table}_changed`)}()`.execute(db)
    await sql`create trigger ${sql.id(`${table}_truncate_sessions`)} after truncate on ${sql.table(table)}
      for each statement execute function ${sql.id(`notify_${table}_changed`)}()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(TABLES)) {
    for (const event of ['update', 'delete', 'truncate'])
      await sql`drop trigger ${sql.id(`${table}_${event}_sessions`)} on ${sql.table(table)}`.execute(db)
    await sql`drop function ${sql.id(`notify_${table}_changed`)}()`.execute(db)
  }
}
