import { sql, type RawBuilder } from 'kysely'

/**
 * The directory as of a date, in one predicate every list shares with the statistics' count
 * (stats.service `summarise`: an in-directory mine counts unless its ops state on the date is
 * closed). `entry` and `mine` are the SQL aliases of the directory_entry and mine rows.
 */
export function listedInDirectoryOn(entry: string, mine: string, asOf: string): RawBuilder<boolean> {
  return sql<boolean>`(${entryOpenOn(entry, asOf)} and ${notClosedOn(mine, asOf)})`
}

/** The directory entry is open on the date: entered by then and not (yet) removed. */
export function entryOpenOn(entry: string, asOf: string): RawBuilder<boolean> {
  const d = sql`${asOf}::date`
  return sql<boolean>`(${sql.ref(`${entry}.entered_on`)} <= ${d}
    and (${sql.ref(`${entry}.removed_on`)} is null or ${sql.ref(`${entry}.removed_on`)} > ${d}))`
}

const CLOSED = 'closed'

/**
 * The mine's ops state on the date is not 'closed': the last ops event on or before the date
 * decides, before its first ops event the state that event started from, without any its own
 * column — the same reading as `mineSnapshots` (opsStatus) without the second clock.
 */
export function notClosedOn(mine: string, asOf: string): RawBuilder<boolean> {
  const d = sql`${asOf}::date`
  const id = sql.ref(`${mine}.id`)
  return sql<boolean>`(coalesce(
    (select e.ops_to from mine_event e where e.mine_id = ${id} and e.ops_to is not null
      and e.occurred_on <= ${d} order by e.occurred_on desc, e.id desc limit 1),
    (select e.ops_from from mine_event e where e.mine_id = ${id} and e.ops_to is not null
      and e.occurred_on > ${d} order by e.occurred_on, e.id limit 1),
    ${sql.ref(`${mine}.ops_status`)}) is distinct from ${CLOSED})`
}
