// §3 目标任务 + §5.2 考核: the regions behind the year's target, for the leaders' list.
import { classifyRows, type ClassableRow } from './target-class'

export interface LaggardInput extends ClassableRow {
  level: 'province' | 'city' | 'county'
  /** The server's verdict against the year's target and the mines still missing. */
  status: 'met' | 'behind' | 'no_target'
  shortfall: number
}

export interface Laggard<R extends LaggardInput = LaggardInput> {
  row: R
  /** Mines that must still enter the directory to meet the target. */
  shortfallMines: number
  /** Percentage points below the target rate (null when the target is a count without 应建 mines). */
  shortfallPoints: number | null
  targetRate: number | null
}

/**
 * Every city and county that is behind its target (status `behind`), most mines short first.
 * Counties take count targets from their city (2018), as on the map.
 */
export function laggards<R extends LaggardInput>(counties: readonly R[], cities: readonly R[]): Laggard<R>[] {
  const classed = [...classifyRows(cities), ...classifyRows(counties, cities)]
  return classed
    .filter(([, c]) => c.row.status === 'behind')
    .map(([, c]) => ({
      row: c.row,
      shortfallMines: c.row.shortfall,
      shortfallPoints: c.targetRate === null ? null : Math.max(0, (c.targetRate - (c.row.rate ?? 0)) * 100),
      targetRate: c.targetRate,
    }))
    .sort((a, b) => b.shortfallMines - a.shortfallMines || a.row.code.localeCompare(b.row.code))
}
