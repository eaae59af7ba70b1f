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

/**
 * The mine's ops state on the date is not 'closed', read from its snapshot spans (migration T1151,
 * kept by the write path): the same reading as `mineSnapshots` (opsStatus) without the second
 * clock — the last ops event on or before the date decides. Before a mine's first recorded date
 * it has no span and counts as not closed: closing is final, so no ops event starts from it.
 * A partial index holds the closed spans alone, with their end date so that the index answers
 * alone (migrations T1171, T1191).
 */
export function notClosedOn(mine: string, asOf: string): RawBuilder<boolean> {
  const d = sql`${asOf}::date`
  return sql<boolean>`not exists (select from mine_snapshot_span s
    where s.mine_id = ${sql.ref(`${mine}.id`)} and s.ops_status = 'closed' and s.from_on <= ${d} and s.to_on > ${d})`
}
