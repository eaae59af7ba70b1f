import { addDays, GREEN_STATES, type Rng } from '@zgm/domain'
import { sql } from 'kysely'
import type { Db } from '../db/database'

const OPS = ['construction', 'producing', 'suspended', 'closed'] as const
const FIRST_DAY = '2017-06-01'
const SPAN_DAYS = 3_500 // to 2027-01-21: before, inside and after the demo history

export const randomDate = (rng: Rng) => addDays(FIRST_DAY, Math.floor(rng() * SPAN_DAYS))
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]

/**
 * One random change to the history of random mines, straight in SQL (every table the replay
 * reads, the way any write path would touch it): events out of order and backdated, licence
 * renewals and cancellations, equipment changes, directory removals, rectification orders,
 * self-assessments, closures, deletions and edits of the mine and licence rows. Returns what it
 * did, for the failure message.
 */
export async function randomHistoryWrite(db: Db, rng: Rng): Promise<string> {
  const mines = (
    await sql<{ id: number; licenceId: number }>`
    select id, licence_id as "licenceId" from mine order by id`.execute(db)
  ).rows
  const mine = pick(rng, mines)
  const on = randomDate(rng)
  const kind = Math.floor(rng() * 13)
  switch (kind) {
    case 0: // a green event dated anywhere, out of order with the rest
    case 1: {
      const [from, to] = [pick(rng, GREEN_STATES), pick(rng, GREEN_STATES)]
      await sql`insert into mine_event (mine_id, type, occurred_on, green_from, green_to, actor_role)
        values (${mine.id}, 'h3_random', ${on}, ${from}, ${to}, 'province')`.execute(db)
      return `green event ${from}→${to} on ${on} for mine ${mine.id}`
    }
    case 2: {
      // several mines' operational events in one statement (a closure among them)
      const others = [pick(rng, mines), pick(rng, mines), mine]
      const values = others.map(
        (m) =>
          sql`(${m.id}, 'h3_random', ${randomDate(rng)}::date, ${pick(rng, OPS)}, ${pick(rng, OPS)}, 'province')`,
      )
      await sql`insert into mine_event (mine_id, type, occurred_on, ops_from, ops_to, actor_role)
        values ${sql.join(values)}`.execute(db)
      return `ops events for mines ${others.map((m) => m.id).join(', ')}`
    }
    case 3: {
      // backdate (or postdate) an event this test wrote, or delete one
      const ev = (
        await sql<{ id: number }>`select id from mine_event where type = 'h3_random'
        order by id limit 1 offset ${Math.floor(rng() * 5)}`.execute(db)
      ).rows[0]
      if (!ev) return 'no random event to move yet'
      if (rng() < 0.5) {
        await sql`update mine_event set occurred_on = ${on} where id = ${ev.id}`.execute(db)
        return `event ${ev.id} moved to ${on}`
      }
      await sql`delete from mine_event where id = ${ev.id}`.execute(db)
      return `event ${ev.id} deleted`
    }
    case 4: {
      // a licence renewal registered on a random day
      await sql`insert into licence_term (licence_id, seq, valid_from, valid_to, registered_on, kind)
        select ${mine.licenceId}, coalesce(max(seq), 0) + 1, coalesce(max(valid_to), ${on}::date),
          coalesce(max(valid_to), ${on}::date) + ${1 + Math.floor(rng() * 2000)}::int, ${on}, 'renewed'
        from licence_term where licence_id = ${mine.licenceId}`.execute(db)
      return `licence ${mine.licenceId} renewed, registered ${on}`
    }
    case 5:
      await sql`insert into licence_event (licence_id, kind, occurred_on)
        values (${mine.licenceId}, 'cancelled', ${on})`.execute(db)
      return `licence ${mine.licenceId} cancelled on ${on}`
    case 6: {
      const change = pick(rng, ['installed', 'removed'] as const)
      await sql`insert into mine_equipment_event (mine_id, change, occurred_on)
        values (${mine.id}, ${change}, ${on})`.execute(db)
      return `sand equipment ${change} on ${on} at mine ${mine.id}`
    }
    case 7: {
      const res = await sql`update directory_entry set removed_on = greatest(entered_on, ${on}::date),
        removal_reason = 'h3 random' where id = (select id from directory_entry where removed_on is null
        order by id limit 1 offset ${Math.floor(rng() * 20)})`.execute(db)
      return `a directory entry removed on or after ${on} (${res.numAffectedRows} row)`
    }
    case 8: {
      const closed = rng() < 0.5 ? addDays(on, 1 + Math.floor(rng() * 200)) : null
      await sql`insert into rectification_order (mine_id, cause, issued_on, deadline, closed_on)
        values (${mine.id}, 'spot_check', ${on}, ${addDays(on, 90)}, ${closed})`.execute(db)
      return `rectification issued ${on} (closed ${closed}) at mine ${mine.id}`
    }
    case 9:
      await sql`insert into self_assessment (mine_id, submitted_on, received_on, to_land_bureau, to_env_bureau, standard)
        values (${mine.id}, ${on}, ${on}, true, true, 'DZ/T 0316-2018')`.execute(db)
      return `self-assessment received ${on} at mine ${mine.id}`
    case 10: {
      const column = pick(rng, [
        'production_start',
        'has_sand_equipment',
        'ops_status',
        'green_state',
      ] as const)
      const value =
        column === 'production_start'
          ? sql`${rng() < 0.2 ? null : on}::date`
          : column === 'has_sand_equipment'
            ? sql`not has_sand_equipment`
            : column === 'ops_status'
              ? sql`${pick(rng, OPS)}`
              : sql`${pick(rng, GREEN_STATES)}`
      await sql`update mine set ${sql.ref(column)} = ${value}, version = version + 1 where id = ${mine.id}`.execute(
        db,
      )
      return `mine ${mine.id}: ${column} changed`
    }
    case 11: {
      const county = (
        await sql<{ code: string }>`select code from admin_unit where level = 'county'
        order by code limit 1 offset ${Math.floor(rng() * 80)}`.execute(db)
      ).rows[0]
      await sql`update mine set county_code = ${county.code} where id = ${mine.id}`.execute(db)
      return `mine ${mine.id} moved to county ${county.code}`
    }
    default: {
      await sql`update licence set valid_to = greatest(valid_from + 1, ${on}::date) where id = ${mine.licenceId}`.execute(
        db,
      )
      return `licence ${mine.licenceId} row's valid_to set to ${on}`
    }
  }
}
