// F4: on a PostgreSQL server the API may connect as a role of its own that owns nothing: it can
// read and write the data and append to audit_log, but cannot update or delete audit entries, nor
// alter, disable or drop audit_log's triggers (that needs ownership). Migrations and the first
// seeding run as the owner (DATABASE_OWNER_URL).
import { sql } from 'kysely'
import type { Db } from './database'

/** Grants `role` what the API needs in `schema`, and no more on audit_log. Idempotent; run as the owner after migrating. */
export async function grantAppRole(owner: Db, role: string, schema = 'public'): Promise<void> {
  const r = sql.id(role)
  const s = sql.id(schema)
  await sql`grant usage on schema ${s} to ${r}`.execute(owner)
  await sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`.execute(owner)
  await sql`grant usage, select on all sequences in schema ${s} to ${r}`.execute(owner)
  await sql`grant execute on all functions in schema ${s} to ${r}`.execute(owner)
  // The audit trail: read and append only. (The trigger refuses changes too; this holds even if it were dropped.)
  await sql`revoke update, delete, truncate on ${s}.audit_log from ${r}`.execute(owner)
  await sql`grant select, insert on ${s}.audit_log to ${r}`.execute(owner)
}

/** The user name in a postgres:// URL. */
export const roleOf = (url: string) => decodeURIComponent(new URL(url).username || 'postgres')
