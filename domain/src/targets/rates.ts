// §3 目标任务 + §5.2 考核: entry rate (入库率) and where a region stands against its target.
import type { Target } from './target-book'
import { regionAt, type RegionLevel } from '../regions/region-codes'

/** Mines in the directory ÷ 应建 mines; null when there is nothing to build. */
export function entryRate(inDirectory: number, mandatory: number): number | null {
  return mandatory > 0 ? inDirectory / mandatory : null
}

export type TargetStatusKind = 'met' | 'behind' | 'no_target'

export interface TargetStatus {
  status: TargetStatusKind
  rate: number | null
  target: Target | null
  /** Mines still to enter the directory to meet the target (0 when met or no target). */
  shortfall: number
}

export interface EntryCounts {
  /** 应建 mines in the directory (numerator of the rate). */
  inDirectory: number
  /** 应建 mines (denominator). */
  mandatory: number
  /** All mines in the directory, 应建 or not; a count target (2018: 180 mines) counts these. Defaults to inDirectory. */
  inDirectoryTotal?: number
}

/** Compares a region's counts with its target. A rate target over zero 应建 mines is met. */
export function targetStatus(target: Target | null, counts: EntryCounts): TargetStatus {
  const rate = entryRate(counts.inDirectory, counts.mandatory)
  if (!target) return { status: 'no_target', rate, target: null, shortfall: 0 }
  if (target.kind === 'count') {
    const shortfall = Math.max(0, target.value - (counts.inDirectoryTotal ?? counts.inDirectory))
    return { status: shortfall === 0 ? 'met' : 'behind', rate, target, shortfall }
  }
  // Tolerance keeps 0.85 × 20 = 17.000000000000004 from asking for an 18th mine.
  const needed = Math.ceil(target.value * counts.mandatory - 1e-9)
  const shortfall = Math.max(0, needed - counts.inDirectory)
  return { status: shortfall === 0 ? 'met' : 'behind', rate, target, shortfall }
}

export interface EntryTallyItem {
  countyCode: string
  mandatory: boolean
  inDirectory: boolean
}

export interface EntryTally extends Required<EntryCounts> {
  code: string
  rate: number | null
}

/**
 * Counts 应建 and in-directory mines per region at `level`. Only mines that are both 应建 and in the
 * directory count towards the numerator, so a rate never exceeds 100%.
 */
export function tallyEntry(items: readonly EntryTallyItem[], level: RegionLevel): EntryTally[] {
  const byCode = new Map<string, Required<EntryCounts>>()
  for (const item of items) {
    const code = regionAt(item.countyCode, level)
    const row = byCode.get(code) ?? { mandatory: 0, inDirectory: 0, inDirectoryTotal: 0 }
    if (item.inDirectory) row.inDirectoryTotal += 1
    if (item.mandatory) {
      row.mandatory += 1
      if (item.inDirectory) row.inDirectory += 1
    }
    byCode.set(code, row)
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, row]) => ({ code, ...row, rate: entryRate(row.inDirectory, row.mandatory) }))
}
