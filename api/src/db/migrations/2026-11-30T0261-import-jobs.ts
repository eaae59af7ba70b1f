import { sql, type Kysely } from 'kysely'

/**
 * Import jobs: a long import runs after its request has been answered (202) and reports its
 * phase and the records processed here, so that any instance can answer GET /api/import-jobs/{id}.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table import_job (
    id serial primary key,
    mine_id int not null references mine (id),
    user_id int not null references app_user (id),
    kind text not null,
    filename text not null,
    commit boolean not null,
    status text not null default 'running' check (status in ('running', 'done', 'failed')),
    phase text not null default 'checking' check (phase in ('checking', 'writing', 'finished')),
    processed int not null default 0,
    total int not null,
    report jsonb,
    error jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db)
  await sql`create index import_job_user on import_job (user_id, id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table import_job`.execute(db)
}
