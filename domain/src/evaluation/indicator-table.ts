// §4.2 评价指标: the official table of group points the province loads (CSV), checked against the set before it replaces anything.
import { RuleError } from '../errors'
import type { IndicatorSet } from './indicator-sets'

/** One group's row of the official table. */
export interface IndicatorTableRow {
  groupId: string
  points: number
  items: number | null
}

const HEADER = ['group_id', 'points', 'items']

function refuse(
  line: number,
  problem: RuleErrorProblem,
  more: { value?: string; expected?: number; got?: number } = {},
): never {
  throw new RuleError({ code: 'R3.4.indicator_table_invalid', line, problem, ...more })
}

type RuleErrorProblem =
  'header' | 'unknown_group' | 'points' | 'items' | 'duplicate' | 'total' | 'contradicts_confirmed'

function parseRow(cells: string[], line: number, set: IndicatorSet, seen: Set<string>): IndicatorTableRow {
  const [groupId = '', pointsText = '', itemsText = ''] = cells.map((c) => c.trim())
  const group = set.groups.find((g) => g.id === groupId)
  if (!group) refuse(line, 'unknown_group', { value: groupId })
  if (seen.has(groupId)) refuse(line, 'duplicate', { value: groupId })
  seen.add(groupId)
  const points = Number(pointsText)
  if (pointsText === '' || !Number.isFinite(points) || points <= 0)
    refuse(line, 'points', { value: pointsText })
  const items = itemsText === '' ? null : Number(itemsText)
  if (items !== null && (!Number.isInteger(items) || items <= 0)) refuse(line, 'items', { value: itemsText })
  // A figure already confirmed may not be contradicted by the table (a wrong table, not a correction).
  if (group.max !== null && group.max !== points) {
    refuse(line, 'contradicts_confirmed', { value: groupId, expected: group.max, got: points })
  }
  if (group.itemCount && items !== null && group.itemCount !== items) {
    refuse(line, 'contradicts_confirmed', { value: groupId, expected: group.itemCount, got: items })
  }
  return { groupId, points, items }
}

/**
 * Reads `group_id,points,items` rows (items may be empty). Every group named must belong to the set,
 * confirmed figures must agree, and once every group has points they must sum to the set's total
 * (never more than it before).
 */
export function parseIndicatorTable(csv: string, set: IndicatorSet): IndicatorTableRow[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = (lines[0] ?? '').split(',').map((c) => c.trim().toLowerCase())
  if (header.join(',') !== HEADER.join(',')) refuse(1, 'header', { value: lines[0] ?? '' })
  const seen = new Set<string>()
  const rows = lines
    .map((text, i) => ({ text, line: i + 1 }))
    .slice(1)
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => parseRow(text.split(','), line, set, seen))
  const points = new Map(set.groups.map((g) => [g.id, g.max]))
  for (const r of rows) points.set(r.groupId, r.points)
  const sum = [...points.values()].reduce<number>((s, p) => s + (p ?? 0), 0)
  const complete = [...points.values()].every((p) => p !== null)
  if (complete ? sum !== set.maxTotal : sum > set.maxTotal) {
    refuse(0, 'total', { expected: set.maxTotal, got: sum })
  }
  return rows
}
