import { sql, type Kysely } from 'kysely'

/**
 * R8's append as one statement (audit/audit.queries.ts): take the chain's lock, read the head, chain
 * the entry on it, return its hash. The lock is held until the writer's transaction ends; done
 * from the client it took three round trips, and under load each waited for a busy API process,
 * so writers queued on the lock (a write's p50 803 ms under the mixed load, 40 ms alone). The hash
 * is the one the client computed before: SHA-256 of the previous hash followed by the entry's
 * canonical JSON, which the client still writes (it alone knows the JavaScript canonical form).
 * Each statement of a volatile function reads a fresh snapshot, so the head read after the lock
 * includes the entry of the writer that held it last.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function audit_append(
      p_at timestamptz, p_actor_user_id int, p_actor_role text, p_action text, p_object_type text,
      p_object_id text, p_before jsonb, p_after jsonb, p_canonical text
    ) returns text language plpgsql volatile as $$
    declare
      prev text;
      entry_hash text;
    begin
      perform pg_advisory_xact_lock(hashtext('audit_log'));
      select hash into prev from audit_log order by id desc limit 1;
      prev := coalesce(prev, repeat('0', 64));
      entry_hash := encode(sha256(convert_to(prev || p_canonical, 'UTF8')), 'hex');
      insert into audit_log (at, actor_user_id, actor_role, action, object_type, object_id, before, after, prev_hash, hash)
        values (p_at, p_actor_user_id, p_actor_role, p_action, p_object_type, p_object_id, p_before, p_after, prev, entry_hash);
      return entry_hash;
    end $$`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function audit_append(timestamptz, int, text, text, text, text, jsonb, jsonb, text)`.execute(
    db,
  )
}
