import { createHash } from 'node:crypto'
import { sql, type Selectable, type Transaction } from 'kysely'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditInput {
  actorUserId: number | null
  actorRole: string
  action: string
  objectType: string
  objectId: string | number
  before?: unknown
  after?: unknown
}

interface HashedFields {
  at: string
  actorUserId: number | null
  actorRole: string
  action: string
  objectType: string
  objectId: string
  before: unknown
  after: unknown
}

/** JSON with sorted keys, so that a value read back from jsonb hashes the same as when written. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex')
}

/** The hash a stored row should have after `prevHash` (what verification recomputes). */
export function storedEntryHash(prevHash: string, row: Selectable<DB['audit_log']>): string {
  return entryHash(prevHash, {
    at: new Date(row.at).toISOString(),
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: row.before ?? null,
    after: row.after ?? null,
  })
}

/**
 * R8: appends one entry to the hash chain inside the caller's transaction, in one statement
 * (`audit_append`, migration T2211): under the chain's transaction-level lock, which serialises
 * appenders so that two never chain onto the same predecessor, it reads the head and stores the
 * entry with hash SHA-256(previous hash + canonical JSON of its fields), as `entryHash` computes.
 * Returns its hash (which no one could know before the entry was written).
 */
export async function appendAudit(tx: Transaction<DB>, input: AuditInput): Promise<string> {
  const fields: HashedFields = {
    at: new Date().toISOString(),
    actorUserId: input.actorUserId,
    actorRole: input.actorRole,
    action: input.action,
    objectType: input.objectType,
    objectId: String(input.objectId),
    before: normalise(input.before),
    after: normalise(input.after),
  }
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v))
  const { rows } = await sql<{ hash: string }>`select audit_append(
      ${fields.at}::timestamptz, ${fields.actorUserId}::int, ${fields.actorRole}, ${fields.action},
      ${fields.objectType}, ${fields.objectId}, ${json(fields.before)}::jsonb, ${json(fields.after)}::jsonb,
      ${canonicalJson(fields)}) as hash`.execute(tx)
  return rows[0].hash
}

/** What jsonb will give back: dates as strings, undefined dropped. */
function normalise(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value))
}

export type ChainVerdict =
  { ok: true; entries: number } | { ok: false; entries: number; brokenId: number; reason: string }

/** A head published earlier (GET /api/public/audit-head): entry `id` had hash `hash`. */
export interface PublishedHead {
  id: number
  hash: string
}

/** The chain's newest entry, or the newest written before `before` (an ISO date), with the count up to it. */
export async function auditHead(db: Db, before?: string) {
  let q = db.selectFrom('audit_log').select(['id', 'hash', 'at']).orderBy('id', 'desc').limit(1)
  if (before) q = q.where('at', '<', new Date(before))
  const head = await q.executeTakeFirst()
  if (!head) return { entries: 0, id: null, hash: GENESIS_HASH, at: null }
  const { n } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '<=', head.id)
    .executeTakeFirstOrThrow()
  return { entries: Number(n), id: head.id, hash: head.hash, at: new Date(head.at).toISOString() }
}

/**
 * Recomputes the chain in id order and names the first entry that does not match. With
 * `published` heads, each must still be in the chain with the same hash: a history rewritten
 * with every hash recomputed passes the first check but not this one.
 */
export async function verifyAuditChain(db: Db, published: PublishedHead[] = []): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH
  let entries = 0
  let afterId = 0
  const pending = new Map(published.map((p) => [p.id, p.hash]))
  for (;;) {
    const batch = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(2000)
      .execute()
    if (batch.length === 0) {
      const [missing] = pending.keys()
      if (missing === undefined) return { ok: true, entries }
      return { ok: false, entries, brokenId: missing, reason: 'a published head is no longer in the chain' }
    }
    for (const row of batch) {
      entries += 1
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          entries,
          brokenId: row.id,
          reason: 'prev_hash does not match the previous entry (an entry was removed or reordered)',
        }
      }
      const expected = storedEntryHash(prevHash, row)
      if (row.hash !== expected) {
        return {
          ok: false,
          entries,
          brokenId: row.id,
          reason: 'content does not match its hash (the entry was altered)',
        }
      }
      const publishedHash = pending.get(row.id)
      if (publishedHash !== undefined && publishedHash !== row.hash) {
        return {
          ok: false,
          entries,
          brokenId: row.id,
          reason: `hash differs from the published head ${publishedHash.slice(0, 12)}… (the history was rewritten)`,
        }
      }
      pending.delete(row.id)
      prevHash = row.hash
      afterId = row.id
    }
  }
}

const TRAIL_COLUMNS = [
  'id',
  'at',
  'actor_user_id',
  'actor_role',
  'action',
  'object_type',
  'object_id',
  'before',
  'after',
] as const

/** One object's audit entries, oldest first (rows as stored; see audit.mappers.ts for the API shape). */
export async function auditTrail(db: Db, objectType: string, objectId: string | number) {
  return db
    .selectFrom('audit_log')
    .select(TRAIL_COLUMNS)
    .where('object_type', '=', objectType)
    .where('object_id', '=', String(objectId))
    .orderBy('id')
    .execute()
}

/** R8: a mine's whole trail, oldest first: its own steps and decisions, its areas' edits and its documents. */
export async function mineAuditTrail(db: Db, mineId: number) {
  return db
    .selectFrom('audit_log')
    .select(TRAIL_COLUMNS)
    .where((eb) =>
      eb.or([
        eb.and([eb('object_type', '=', 'mine'), eb('object_id', '=', String(mineId))]),
        eb.and([
          eb('object_type', '=', 'mine_area'),
          eb(
            'object_id',
            'in',
            eb
              .selectFrom('mine_area')
              .select(sql<string>`id::text`.as('id'))
              .where('mine_id', '=', mineId),
          ),
        ]),
        eb.and([
          eb('object_type', '=', 'document'),
          eb(
            'object_id',
            'in',
            eb
              .selectFrom('document')
              .select(sql<string>`id::text`.as('id'))
              .where('mine_id', '=', mineId),
          ),
        ]),
      ]),
    )
    .orderBy('id')
    .execute()
}

export type AuditRow = Awaited<ReturnType<typeof auditTrail>>[number]
