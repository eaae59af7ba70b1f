import { sql } from 'kysely'
import type { IndicatorSet, Prerequisite } from '@zgm/domain'
import type { Conn } from '../db/database'

export const indicatorSetRows = (tx: Conn) =>
  tx.selectFrom('indicator_set').selectAll().orderBy('valid_from').execute()

export const indicatorGroupRows = (tx: Conn) =>
  tx.selectFrom('indicator_group').selectAll().orderBy('set_id').orderBy('position').execute()

export type IndicatorSetRow = Awaited<ReturnType<typeof indicatorSetRows>>[number]
export type IndicatorGroupRow = Awaited<ReturnType<typeof indicatorGroupRows>>[number]

export function toIndicatorSet(row: IndicatorSetRow, groups: readonly IndicatorGroupRow[]): IndicatorSet {
  return {
    id: row.id,
    title: row.title,
    titleZh: row.title_zh,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    maxTotal: row.max_total,
    passTotal: row.pass_total,
    groupMinShare: row.group_min_share,
    prerequisites: row.prerequisites as Prerequisite[],
    groups: groups
      .filter((g) => g.set_id === row.id)
      .map((g) => ({ id: g.id, zh: g.zh, en: g.en, max: g.max_points, itemCount: g.item_count })),
  }
}

/** The indicator sets as the province maintains them. */
export async function loadIndicatorSets(tx: Conn): Promise<IndicatorSet[]> {
  const [sets, groups] = await Promise.all([indicatorSetRows(tx), indicatorGroupRows(tx)])
  return sets.map((s) => toIndicatorSet(s, groups))
}

export const lockIndicatorSet = (tx: Conn, id: string) =>
  tx.selectFrom('indicator_set').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

export const setGroupPoints = (
  tx: Conn,
  setId: string,
  row: { groupId: string; points: number; items: number | null },
  source: string,
  userId: number,
) =>
  tx
    .updateTable('indicator_group')
    .set({
      max_points: row.points,
      item_count: row.items,
      source,
      loaded_by: userId,
      loaded_at: new Date(),
    })
    .where('set_id', '=', setId)
    .where('id', '=', row.groupId)
    .execute()

export const setPassRule = (tx: Conn, setId: string, passTotal: number, groupMinShare: number) =>
  tx
    .updateTable('indicator_set')
    .set({ pass_total: passTotal, group_min_share: groupMinShare })
    .where('id', '=', setId)
    .execute()

/** The mine's 2018 industry norm: as recorded on the mine, else by its mineral, else by its sector. */
export async function mineStandard(tx: Conn, mineId: number): Promise<string | null> {
  const { rows } = await sql<{ code: string | null }>`
    select coalesce(m.industry_standard,
      (select standard_code from mineral_standard where mineral = m.mineral),
      (select code from industry_standard where sector = m.sector)) as code
    from mine m where m.id = ${mineId}`.execute(tx)
  return rows[0]?.code ?? null
}

export const industryStandards = (tx: Conn) =>
  tx.selectFrom('industry_standard').selectAll().orderBy('code').execute()

export const mineralStandards = (tx: Conn) =>
  tx.selectFrom('mineral_standard').selectAll().orderBy('standard_code').orderBy('mineral').execute()
